// The two fears of alliance politics for one relationship, as the engine reads them off the state:
// a bar for the eye, and the same figure in words and a symbol, so colour never carries the meaning alone.
import type { Gauges } from '../engine';
import { cssPct, h, pct } from './dom';
import { t } from '../i18n/core';
import { term, withTerm } from './terms';
import { fixed, riskLevel, sentences } from './words';

/** A gauge's figure in words: its percentage, mark and level; for abandonment by a partner whose terms owe nothing in
 *  one's rivalries, that instead — it cannot fail what it never promised, and it cannot be counted on. */
export function riskWords(kind: 'abandonment' | 'entrapment', x: number, owes = true, rivalled = true): string {
  if (kind === 'abandonment' && !owes) return t(rivalled ? 'play.gauges.owesNothing' : 'play.gauges.noRival');
  const level = riskLevel(x);
  return `${pct(x)} ${level.mark} ${level.word}`;
}

/** A figure of a gauge: its value and, for abandonment, whether the partner's terms owe anything (Gauges); for
 *  entrapment, what a clash would cost. */
type Reading = { x: number; owes?: boolean; rivalled?: boolean; cost?: number };

/** The least change in a clash's cost worth telling beside a forecast (the page shows it to a tenth of a point). */
const COST_SHOWN = 0.05;

function bar(kind: 'abandonment' | 'entrapment', now: Reading, label: Node, detail: string | null, after?: Reading, chosen?: Reading & { agreed?: string }): HTMLElement {
  const level = riskLevel(now.x);
  // A partner whose terms owe nothing is no risk to weigh but a promise never made: an empty track, not a full red one.
  const owesNothing = kind === 'abandonment' && now.owes === false;
  const fill = h('span', { class: owesNothing ? 'gauge-fill' : `gauge-fill tone-${level.tone} pattern-${kind}` });
  fill.style.width = owesNothing ? '0%' : cssPct(Math.max(0.02, Math.min(1, now.x)));
  const track = h('span', { class: 'gauge-track', attrs: { 'aria-hidden': 'true' } }, fill);
  // A forecast of entrapment says what a clash would cost too, where that moves: a closer tie owes more backing (a
  // tie that would owe nothing costs nothing to tell).
  const value = (r: Reading) => {
    if (kind === 'abandonment' && r.owes === false) return riskWords(kind, r.x, r.owes, r.rivalled);
    const figure = `${pct(r.x)} ${riskLevel(r.x).word}`;
    return r.cost !== undefined && now.cost !== undefined && r.cost >= COST_SHOWN && Math.abs(r.cost - now.cost) >= COST_SHOWN ? t('play.gauges.atCost', { value: figure, cost: fixed(r.cost) }) : figure;
  };
  const forecast = after === undefined ? null : h('span', { class: 'gauge-after' }, ` ${t('play.gauges.ifAdvised', { value: value(after) })}`);
  // An offer the other has not matched changes no tie: what it would bring is shown if the other agrees.
  const ifChosen = chosen === undefined ? null : h('span', { class: 'gauge-chosen' }, ` ${chosen.agreed === undefined ? t('play.gauges.ifChosen', { value: value(chosen) }) : t('play.gauges.ifAgreed', { value: value(chosen), other: chosen.agreed })}`);
  return h(
    'div',
    { class: `gauge gauge-${kind}` },
    h('span', { class: 'gauge-label' }, label),
    track,
    h('span', { class: 'gauge-value' }, riskWords(kind, now.x, now.owes, now.rivalled)),
    ifChosen,
    forecast,
    detail ? h('span', { class: 'gauge-detail' }, detail) : null,
  );
}

/** Both gauges for the tie with `otherName`, as `sideName` (default: "you") lives it; `expected`, from the advisor, and
 *  `chosen`, under the posture chosen but not yet resolved, add where they would go (`chosenIfAgreed`: an offer, shown
 *  as the tie would be if the other agreed). */
export function gaugePair(otherName: string, g: Gauges, expected?: Gauges, sideName: string | null = null, chosen?: Gauges, chosenIfAgreed = false): HTMLElement {
  const agreed = chosenIfAgreed ? otherName : undefined;
  const voice = { you: sideName === null ? 'yes' : 'no', side: sideName ?? '', other: otherName };
  const cost = g.entrapmentCost > 0 ? t('play.gauges.cost', { ...voice, cost: fixed(g.entrapmentCost) }) : null;
  const label = (kind: 'abandonment' | 'entrapment') => h('span', {}, ...withTerm((mark) => t(`play.gauges.${kind}Label`, { term: mark }), term(kind, t(`play.gauges.${kind}Term`))));
  return h(
    'div',
    { class: 'gauges', attrs: { role: 'group', 'aria-label': t('play.gauges.group', voice) } },
    bar(
      'abandonment',
      { x: g.abandonment, owes: g.owes, rivalled: g.rivalled },
      label('abandonment'),
      t(g.owes ? 'play.gauges.abandonmentDetail' : g.rivalled ? 'play.gauges.owesNothingDetail' : 'play.gauges.noRivalDetail', voice),
      expected && { x: expected.abandonment, owes: expected.owes, rivalled: expected.rivalled },
      chosen && { x: chosen.abandonment, owes: chosen.owes, rivalled: chosen.rivalled, agreed },
    ),
    bar(
      'entrapment',
      { x: g.entrapment, cost: g.entrapmentCost },
      label('entrapment'),
      sentences(t('play.gauges.entrapmentDetail', voice), cost),
      expected && { x: expected.entrapment, cost: expected.entrapmentCost },
      chosen && { x: chosen.entrapment, cost: chosen.entrapmentCost, agreed },
    ),
  );
}
