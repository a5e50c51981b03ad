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

const preparations = new Set<(lang: Lang) => Promise<void>>();

/** Work that must be done before the page speaks a language: fetching the scenarios' texts in it, say. */
export function beforeLang(prepare: (lang: Lang) => Promise<void>): void {
  preparations.add(prepare);
}

/** Switches the page's language, loading its messages (and whatever else it needs) first; listeners redraw. */
export async function setLang(next: Lang): Promise<void> {
  const [messages] = await Promise.all([next === 'en' ? en : LOADERS[next](), ...[...preparations].map((prepare) => prepare(next))]);
  useMessages(next, messages);
}
