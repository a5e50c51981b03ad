// The concepts a debrief discusses, each with a line from the documents the scenarios rest on. The quotations stay in
// their document's language (English); the term, its meaning, a quotation's source and its translation are in the page's.
import { lang, t } from '../i18n/core';
import { LOCALE } from '../i18n/langs';
import { h, section } from './dom';

/** The document quoted: its file (where a test finds the words) and how a reader finds it, by title and publisher in
 *  the page's language (the title as the scenarios translate it). */
const SEED_ALLIANCE = {
  document: '003_455c9dc3a3fc6002.txt',
  get cite() {
    return t('play.glossary.allianceSource');
  },
};
/** The same document's piece on Russia and Turkey, by its own title and publisher ("From our partner International
 *  Affairs"). */
const SEED_TURKEY = {
  document: '003_455c9dc3a3fc6002.txt',
  get cite() {
    return t('play.glossary.turkeySource');
  },
};

type EntryId = 'alliance' | 'abandonment' | 'entrapment' | 'hedging' | 'partnership' | 'trust' | 'grievance' | 'nonAlignment' | 'buffer';
/** The entries whose quotation the catalog translates. */
type QuotedId = 'abandonment' | 'entrapment' | 'hedging' | 'partnership' | 'nonAlignment' | 'buffer';

interface Entry {
  id: EntryId;
  /** The term and its meaning, in the page's language when read. */
  readonly term: string;
  readonly meaning: string;
  quote?: { text: string; document: string; readonly cite: string; readonly translation: string };
}

function entry(id: EntryId): Entry;
function entry(id: QuotedId, text: string, seed?: typeof SEED_ALLIANCE): Entry;
function entry(id: EntryId, text?: string, seed = SEED_ALLIANCE): Entry {
  return {
    id,
    get term() {
      return t(`play.glossary.${id}.term`);
    },
    get meaning() {
      return t(`play.glossary.${id}.meaning`);
    },
    ...(text === undefined
      ? {}
      : {
          quote: {
            text,
            document: seed.document,
            get cite() {
              return seed.cite;
            },
            get translation() {
              return t(`play.glossary.${id as QuotedId}.quote`);
            },
          },
        }),
  };
}

export const GLOSSARY: readonly Entry[] = [
  entry('alliance'),
  entry('abandonment', 'one is the fear of being abandoned by allies when in a crisis situation'),
  entry('entrapment', 'the other is the fear of being dragged down by allies to undesired war'),
  entry('hedging', 'Why should we make a choice [between them]?', SEED_TURKEY),
  entry('partnership', 'The main difference between it and the alliance is that there is no compulsive obligation of military support for the other side in case of war.'),
  entry('trust'),
  entry('grievance'),
  entry('nonAlignment', 'For Russia and especially for China, an alliance would mean breaking the long-held principle of non-alignment.'),
  entry('buffer', 'a buffer zone which Turkey has been building and strengthening for several years', SEED_TURKEY),
];

/** An entry's quotation as shown: the words in English with their source in the page's language, and beneath them,
 *  on a page in another language, their translation. */
export function glossaryQuote(quote: NonNullable<Entry['quote']>, tag: 'blockquote' | 'span'): HTMLElement[] {
  const original = h(tag, { class: tag === 'span' ? 'term-quote' : '' }, h('span', { attrs: { lang: LOCALE.en } }, `“${quote.text}”`), h('cite', {}, quote.cite));
  if (lang() === 'en') return [original];
  return [original, h(tag === 'span' ? 'span' : 'p', { class: 'quote-translation', attrs: { lang: LOCALE[lang()] } }, t('play.words.translated', { text: quote.translation }))];
}

export function glossarySection(): HTMLElement {
  return section(
    'glossary',
    t('play.glossary.heading'),
    2,
    {},
    h('dl', {}, ...GLOSSARY.flatMap((e) => [h('dt', {}, e.term), h('dd', {}, e.meaning, ...(e.quote ? glossaryQuote(e.quote, 'blockquote') : []))])),
  );
}
