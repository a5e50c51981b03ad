// The entrapment gauge counts the crisis events the next deal may bring, each at the chance crisisEventsAhead gives
// it. Held against the deal itself: from positions of every shipped scenario played at random, the same state is
// dealt many times over and each event's share of the deals compared with its chance.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crisisEventsAhead, deal, drawnWithin } from '../../src/engine/deal';
import { newGame, resolveTurn, restoreRng, seedRng, type GameState } from '../../src/engine';
import { randomLegal, shipped } from '../helpers';

const DEALS = 600;
/** How far a chance may be from the share of the deals that brought its event: four standard errors of that share at
 *  worst (a chance of one half). */
const MARGIN = 0.082;

/** The share of `DEALS` deals of `state`'s next turn that bring each event. */
function dealtShares(state: GameState): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < DEALS; i++) {
    const next = { ...state, turn: state.turn + 1, dealt: [...state.dealt], queued: [], stats: structuredClone(state.stats) };
    deal(next, restoreRng(seedRng(`deal-${i}`)));
    for (const id of next.dealt.slice(state.dealt.length)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Map([...counts].map(([id, n]) => [id, n / DEALS]));
}

/** Every order of drawing `weights` by weight without putting any back, and its chance: the chance each is among the
 *  first `draws`, counted order by order. */
function byEveryOrder(weights: number[], draws: number): number[] {
  const chance = weights.map(() => 0);
  const walk = (left: number[], p: number, taken: number) => {
    if (taken === draws || left.length === 0) return;
    const total = left.reduce((sum, i) => sum + weights[i]!, 0);
    for (const i of left) {
      const q = (p * weights[i]!) / total;
      chance[i]! += q;
      walk(left.filter((j) => j !== i), q, taken + 1);
    }
  };
  walk(weights.map((_, i) => i), 1, 0);
  return chance;
}

describe('drawnWithin', () => {
  it.each([
    [[3, 1, 2, 0.5], 2],
    [[10, 1, 1, 1, 1], 3],
    [[1, 1, 1], 1],
    [[5, 0.2, 2, 2, 0.7, 1], 4],
    [[2, 1], 2],
  ])('weights %j, %i draws: each chance as every order of drawing them gives it', (weights, draws) => {
    const exact = byEveryOrder(weights, draws);
    drawnWithin(weights, draws).forEach((chance, i) => expect(chance).toBeCloseTo(exact[i]!, 3));
  });
});

describe('the crisis events ahead', () => {
  const names = readdirSync(new URL('../../scenarios', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => f.slice(0, -5));

  it.each(names)('%s: each crisis event comes as often as its chance says', (name) => {
    const scenario = shipped(name);
    let state = newGame(scenario, 'ahead');
    const rng = restoreRng(seedRng('ahead-play'));
    let compared = 0;
    let worst = 0;
    for (let turn = 0; turn < 6 && !state.ending; turn++) {
      const ahead = crisisEventsAhead(state);
      const shares = dealtShares(state);
      for (const { event, chance } of ahead) {
        expect(chance).toBeGreaterThan(0);
        expect(chance).toBeLessThanOrEqual(1);
        expect(Math.abs(chance - (shares.get(event.id) ?? 0)), `${event.id} on turn ${state.turn + 1}`).toBeLessThan(MARGIN);
        worst = Math.max(worst, Math.abs(chance - (shares.get(event.id) ?? 0)));
        compared++;
      }
      // No crisis event is dealt that the reckoning left out.
      const crisisIds = new Set(scenario.events.filter((e) => e.kind === 'crisis').map((e) => e.id));
      for (const id of shares.keys()) if (crisisIds.has(id)) expect(ahead.map((a) => a.event.id)).toContain(id);
      state = resolveTurn(state, randomLegal(state, rng));
    }
    console.log(`${name}: ${compared} chances of crisis events compared with ${DEALS} deals each; the farthest off by ${worst.toFixed(3)}`);
  });
});
