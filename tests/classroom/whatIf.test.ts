import { english } from '../../src/engine/prose';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { score } from '../../src/engine';
import { placeInDistribution, runWhatIf, WHAT_IF_POLICIES, type WhatIfProgress } from '../../src/classroom';
import { scenario } from './support';

describe('what-if runs', () => {
  // 1,000 games are timed by `npm run bench:report`; here, 120 show that every policy's games are played and counted.
  it('report monotonic progress up to 100% and a distribution per policy', () => {
    const seen: WhatIfProgress[] = [];
    const result = runWhatIf(scenario('eastern-axis-2021'), { policies: WHAT_IF_POLICIES, runs: 30, seedBase: 'w', side: 'RUS', chunk: 7 }, (p) => seen.push(p));
    expect(seen[0]!.fraction).toBe(0);
    expect(seen.at(-1)).toEqual({ done: 120, total: 120, fraction: 1 });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
    expect(result.distributions.map((d) => [d.policy, d.scores.length])).toEqual(WHAT_IF_POLICIES.map((p) => [p, 30]));
    for (const d of result.distributions) expect([...d.scores].sort((a, b) => a - b)).toEqual(d.scores);
  });

  it('replay: the same options give the same distributions', () => {
    const o = { policies: ['all-hedge'] as const, runs: 5, seedBase: 'r', side: 'CHN' };
    expect(runWhatIf(scenario('sino-soviet-1945'), o)).toEqual(runWhatIf(scenario('sino-soviet-1945'), o));
  });

  it('play every game by the student’s rules: as many turns, the same temperament', () => {
    const s = scenario('alliance-question-2020');
    const rules = { turns: 3, temperament: 'hawkish' } as const;
    const o = { policies: ['all-partner'] as const, runs: 6, seedBase: 'lesson', side: 'RUS' };
    const lesson = runWhatIf(s, { ...o, rules });
    const expected = Array.from({ length: 6 }, (_, i) => score(playGame(s, { seed: `lesson:${i}`, policy: 'persona', policies: { RUS: 'all-partner' }, rules }), 'RUS')).sort((a, b) => a - b);
    expect(lesson.distributions[0]!.scores).toEqual(expected);
    // The same length in a world of the scenario's own temperament scores otherwise.
    expect(runWhatIf(s, { ...o, rules: { turns: 3 } }).distributions[0]!.scores).not.toEqual(expected);
  });

  it('refuse rules no game can have, in words', () => {
    const s = scenario('idlib-2021');
    const o = { policies: ['all-hedge'] as const, runs: 1, seedBase: 'x', side: 'RUS' };
    expect(() => runWhatIf(s, { ...o, rules: { turns: s.turns + 1 } })).toThrow(`but '${english(s.title)}' has only ${s.turns}`);
    expect(() => runWhatIf(s, { ...o, rules: { temperament: 'wild' as 'calm' } })).toThrow(/temperament must be one of calm, normal, hawkish/);
  });

  it('place a score as a percentile', () => {
    expect(placeInDistribution(5, [1, 2, 3, 4])).toBe(100);
    expect(placeInDistribution(0, [1, 2, 3, 4])).toBe(0);
    expect(placeInDistribution(2, [1, 2, 3, 4])).toBe(37.5);
    expect(placeInDistribution(2, [])).toBeNaN();
  });

});
