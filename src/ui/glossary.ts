// The concepts a debrief discusses, each with a line from the documents the scenarios rest on.
import { h, section } from './dom';

/** The document quoted: its file (where a test finds the words) and how a reader finds it, by title and publisher. */
const SEED_ALLIANCE = { document: '003_455c9dc3a3fc6002.txt', cite: '“Should China and Russia Form an Alliance?”, Russian International Affairs Council (RIAC)' };

interface Entry {
  term: string;
  meaning: string;
  quote?: { text: string; document: string; cite: string };
}

export const GLOSSARY: readonly Entry[] = [
  {
    term: 'Alliance',
    meaning: 'A formal tie in which each side holds the posture “ally” toward the other. Under its usual (defensive) terms an ally owes full support to an ally that is challenged, but only neutrality in a crisis the ally starts itself. An ally that gives less than its alliance owes is seen reneging by everyone, and walking out of an alliance costs reputation with every power.',
  },
  {
    term: 'Abandonment',
    meaning: 'The fear that a partner will fail you when you are in a crisis: in the game, a call answered with neutrality or opposition.',
    quote: { text: 'one is the fear of being abandoned by allies when in a crisis situation', ...SEED_ALLIANCE },
  },
  {
    term: 'Entrapment',
    meaning: 'The fear of being dragged into a partner’s conflict you never wanted: in the game, paying for backing a partner in a clash that is not your own.',
    quote: { text: 'the other is the fear of being dragged down by allies to undesired war', ...SEED_ALLIANCE },
  },
  {
    term: 'Hedging',
    meaning: 'Engaging several sides at once and keeping a fallback instead of committing to one: no tie, nothing owed, nothing expected — and no one to count on.',
    quote: { text: 'Why should we make a choice [between them]?', ...SEED_ALLIANCE },
  },
  {
    term: 'Strategic partnership',
    meaning: 'Close cooperation, security included, without a binding promise of military help. In the game a treaty’s terms say what each side owes: under the usual terms, partners owe diplomatic support and allies full support to a partner that is challenged — but only neutrality in a crisis the partner starts itself.',
    quote: { text: 'The main difference between it and the alliance is that there is no compulsive obligation of military support for the other side in case of war.', ...SEED_ALLIANCE },
  },
  {
    term: 'Trust',
    meaning: 'How likely one power judges another to deliver what it expects in a crisis: a belief resting on the deeds it has seen. A delivery raises it, a costly one more; a failure lowers it and never raises it. Time alone does not move it, but the belief grows vaguer, so the next deed moves it further.',
  },
  {
    term: 'Grievance',
    meaning: 'What one power holds against another for each level by which a deed fell short of what their tie led it to expect — more between allies than between partners. Grievance fades by half in about two years; past a threshold the tie breaks.',
  },
  {
    term: 'Non-alignment',
    meaning: 'A policy of joining no alliance. China has long held to it; an alliance with Russia would break it.',
    quote: { text: 'For Russia and especially for China, an alliance would mean breaking the long-held principle of non-alignment.', ...SEED_ALLIANCE },
  },
  {
    term: 'Buffer zone',
    meaning: 'A strip of territory held or kept neutral to keep a threat away from one’s own border, as Turkey does in northern Syria.',
    quote: { text: 'a buffer zone which Turkey has been building and strengthening for several years', ...SEED_ALLIANCE },
  },
];

export function glossarySection(): HTMLElement {
  return section(
    'glossary',
    'Glossary',
    2,
    {},
    h(
      'dl',
      {},
      ...GLOSSARY.flatMap((e) => [
        h('dt', {}, e.term),
        h('dd', {}, e.meaning, e.quote ? h('blockquote', {}, `“${e.quote.text}” — ${e.quote.cite}`) : null),
      ]),
    ),
  );
}
