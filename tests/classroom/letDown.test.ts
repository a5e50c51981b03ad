// The class report counts the calls a student let down, beside those in which the student was abandoned: a student
// who refused an ally's call is not shown as one whom nobody failed.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { sideFigures } from '../../src/classroom/figures';
import { crisesCalled, type Decisions, type GameState } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

const idlib = shippedScenarios().find((s) => s.id === 'idlib-2021')!;

/** A game of Idlib in which Russia answers every call made on it with `level` (or as expected, for null). */
function answering(level: 0 | 1 | null): GameState {
  return playGame(idlib, {
    seed: 'let-down',
    policy: 'persona',
    adjust: (state: GameState, d: Decisions) => {
      for (const crisis of crisesCalled(state, d)) {
        for (const call of crisis.calls) if (call.callee === 'RUS') (d.RUS!.answers ??= {})[call.id] = level ?? call.expected;
      }
    },
  });
}

describe('calls a side let down', () => {
  it('counts every call answered below what the caller expected, fewer when each is honoured', () => {
    const loyal = sideFigures(answering(null), 'RUS');
    const refusing = sideFigures(answering(1), 'RUS');
    const called = answering(1).log.reduce((n, r) => n + r.crises.reduce((m, c) => m + c.answers.filter((a) => a.callee === 'RUS' && a.expected > 1).length, 0), 0);
    console.log({ loyal: loyal.letDown, refusing: refusing.letDown, called });
    // Honouring every call as expected can still let one down as its caller sees it: a power called by both sides
    // that backs the other side more is seen to take it.
    expect(loyal.letDown).toBeLessThan(refusing.letDown);
    expect(called).toBeGreaterThan(0);
    expect(refusing.letDown).toBeGreaterThanOrEqual(called);
  });
});
