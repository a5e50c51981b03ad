import type en from '../en/common';

export default {
  'common.language': 'Язык',
  'common.languageChanged': 'Игра теперь на русском языке.',
} satisfies Record<keyof typeof en, string>;
