// What the page says an answer would cost if the clash comes is what the clash charges: one function of the engine
// (backingCharge) prices backing for both. It was not so: the page showed an index of risk ten times over (2.3 points
// for words of support that cost 0.9).
import { describe, expect, it } from 'vitest';
import { backingCharge, commonCause, newGame, seedRng, restoreRng, type SupportLevel } from '../../src/engine';
import { resolveCrisis } from '../../src/engine/crisis';
import { cloneState } from '../../src/engine/state';
import { answerOutlook } from '../../src/ui/consequences';
import { shipped } from '../helpers';

describe('the cost of backing a side, shown and charged', () => {
  const game = newGame(shipped('alliance-question-2020'), 'e');
  const crisis = game.agenda.crises.find((c) => c.calls.length > 0)!;

  it.each([2, 3] as const)('answered %i: the charge of the clash is the one the engine prices, and the page shows it within its range', (level: SupportLevel) => {
    expect(crisis, 'a crisis with calls on turn 1').toBeDefined();
    const answers = new Map(crisis.calls.map((c) => [c.id, level]));
    // Both principals press on: the clash comes.
    const outcome = resolveCrisis(cloneState(game), restoreRng(seedRng('charge')), crisis, answers, { initiator: 'press', target: 'press' });
    expect(outcome.escalated).toBe(true);
    for (const call of crisis.calls) {
      const paid = outcome.answers.find((a) => a.callee === call.callee && a.caller === call.caller)!.cost;
      const common = commonCause(game, crisis, call.callee, call.caller);
      const charge = (won: boolean) => {
        const c = backingCharge(game, crisis, call.callee, level, common, won);
        return c.security + c.economy;
      };
      expect(paid).toBeCloseTo(charge(outcome.winner === call.caller), 12);
      const shown = answerOutlook(game, call.callee, crisis, call.id, Object.fromEntries(crisis.calls.filter((c) => c.callee === call.callee).map((c) => [c.id, level]))).levels.find((l) => l.level === level)!.cost;
      console.log(`${call.callee} backing ${call.caller} at ${level}: shown ${shown.toFixed(2)}, charged ${paid.toFixed(2)} (${charge(true).toFixed(2)} if its side prevails, ${charge(false).toFixed(2)} if not)`);
      expect(shown).toBeGreaterThanOrEqual(Math.min(charge(true), charge(false)) - 1e-9);
      expect(shown).toBeLessThanOrEqual(Math.max(charge(true), charge(false)) + 1e-9);
    }
  });
});
