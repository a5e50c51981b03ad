// The warning a tie's card gives before it breaks (grievanceAhead) is never wrong about a break: where it says the
// grievances the turn's end will leave, under the postures the pair chose that turn, are past what the tie can bear,
// the tie does not outlast the turn. Every shipped scenario, played by the computer's powers in character.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { grievanceAhead, lookup, tieOf, type GameState } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

const GAMES = 12;

describe('the grievances a tie will bear at the turn’s end', () => {
  it('when they are past what it can bear, the tie does not outlast the turn', () => {
    let warned = 0;
    let held = 0;
    let walkedOut = 0;
    for (const scenario of shippedScenarios()) {
      for (let g = 0; g < GAMES; g++) {
        const before = new Map<number, GameState>();
        const end = playGame(scenario, { seed: `ahead-${g}`, policy: 'persona', adjust: (s) => void before.set(s.turn, s) });
        for (const record of end.log) {
          const s = before.get(record.turn)!;
          for (const { a, b } of lookup(scenario).pairs) {
            const kind = tieOf(s, a, b);
            if (kind === 'none') continue;
            held++;
            const chose = (x: string, y: string) => record.decisions[x]?.postures?.[y];
            const ahead = grievanceAhead(s, a, b, { a: chose(a, b), b: chose(b, a) });
            if (ahead.walkOut.a + ahead.walkOut.b > 0) walkedOut++;
            if (Math.max(ahead.a, ahead.b) <= ahead.limit) continue;
            warned++;
            // Past what it can bear, the tie ends: whatever the postures leave of it breaks at the turn's end.
            const ended = record.tieChanges.some((c) => ((c.a === a && c.b === b) || (c.a === b && c.b === a)) && c.to === 'none');
            expect(ended, `${scenario.id} turn ${record.turn}: ${a}–${b}`).toBe(true);
          }
        }
      }
    }
    console.log(`ties held at a turn's start: ${held}; a side walked out of ${walkedOut}; warned of a break: ${warned}`);
    expect(warned).toBeGreaterThan(0);
    expect(walkedOut).toBeGreaterThan(0);
  });
});
