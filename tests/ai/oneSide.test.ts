// An actor tied to both sides of a crisis is called by both (rules v3); the computer backs at most one side.
import { describe, expect, it } from 'vitest';
import { newGame, restoreRng, seedRng, type EventDef } from '../../src/engine';
import { oneSide } from '../../src/ai/persona';
import { decide } from '../../src/ai/policies';
import { triangle } from '../helpers';

const crisisOnB: EventDef = {
  id: 'pressure-on-b', kind: 'crisis', title: 'C presses B', text: '', theatre: 'east', turns: { from: 1, to: 1 }, weight: 1,
  crisis: { initiator: 'C', target: 'B', severity: 0.5 },
};
// A is a partner of both B and C, so C's crisis against B calls A from both sides.
const scenario = triangle({ ties: [{ a: 'A', b: 'B', kind: 'partnership' }, { a: 'A', b: 'C', kind: 'partnership' }] }, [crisisOnB]);

describe('called by both sides', () => {
  it('is called by both', () => {
    const s = newGame(scenario, 'both');
    const calls = s.agenda.crises.flatMap((c) => c.calls).filter((c) => c.callee === 'A');
    expect(calls.map((c) => c.caller).sort()).toEqual(['B', 'C']);
  });

  it('backs at most one side, keeping the backing it would give the one whose tie it values more', () => {
    const s = newGame(scenario, 'both');
    const [toB, toC] = ['B', 'C'].map((caller) => s.agenda.crises.flatMap((c) => c.calls).find((c) => c.callee === 'A' && c.caller === caller)!);
    const both = { [toB!.id]: 3 as const, [toC!.id]: 2 as const };
    const one = oneSide(s, 'A', both);
    const backed = [toB!, toC!].filter((c) => one[c.id]! >= 2);
    expect(backed).toHaveLength(1);
    expect(one[backed[0]!.id]).toBe(both[backed[0]!.id]);
    // Answers that back no more than one side are left alone.
    expect(oneSide(s, 'A', { [toB!.id]: 3, [toC!.id]: 1 })).toEqual({ [toB!.id]: 3, [toC!.id]: 1 });
  });

  it('the persona and the look-ahead never back both sides', () => {
    for (let i = 0; i < 20; i++) {
      const s = newGame(scenario, `both-${i}`);
      for (const policy of ['persona', 'lookahead'] as const) {
        const d = decide(s, 'A', policy, restoreRng(seedRng(`d-${i}`)));
        const backing = Object.values(d.answers ?? {}).filter((level) => level >= 2);
        expect(backing.length).toBeLessThanOrEqual(1);
      }
    }
  });
});
