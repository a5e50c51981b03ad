// English messages: common to every screen. Each language has its own file of the same name, with the same keys.
export default {
  'common.language': 'Language',
  'common.languageChanged': 'The game now speaks English.',
} as const;
