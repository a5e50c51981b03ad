// The one path from a message key or a scenario's text to the words a person reads, in the page's language.
// Messages are ICU MessageFormat (plurals, select, numbers) run by intl-messageformat; English ships in the
// main bundle, Russian and Chinese load when chosen. Everything the engine and the AI say reaches the page as
// codes with parameters, which the UI turns into a message here: no sentence is built by concatenation.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Text } from '../engine';
import { en, type Catalog, type MessageKey } from './catalog/en';
import { LOCALE, type Lang } from './langs';
import { pseudo } from './pseudo';
import { textIn } from './text';

export { LANGS, LANG_NAMES, LOCALE, isLang, langOf, pickLang, type Lang } from './langs';
export { hasLang, textIn } from './text';
export type { MessageKey } from './catalog/en';

export type Values = Record<string, string | number | Date | boolean>;

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Catalog>> = {
  ru: () => import('./catalog/ru').then((m) => m.ru),
  zh: () => import('./catalog/zh').then((m) => m.zh),
};

let current: Lang = 'en';
let catalog: Catalog = en;
let lengthen = false;
const formats = new Map<string, IntlMessageFormat>();
const listeners = new Set<(lang: Lang) => void>();

/** The language the page speaks now. */
export function lang(): Lang {
  return current;
}

/** Switches the page's language, loading its messages first; listeners redraw what is on screen. */
export async function setLang(next: Lang): Promise<void> {
  const loaded = next === 'en' ? en : await LOADERS[next]();
  current = next;
  catalog = loaded;
  formats.clear();
  for (const listener of listeners) listener(next);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A test of layout: every message and scenario text comes out about 40% longer, as Russian often does. */
export function setPseudo(on: boolean): void {
  lengthen = on;
  formats.clear();
}

/** The message `key` in the page's language, its placeholders filled from `values`. */
export function t(key: MessageKey, values?: Values): string {
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(catalog[key] ?? en[key], LOCALE[current]);
    formats.set(key, format);
  }
  const words = String(format.format(values));
  return lengthen ? pseudo(words) : words;
}

/** A scenario's text in the page's language (English where the scenario lacks it). */
export function tx(text: Text): string {
  const words = textIn(text, current);
  return lengthen ? pseudo(words) : words;
}

/** "A, B and C" (or "A, B or C") in the page's language. */
export function listWords(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(LOCALE[current], { style: 'long', type }).format(items);
}

/** A number in the page's language, e.g. 1,234.5 / 1 234,5. */
export function num(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALE[current], options).format(value);
}
