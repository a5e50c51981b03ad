import type en from '../en/common';

export default {
  'common.language': '语言',
  'common.languageChanged': '游戏已切换为中文。',
} satisfies Record<keyof typeof en, string>;
