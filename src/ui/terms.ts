// A word of alliance politics shown where it stands — a posture, a gauge, a heading — that opens its glossary entry in
// place: a button that shows or hides the definition beside it (Escape closes it and gives the focus back).
import { t } from '../i18n/core';
import { GLOSSARY, glossaryQuote } from './glossary';
import { h } from './dom';
import './terms.css';

/** The words the game uses as labels, each with the glossary entry that explains it. */
const ENTRY_OF: Record<string, (typeof GLOSSARY)[number]['id']> = {
  ally: 'alliance',
  alliance: 'alliance',
  partner: 'partnership',
  partnership: 'partnership',
  hedge: 'hedging',
  hedging: 'hedging',
  abandonment: 'abandonment',
  entrapment: 'entrapment',
  grievance: 'grievance',
  trust: 'trust',
};

/** A message with a term inside it: the message holds the term as a placeholder, given `mark` here and replaced by
 *  `node`, so each language places the term where its grammar wants it. */
const TERM_MARK = '\uE000';
export function withTerm(message: (mark: string) => string, node: HTMLElement): (string | HTMLElement)[] {
  const [before = '', after = ''] = message(TERM_MARK).split(TERM_MARK);
  return [before, node, after];
}

let made = 0;

/** `word` (one of the keys above, English, any case) as a term that opens its definition; `label` is the text shown,
 *  `word` by default. */
export function term(word: string, label: string = word): HTMLElement {
  const entry = GLOSSARY.find((e) => e.id === ENTRY_OF[word.toLowerCase()]);
  if (!entry) return h('span', {}, label);
  const id = `term-${++made}`;
  const note = h(
    'span',
    { id, class: 'term-note', attrs: { role: 'note' } },
    h('strong', {}, entry.term),
    ' ',
    entry.meaning,
    ...(entry.quote ? glossaryQuote(entry.quote, 'span') : []),
  );
  note.hidden = true;
  const box = h('span', { class: 'term' });
  const open = h('button', { class: 'term-word', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': id, title: t('play.terms.whatMeans', { label }) } }, label);
  // An open definition closes when the player presses anywhere else (another button, the guide's Next), so it never
  // lingers over what comes next.
  const outside = (e: Event) => {
    if (!box.contains(e.target as Node)) show(false);
  };
  const show = (on: boolean) => {
    note.hidden = !on;
    open.setAttribute('aria-expanded', String(on));
    if (on) document.addEventListener('pointerdown', outside, true);
    else document.removeEventListener('pointerdown', outside, true);
  };
  open.addEventListener('click', (e) => {
    // A term inside a label must not also pick the label's option.
    e.preventDefault();
    e.stopPropagation();
    show(note.hidden);
  });
  box.append(open, note);
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || note.hidden) return;
    e.stopPropagation();
    show(false);
    open.focus();
  });
  return box;
}
