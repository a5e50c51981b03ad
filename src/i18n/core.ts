// The one path from a message key or a scenario's text to the words a person reads, in the page's language.
// Messages are ICU MessageFormat (plurals, select, numbers) run by intl-messageformat. This module holds no
// messages itself: the page installs them (src/i18n/index.ts installs English and loads the others), and a Web
// Worker is handed the page's own, so a worker's code never carries a copy of any language.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Text } from '../engine';
import type { Catalog, MessageKey } from './catalog/en';
import { LOCALE, type Lang } from './langs';
import { pseudo } from './pseudo';
import { textIn } from './text';

export type Values = Record<string, string | number | Date | boolean>;

let current: Lang = 'en';
let catalog: Catalog | null = null;
let lengthen = false;
const formats = new Map<string, IntlMessageFormat>();
const listeners = new Set<(lang: Lang) => void>();

/** The language the page speaks now. */
export function lang(): Lang {
  return current;
}

/** The messages in use, to hand to a worker with the language. */
export function messages(): Catalog {
  if (!catalog) throw new Error('No messages are installed: import src/i18n (the page, the CLI) or hand a worker the page’s.');
  return catalog;
}

/** Speaks `next` from now on with `messages` (complete: the compiler holds every language to English's keys). */
export function useMessages(next: Lang, messages: Catalog): void {
  current = next;
  catalog = messages;
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
    format = new IntlMessageFormat(messages()[key], LOCALE[current]);
    formats.set(key, format);
  }
  const words = englishSentences(englishPossessives(String(format.format(values))));
  return lengthen ? pseudo(words) : words;
}

/** An English sentence that opens with a name taking "the" (nameOf) opens with "The": within a message, after each
 *  sentence's end, and at its start when the message is itself a sentence (it ends as one). A clause, which another
 *  message takes in mid-sentence, keeps "the"; a heading that opens with one is set in capitals by the page's style. */
const englishSentences = (words: string): string => {
  if (current !== 'en' || !words.includes('the ')) return words;
  const within = words.replace(/([.!?] )the /g, '$1The ');
  return /[.!?][”’")]?$/.test(within) && within.startsWith('the ') ? `T${within.slice(1)}` : within;
};

/** English messages write a name's possessive as {name}’s; a name that ends in s takes the apostrophe alone, as "the
 *  United States’ stance" (not "States’s"). */
const englishPossessives = (words: string): string => (current === 'en' ? words.replace(/\b([A-Z]\w*s)([’'])s\b/g, '$1$2') : words);

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
