// The page's language: English installed at once (it ships in the main bundle), Russian and Chinese loaded when
// chosen. Everything else — t(), tx(), lists and numbers — is in core.ts, which a worker uses with the page's messages.
// Everything the engine and the AI say reaches the page as codes with parameters, which the UI turns into a message
// through t(): no sentence is built by concatenation.
import { en, type Catalog } from './catalog/en';
import { useMessages } from './core';
import type { Lang } from './langs';

export { lang, listWords, messages, num, onLangChange, setPseudo, t, tx, useMessages, type Values } from './core';
export { LANGS, LANG_NAMES, LOCALE, isLang, langOf, pickLang, type Lang } from './langs';
export { hasLang, textIn } from './text';
export type { Catalog, MessageKey } from './catalog/en';

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Catalog>> = {
  ru: () => import('./catalog/ru').then((m) => m.ru),
  zh: () => import('./catalog/zh').then((m) => m.zh),
};

useMessages('en', en);

/** Switches the page's language, loading its messages first; listeners redraw what is on screen. */
export async function setLang(next: Lang): Promise<void> {
  useMessages(next, next === 'en' ? en : await LOADERS[next]());
}
