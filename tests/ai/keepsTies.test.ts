// The computer's powers do not shed their ties for small gains: walking out of a tie must pay clearly
// (LEAVING_MARGIN in src/ai/lookahead.ts). Games are played as the app plays them: every actor but one side by the
// look-ahead, that side by its persona.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, pairKey, restoreRng, seedRng, type Scenario } from '../../src/engine';
import { decide } from '../../src/ai/policies';
import { lookaheadOthers } from '../../src/machine/others';
import { shipped } from '../helpers';

const GAMES = 8;

/** Of the ties in force at the start, the share a computer power walked out of (lowered or abrogated) during the game. */
function shareLeft(scenario: Scenario): { left: number; ties: number } {
  const side = scenario.playable[0]!;
  let left = 0;
  let ties = 0;
  for (let g = 0; g < GAMES; g++) {
    let state = newGame(scenario, `keep-${g}`);
    const rng = restoreRng(seedRng(`keep-side-${g}`));
    const start = new Set(Object.keys(state.ties));
    const walkedOut = new Set<string>();
    while (!state.ending) {
      const next = applyDecisions(state, { ...lookaheadOthers(state, [side]), [side]: decide(state, side, 'persona', rng) });
      if (!next.ok) throw new Error(next.errors.map((e) => e.message).join('; '));
      state = next.value;
      for (const c of state.log.at(-1)!.tieChanges) {
        const key = pairKey(c.a, c.b);
        const byComputer = c.a !== side && c.b !== side;
        if (start.has(key) && byComputer && (c.reason === 'lowered' || c.reason === 'abrogated')) walkedOut.add(key);
      }
    }
    ties += [...start].filter((key) => !key.split('|').includes(side)).length;
    left += walkedOut.size;
  }
  return { left, ties };
}

describe('the computer keeps its ties unless leaving pays clearly', () => {
  it.each(['eastern-axis-2021', 'alliance-question-2020'])('%s', (id) => {
    const { left, ties } = shareLeft(shipped(id));
    console.log(`${id}: the computer's powers walked out of ${left} of ${ties} starting ties between them over ${GAMES} games (${((100 * left) / ties).toFixed(0)}%)`);
    expect(ties).toBeGreaterThan(0);
    expect(left / ties).toBeLessThan(0.2);
  }, 60_000);
});
