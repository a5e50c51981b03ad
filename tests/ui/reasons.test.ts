// Why the others acted, as the report tells it: an answer is told as its caller sees it, so the reasons never
// contradict the table of who stood by whom (seenAnswer).
import { describe, expect, it } from 'vitest';
import { newGame, owed, type Call, type GameState } from '../../src/engine';
import { explanationText } from '../../src/ui/explainWords';
import { explainOthers } from '../../src/ui/reasons';
import { triangle } from '../helpers';

/** A is allied with B and a partner of C; B presses C in the east, and both call on A. C is the player. */
function twoCalls(): GameState {
  const scenario = triangle({
    ties: [{ a: 'A', b: 'B', kind: 'alliance' }, { a: 'A', b: 'C', kind: 'partnership' }],
    theatres: [{ id: 'east', name: 'East', lon: 0, lat: 0, tension: 0.6, rivals: [{ challenger: 'B', defender: 'C' }], exposure: { A: 0.6 } }],
  });
  const state = newGame(scenario, 'reasons');
  const calls: Call[] = [
    { id: 'x:A', caller: 'C', callee: 'A', expected: owed(state, 'A', 'C', false, 'B') },
    { id: 'x:A:B', caller: 'B', callee: 'A', expected: owed(state, 'A', 'B', true, 'C') },
  ];
  return { ...state, agenda: { ...state.agenda, crises: [{ id: 'x', event: null, theatre: 'east', initiator: 'B', target: 'C', severity: 0.6, calls }] } };
}

describe('why the others acted', () => {
  it('a power neutral to your call while backing the other side with words is told as siding against you', () => {
    const before = twoCalls();
    const [toYou] = explainOthers(before, { A: { answers: { 'x:A': 1, 'x:A:B': 2 } } }, ['C'], 'C').filter((e) => e.kind === 'answer' && e.target === 'C');
    expect(toYou!.head).toMatchObject({ code: 'side-against', target: 'C' });
    expect(toYou!.reasons[0]).toEqual({ code: 'backs-other-more', target: 'B' });
    expect(explanationText(before.scenario, toYou!)).toMatch(/^A sides against you: it backs B more, which takes the other side/);
  });

  it('a power neutral to both is told as neutral', () => {
    const before = twoCalls();
    const [toYou] = explainOthers(before, { A: { answers: { 'x:A': 1, 'x:A:B': 1 } } }, ['C'], 'C').filter((e) => e.kind === 'answer' && e.target === 'C');
    expect(toYou!.head.code).toBe('stay-neutral');
    expect(toYou!.reasons.some((r) => r.code === 'backs-other-more')).toBe(false);
  });
});
