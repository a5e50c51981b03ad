// "Compare with other strategies": the same scenario played many times in a Web Worker with simple policies for the
// player's side, then where the player's score falls in each. The worker keeps the page responsive; progress is shown
// and the run can be cancelled.
import { lang, messages, t } from '../i18n/core';
import { score, type ActorId, type GameState } from '../engine';
import { WHAT_IF_POLICIES, placeInDistribution, type WhatIfDistribution, type WhatIfPolicy, type WhatIfResult } from '../classroom';
import type { WhatIfMessage, WhatIfRequest } from '../classroom/whatIf';
import { button, h, s, section } from './dom';
import { nameOf, fixed, sentences } from './words';

/** Games per policy: four policies make a thousand games. */
export const WHAT_IF_RUNS = 250;

const POLICY_KEY = {
  'all-ally': 'report.whatIf.allAlly',
  'all-partner': 'report.whatIf.allPartner',
  'all-hedge': 'report.whatIf.allHedge',
  historical: 'report.whatIf.historical',
} as const satisfies Record<WhatIfPolicy, string>;

/** The stretch of the 0–100 scale the plots show: every policy's spread and the player's score, with a margin, in
 *  steps of five, so that a spread of a few points is not a sliver of a bare axis. */
export function plotRange(distributions: readonly WhatIfDistribution[], mine: number): { lo: number; hi: number } {
  const values = [mine, ...distributions.flatMap((d) => [d.spread.min, d.spread.max])];
  const lo = Math.max(0, Math.floor((Math.min(...values) - 2) / 5) * 5);
  const hi = Math.min(100, Math.ceil((Math.max(...values) + 2) / 5) * 5);
  if (hi - lo >= 10) return { lo, hi };
  const top = Math.min(100, lo + 10);
  return { lo: top - 10, hi: top };
}

/** A box plot on the stretch of the scale all the plots share, its ends labelled, with the player's score marked. */
function boxPlot(d: WhatIfDistribution, mine: number, range: { lo: number; hi: number }): SVGSVGElement {
  const x = (v: number) => 16 + ((v - range.lo) / (range.hi - range.lo)) * 288;
  const { min, p25, p50, p75, max } = d.spread;
  return s(
    'svg',
    { class: 'box-plot', viewBox: '0 0 320 46', width: 320, height: 46, 'aria-hidden': 'true' },
    s('line', { x1: x(range.lo), x2: x(range.hi), y1: 28, y2: 28, class: 'axis-line' }),
    s('text', { x: x(range.lo), y: 43, class: 'axis-label', 'text-anchor': 'middle' }, String(range.lo)),
    s('text', { x: x(range.hi), y: 43, class: 'axis-label', 'text-anchor': 'middle' }, String(range.hi)),
    s('line', { x1: x(min), x2: x(max), y1: 14, y2: 14, class: 'whisker' }),
    s('rect', { x: x(p25), y: 6, width: Math.max(1, x(p75) - x(p25)), height: 16, class: 'box' }),
    s('line', { x1: x(p50), x2: x(p50), y1: 6, y2: 22, class: 'median' }),
    s('line', { x1: x(mine), x2: x(mine), y1: 0, y2: 30, class: 'mine' }),
  );
}

/** Where a score stands among games (placeInDistribution, 0..100): above all or below all only when it is; a share
 *  otherwise, never rounded to 0% or 100%. */
export function placeWords(place: number, whose: string | null = null): string {
  const where = place >= 100 ? 'all' : place <= 0 ? 'none' : 'some';
  const share = Math.min(99, Math.max(1, Math.round(place))) / 100;
  return whose === null ? t('report.whatIf.place', { where, place: share }) : t('report.whatIf.placeTheirs', { where, place: share, player: whose });
}

/** The strategy listed before the `i`th whose games all ended with the very same scores, if any. */
export function twinOf(distributions: readonly WhatIfDistribution[], i: number): WhatIfDistribution | undefined {
  const d = distributions[i]!;
  return distributions.slice(0, i).find((e) => e.scores.length === d.scores.length && e.scores.every((x, k) => x === d.scores[k]));
}

