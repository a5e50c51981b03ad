// The computer's powers keep a tie while it is worth its cost to them, and only then (rules v3): no flat margin for
// leaving. A tie's value is what the actor expects from it in the crises to come against what it expects to pay
// (tieValue in src/engine/future.ts, as a persona judges it in src/ai/persona.ts), less the weariness of an alliance
// held for years (keepValue). Ties still end: when that value turns negative, or when grievances or lost trust break
// them. Every actor is played by the look-ahead.
import { describe, expect, it } from 'vitest';
import { POSTURE_RANK, TIE_RANK, applyDecisions, newGame, restoreRng, seedRng, tieOf, type ActorId, type Scenario } from '../../src/engine';
import { keepValue } from '../../src/ai/persona';
import { decideAll } from '../../src/ai/policies';
import { shipped } from '../helpers';

const GAMES = 6;

interface Tally {
  /** Starting ties between computer powers, counted once per game. */
  ties: number;
  /** Of those, still in force, at the kind they started at, when the game ended. */
  kept: number;
  /** Walk-outs (a tie lowered by a posture) by an actor that valued the tie it left above its cost. */
  walkedOutOfValued: string[];
  walkOuts: number;
}

function play(scenario: Scenario): Tally {
  const tally: Tally = { ties: 0, kept: 0, walkedOutOfValued: [], walkOuts: 0 };
  for (let g = 0; g < GAMES; g++) {
    let state = newGame(scenario, `keep-${g}`);
    const rng = restoreRng(seedRng(`keep-ai-${g}`));
    const start = Object.entries(state.ties).map(([key, t]) => ({ key, kind: t.kind }));
    while (!state.ending) {
      const decisions = decideAll(state, () => 'lookahead', rng);
      // Who lowers a posture below the tie it holds walks out of that tie: judged from the state it decided in.
      for (const [actor, d] of Object.entries(decisions)) {
        for (const [other, posture] of Object.entries(d.postures ?? {})) {
          const tie = tieOf(state, actor, other as ActorId);
          if (tie === 'none' || POSTURE_RANK[posture] >= TIE_RANK[tie]) continue;
          tally.walkOuts++;
          const value = keepValue(state, actor, other, tie);
          if (value >= 0) tally.walkedOutOfValued.push(`${scenario.id} turn ${state.turn}: ${actor} left its ${tie} with ${other}, worth ${value.toFixed(2)} to it`);
        }
      }
      const next = applyDecisions(state, decisions);
      if (!next.ok) throw new Error(JSON.stringify(next.errors));
      state = next.value;
    }
    tally.ties += start.length;
    tally.kept += start.filter(({ key, kind }) => state.ties[key]?.kind === kind).length;
  }
  return tally;
}

describe('the computer keeps a tie while it is worth its cost, and ties still end', () => {
  const ids = ['eastern-axis-2021', 'idlib-2021', 'sino-soviet-1950', 'alliance-question-2020'];
  const tallies = new Map<string, Tally>();
  it.each(ids)('%s: never walks out of a tie it values above its cost', (id) => {
    const t = play(shipped(id));
    tallies.set(id, t);
    console.log(`${id}: ${t.kept} of ${t.ties} starting ties kept to the end (${((100 * t.kept) / t.ties).toFixed(0)}%) over ${GAMES} games; ${t.walkOuts} walk-outs, ${t.walkedOutOfValued.length} of them from a tie worth its cost`);
    expect(t.ties).toBeGreaterThan(0);
    expect(t.walkedOutOfValued).toEqual([]);
  }, 120_000);

  it('ties do end: fewer than all starting ties are kept, over the scenarios above', () => {
    const all = [...tallies.values()];
    expect(all.length).toBe(ids.length);
    const kept = all.reduce((n, t) => n + t.kept, 0);
    const ties = all.reduce((n, t) => n + t.ties, 0);
    console.log(`over ${ids.length} scenarios: ${kept} of ${ties} starting ties kept (${((100 * kept) / ties).toFixed(0)}%)`);
    expect(kept).toBeLessThan(ties);
  });
});
