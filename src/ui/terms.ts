// A word of alliance politics shown where it stands — a posture, a gauge, a heading — that opens its glossary entry in
// place: a button that shows or hides the definition beside it (Escape closes it and gives the focus back).
import { GLOSSARY } from './glossary';
import { h } from './dom';
import './terms.css';

/** The words the game uses as labels, each with the glossary entry that explains it. */
const ENTRY_OF: Record<string, string> = {
  ally: 'Alliance',
  alliance: 'Alliance',
  partner: 'Strategic partnership',
  partnership: 'Strategic partnership',
  hedge: 'Hedging',
  hedging: 'Hedging',
  abandonment: 'Abandonment',
  entrapment: 'Entrapment',
  grievance: 'Grievance',
  trust: 'Trust',
};

let made = 0;

/** `word` (one of the keys above, any case) as a term that opens its definition; `label` is the text shown, `word` by default. */
export function term(word: string, label: string = word): HTMLElement {
  const entry = GLOSSARY.find((e) => e.term === ENTRY_OF[word.toLowerCase()]);
  if (!entry) return h('span', {}, label);
  const id = `term-${++made}`;
  const note = h(
    'span',
    { id, class: 'term-note', attrs: { role: 'note' } },
    h('strong', {}, entry.term),
    ' ',
    entry.meaning,
    entry.quote ? h('span', { class: 'term-quote' }, ` “${entry.quote.text}” — ${entry.quote.cite}`) : null,
  );
  note.hidden = true;
  const box = h('span', { class: 'term' });
  const open = h('button', { class: 'term-word', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': id, title: `What “${label}” means` } }, label);
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
