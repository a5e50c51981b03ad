// Whole courses played to the end of the game: a sampled future plays the same way every time, and the course the
// advisor takes is the best simple course unless an alternative beats it by more than its sampling error.
import { describe, expect, it } from 'vitest';
import { BASE_POLICIES, PLAN, gainOver, plan, playOut, sampleWorlds } from '../../src/ai/plan';
import { mean } from '../../src/ai/stats';
import { ruleDecision } from '../../src/ai/persona';
import { lastTurn, newGame, restoreRng, seedRng } from '../../src/engine';
import { shipped } from '../helpers';

describe('courses played to the end', () => {
  it('a future plays a course the same way every time, to the last turn', () => {
    const state = newGame(shipped('sino-soviet-1945'), 'plan');
    const rng = restoreRng(seedRng('plan'));
    const [world] = sampleWorlds(state, 'CHN', rng, 1);
    const course = { name: 'all-ally', first: ruleDecision(state, 'CHN', 'all-ally', rng), then: 'all-ally' as const };
    const a = playOut(state, 'CHN', course, world!);
    expect(playOut(state, 'CHN', course, world!)).toBe(a);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThanOrEqual(100);
    expect(lastTurn(state)).toBeGreaterThan(state.turn);
  });

  it.each([
    ['sino-soviet-1945', 'CHN'],
    ['eastern-axis-2021', 'RUS'],
  ])('%s as %s: the course taken is the best simple one, or beats it by more than its error', (name, side) => {
    const state = newGame(shipped(name), 'plan');
    const p = plan(state, side, restoreRng(seedRng('plan')), (best) => [{ name: 'hedge now', first: ruleDecision(state, side, 'all-hedge', restoreRng(seedRng('h'))) }].filter(() => best.then !== 'all-hedge'));
    console.log(p.played.map((x) => `${x.course.name} then ${x.course.then}: ${mean(x.scores).toFixed(2)} over ${x.scores.length}`).join('; '));
    expect(BASE_POLICIES).toContain(p.simplest.course.name);
    expect(p.chosen.scores).toHaveLength(p.worlds);
    expect(p.worlds).toBeGreaterThanOrEqual(PLAN.worlds);
    // Every simple course was played, and none of them ends better than the best one on the futures all were played through.
    for (const policy of BASE_POLICIES) expect(p.played.some((x) => x.course.name === policy && x.course.then === policy)).toBe(true);
    const first = (xs: number[]) => mean(xs.slice(0, PLAN.screen));
    for (const x of p.played.filter((x) => x.course.name === x.course.then)) expect(first(p.simplest.scores)).toBeGreaterThanOrEqual(first(x.scores) - 1e-9);
    if (p.chosen !== p.simplest) {
      const { gain, error } = gainOver(p.chosen.scores, p.simplest.scores);
      expect(gain).toBeGreaterThan(PLAN.z * error);
    }
  });
});