/** `whose`: the student whose game a teacher is going through (null: the player's own game), named where "your" would be. */
function resultsView(result: WhatIfResult, game: GameState, side: ActorId, whose: string | null): HTMLElement {
  const mine = score(game, side);
  const range = plotRange(result.distributions, mine);
  return h(
    'div',
    { id: 'what-if-results' },
    h('p', {}, whose === null ? t('report.whatIf.against', { actor: nameOf(game.scenario, side), score: fixed(mine), runs: result.runs }) : t('report.whatIf.againstTheirs', { actor: nameOf(game.scenario, side), score: fixed(mine), runs: result.runs, player: whose })),
    h(
      'ul',
      { class: 'what-if-list' },
      ...result.distributions.map((d, i) => {
        const place = placeInDistribution(mine, d);
        const { min, p25, p50, p75, max } = d.spread;
        // Two strategies can come to the same thing (an offer no one takes up leaves the tie as it was): say so, or the
        // twin figures read as a fault.
        const twin = twinOf(result.distributions, i);
        return h(
          'li',
          { attrs: { 'data-policy': d.policy } },
          h('h4', {}, t(POLICY_KEY[d.policy])),
          boxPlot(d, mine, range),
          h('p', { class: 'meta' }, t('report.whatIf.spread', { min: fixed(min), p25: fixed(p25), p50: fixed(p50), p75: fixed(p75), max: fixed(max) })),
          twin ? h('p', { class: 'meta twin' }, t('report.whatIf.sameAs', { other: t(POLICY_KEY[twin.policy]) })) : null,
          // The share alone makes a point look like a chasm where the games lie close: the gap in points says how far.
          h('p', { class: 'place' }, sentences(placeWords(place, whose), t('report.whatIf.fromMedian', { gap: fixed(Math.abs(mine - p50)), side: mine > p50 + 0.05 ? 'above' : mine < p50 - 0.05 ? 'below' : 'at' }))),
        );
      }),
    ),
  );
}

/** The what-if games are played by the student's game's own rules: as many turns, the same temperament. */
export function whatIfSection(game: GameState, side: ActorId, whose: string | null = null): HTMLElement {
  const bar = h('div', { class: 'progress-fill' });
  const progress = h('div', { id: 'what-if-progress', class: 'progress', attrs: { role: 'progressbar', 'aria-label': t('report.whatIf.gamesPlayed'), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } }, bar);
  progress.hidden = true;
  const status = h('p', { id: 'what-if-status', attrs: { role: 'status' } });
  const out = h('div', { id: 'what-if-out' });
  let worker: Worker | null = null;
  const stop = () => {
    worker?.terminate();
    worker = null;
    run.disabled = false;
    cancel.hidden = true;
    progress.hidden = true;
  };
  const show = (fraction: number, done: number, total: number) => {
    const pct = Math.round(fraction * 100);
    progress.setAttribute('aria-valuenow', String(pct));
    progress.setAttribute('aria-valuetext', t('report.whatIf.progress', { done, total }));
    bar.style.width = `${pct}%`;
  };
  const start = () => {
    stop();
    out.replaceChildren();
    run.disabled = true;
    cancel.hidden = false;
    progress.hidden = false;
    show(0, 0, WHAT_IF_RUNS * WHAT_IF_POLICIES.length);
    status.textContent = t('report.whatIf.playing');
    const started = performance.now();
    const mine = new Worker(new URL('../classroom/games.worker.ts', import.meta.url), { type: 'module' });
    worker = mine;
    mine.onmessage = (event: MessageEvent<WhatIfMessage>) => {
      if (worker !== mine) return;
      // Left the debrief: nobody is waiting for these games.
      if (!box.isConnected) return stop();
      const message = event.data;
      if (message.type === 'progress') show(message.progress.fraction, message.progress.done, message.progress.total);
      else if (message.type === 'error') {
        stop();
        status.textContent = t('report.whatIf.failed', { reason: message.message });
      } else {
        const ms = performance.now() - started;
        stop();
        out.setAttribute('data-ms', ms.toFixed(0));
        status.textContent = t('report.whatIf.played', { games: message.result.runs * message.result.distributions.length, seconds: fixed(ms / 1000) });
        out.replaceChildren(resultsView(message.result, game, side, whose));
      }
    };
    mine.onerror = (event) => {
      stop();
      status.textContent = t('report.whatIf.failed', { reason: event.message });
    };
    const request: WhatIfRequest = {
      type: 'run',
      id: 1,
      lang: lang(),
      messages: messages(),
      scenario: game.scenario,
      options: { policies: WHAT_IF_POLICIES, runs: WHAT_IF_RUNS, seedBase: game.seed, side, ...(game.rules ? { rules: { ...game.rules } } : {}) },
    };
    mine.postMessage(request);
  };
  const run = button(t('report.whatIf.run'), start, { id: 'what-if-run', class: 'primary' });
  const cancel = button(t('report.whatIf.cancel'), () => {
    stop();
    status.textContent = t('report.whatIf.cancelled');
  }, { id: 'what-if-cancel' });
  cancel.hidden = true;
  const box = section(
    'what-if',
    whose === null ? t('report.whatIf.title') : t('report.whatIf.titleTheirs', { player: whose }),
    2,
    { class: 'no-print' },
    h('p', {}, whose === null ? t('report.whatIf.intro', { runs: WHAT_IF_RUNS, rules: game.rules ? 'yes' : 'no' }) : t('report.whatIf.introTheirs', { runs: WHAT_IF_RUNS, rules: game.rules ? 'yes' : 'no', player: whose })),
    h('div', { class: 'toolbar' }, run, cancel),
    progress,
    status,
    out,
  );
  return box;
}
