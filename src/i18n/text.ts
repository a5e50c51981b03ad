// A scenario's prose in the reader's language. A scenario's text is either a plain string (written in English
// only) or one string per language; a language it lacks falls back to English, which every text has.
import type { Text } from '../engine';
import type { Lang } from './langs';

export function textIn(text: Text, lang: Lang): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en;
}

/** Whether `text` is written in `lang` (English always is). */
export function hasLang(text: Text, lang: Lang): boolean {
  return lang === 'en' || (typeof text !== 'string' && typeof text[lang] === 'string' && text[lang].length > 0);
}
