import type en from '../en/common';

export default {
  'common.language': 'Язык',
  'common.languageChanged': 'Игра теперь на русском языке.',
  'common.translation': 'Перевод',
} satisfies Record<keyof typeof en, string>;
