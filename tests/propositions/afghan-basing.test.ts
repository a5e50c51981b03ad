// P6 (seed 000): after 9/11, letting US forces into Central Asia lowers the terrorism and drug threats but costs
// Russian influence; keeping them out does the reverse; neither choice dominates for every weighting.
import { describe, expect, it } from 'vitest';
import { scoreOf, type GameState, type Metrics } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { mean } from '../../src/ai/stats';
import { shipped } from '../helpers';

const scenario = shipped('afghanistan-2001');
const seeds = Array.from({ length: 200 }, (_, i) => `p6-${i}`);

/** A whole game by personas, with Russia's answer on US basing forced. */
function play(seed: string, choice: 'let-in' | 'keep-out'): GameState {
  return playGame(scenario, {
    seed,
    policy: 'persona',
    adjust: (s, d) => {
      for (const ch of s.agenda.choices) if (ch.event === 'us-forces-central-asia') d.RUS!.choices![ch.id] = choice;
    },
  });
}

describe('P6 — US forces in Central Asia after 9/11 (seed 000)', () => {
  it('trade stability against influence, and neither choice dominates for every weighting', () => {
    const letIn = seeds.map((seed) => play(seed, 'let-in').metrics.RUS!);
    const keepOut = seeds.map((seed) => play(seed, 'keep-out').metrics.RUS!);
    const avg = (ms: Metrics[], k: keyof Metrics) => mean(ms.map((m) => m[k]));
    const weighted = (ms: Metrics[], w: Metrics) => mean(ms.map((m) => scoreOf(m, w)));
    const stabilityFirst: Metrics = { security: 1, economy: 1, influence: 1, autonomy: 1, stability: 4 };
    const influenceFirst: Metrics = { security: 1, economy: 1, influence: 4, autonomy: 1, stability: 1 };
    const f = (x: number) => x.toFixed(1);
    console.log(`P6 Russia at the end (200 paired games): stability let-in ${f(avg(letIn, 'stability'))} vs keep-out ${f(avg(keepOut, 'stability'))}; influence ${f(avg(letIn, 'influence'))} vs ${f(avg(keepOut, 'influence'))}`);
    console.log(`P6 score, stability first: let-in ${f(weighted(letIn, stabilityFirst))} vs keep-out ${f(weighted(keepOut, stabilityFirst))}; influence first: ${f(weighted(letIn, influenceFirst))} vs ${f(weighted(keepOut, influenceFirst))}`);
    expect(avg(letIn, 'stability') - avg(keepOut, 'stability')).toBeGreaterThan(2);
    expect(avg(keepOut, 'influence') - avg(letIn, 'influence')).toBeGreaterThan(2);
    expect(weighted(letIn, stabilityFirst)).toBeGreaterThan(weighted(keepOut, stabilityFirst) + 0.5);
    expect(weighted(keepOut, influenceFirst)).toBeGreaterThan(weighted(letIn, influenceFirst) + 0.5);
  });
});
