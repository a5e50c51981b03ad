// The two fears of alliance politics for one relationship, as the engine reads them off the state:
// a bar for the eye, and the same figure in words and a symbol, so colour never carries the meaning alone.
import type { Gauges } from '../engine';
import { cssPct, h, pct } from './dom';
import { t } from '../i18n/core';
import { term, withTerm } from './terms';
import { fixed, riskLevel, sentences } from './words';

function bar(kind: 'abandonment' | 'entrapment', x: number, label: Node, detail: string | null, after?: number, chosen?: number): HTMLElement {
  const level = riskLevel(x);
  const fill = h('span', { class: `gauge-fill tone-${level.tone} pattern-${kind}` });
  fill.style.width = cssPct(Math.max(0.02, Math.min(1, x)));
  const track = h('span', { class: 'gauge-track', attrs: { 'aria-hidden': 'true' } }, fill);
  const words = `${pct(x)} ${level.mark} ${level.word}`;
  const forecast = after === undefined ? null : h('span', { class: 'gauge-after' }, ` ${t('play.gauges.ifAdvised', { value: pct(after), word: riskLevel(after).word })}`);
  const ifChosen = chosen === undefined ? null : h('span', { class: 'gauge-chosen' }, ` ${t('play.gauges.ifChosen', { value: pct(chosen), word: riskLevel(chosen).word })}`);
  return h(
    'div',
    { class: `gauge gauge-${kind}` },
    h('span', { class: 'gauge-label' }, label),
    track,
    h('span', { class: 'gauge-value' }, words),
    ifChosen,
    forecast,
    detail ? h('span', { class: 'gauge-detail' }, detail) : null,
  );
}

/** Both gauges for the tie with `otherName`, as `sideName` (default: "you") lives it; `expected`, from the advisor, and
 *  `chosen`, under the posture chosen but not yet resolved, add where they would go. */
export function gaugePair(otherName: string, g: Gauges, expected?: Gauges, sideName: string | null = null, chosen?: Gauges): HTMLElement {
  const voice = { you: sideName === null ? 'yes' : 'no', side: sideName ?? '', other: otherName };
  const cost = g.entrapmentCost > 0 ? t('play.gauges.cost', { ...voice, cost: fixed(g.entrapmentCost) }) : null;
  const label = (kind: 'abandonment' | 'entrapment') => h('span', {}, ...withTerm((mark) => t(`play.gauges.${kind}Label`, { term: mark }), term(kind, t(`play.gauges.${kind}Term`))));
  return h(
    'div',
    { class: 'gauges', attrs: { role: 'group', 'aria-label': t('play.gauges.group', voice) } },
    bar('abandonment', g.abandonment, label('abandonment'), t('play.gauges.abandonmentDetail', voice), expected?.abandonment, chosen?.abandonment),
    bar('entrapment', g.entrapment, label('entrapment'), sentences(t('play.gauges.entrapmentDetail', voice), cost), expected?.entrapment, chosen?.entrapment),
  );
}
