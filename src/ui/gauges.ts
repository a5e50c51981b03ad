// The two fears of alliance politics for one relationship, as the engine reads them off the state:
// a bar for the eye, and the same figure in words and a symbol, so colour never carries the meaning alone.
import type { Gauges } from '../engine';
import { h, pct } from './dom';
import { term } from './terms';
import { riskLevel } from './words';

function bar(kind: 'abandonment' | 'entrapment', x: number, label: Node, detail: string | null, after?: number, chosen?: number): HTMLElement {
  const level = riskLevel(x);
  const fill = h('span', { class: `gauge-fill tone-${level.tone} pattern-${kind}` });
  fill.style.width = pct(Math.max(0.02, Math.min(1, x)));
  const track = h('span', { class: 'gauge-track', attrs: { 'aria-hidden': 'true' } }, fill);
  const words = `${pct(x)} ${level.mark} ${level.word}`;
  const forecast = after === undefined ? null : h('span', { class: 'gauge-after' }, ` → ${pct(after)} ${riskLevel(after).word} if you take the advice`);
  const ifChosen = chosen === undefined ? null : h('span', { class: 'gauge-chosen' }, ` → ${pct(chosen)} ${riskLevel(chosen).word} with the posture you chose`);
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
  const them = sideName ?? 'you';
  const cost = g.entrapmentCost > 0 ? `A clash would cost ${them} about ${g.entrapmentCost.toFixed(1)} points of security and economy.` : null;
  return h(
    'div',
    { class: 'gauges', attrs: { role: 'group', 'aria-label': `Risks in ${sideName ? `${sideName}’s` : 'your'} tie with ${otherName}` } },
    bar('abandonment', g.abandonment, h('span', {}, term('abandonment', 'Abandonment'), ' risk'), `The chance ${otherName} fails ${them} in ${sideName ? 'its' : 'your'} next crisis.`, expected?.abandonment, chosen?.abandonment),
    bar('entrapment', g.entrapment, h('span', {}, term('entrapment', 'Entrapment'), ' risk'), `The chance ${otherName}’s conflicts drag ${them} into a clash next turn. ${cost ?? ''}`.trim(), expected?.entrapment, chosen?.entrapment),
  );
}
