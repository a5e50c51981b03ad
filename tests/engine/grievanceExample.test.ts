// The worked example of docs/AUTHORING.md (TRUST AND GRIEVANCE), played by the engine: an ally that answers neutral
// where its alliance owes full support, one crisis a turn of six months, breaks the alliance at the end of turn 3.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, grievanceAgainst, type GameState } from '../../src/engine';
import { triangle } from '../helpers';

const scenario = triangle(
  {
    monthsPerTurn: 6,
    ties: [{ a: 'A', b: 'B', kind: 'alliance' }],
    // No rivalries: the deck's crisis is the only one, every turn.
    theatres: [{ id: 'east', name: 'East', lon: 0, lat: 0, tension: 0.5, rivals: [], exposure: {} }],
  },
  [{ id: 'c-on-b', kind: 'crisis', title: 'C presses B', text: '', theatre: 'east', weight: 1, once: false, crisis: { initiator: 'C', target: 'B', severity: 0.5 } }],
);

describe('the worked example of a grievance', () => {
  it('2.4 a turn, decayed to 2.01 and 3.69: the alliance holds two turns and breaks at the end of the third', () => {
    let state: GameState = newGame(scenario, 'example');
    const seen: number[] = [];
    for (let turn = 1; turn <= 3; turn++) {
      const call = state.agenda.crises.flatMap((c) => c.calls).find((c) => c.caller === 'B' && c.callee === 'A')!;
      expect(call.expected).toBe(3);
      const next = applyDecisions(state, { A: { answers: { [call.id]: 1 } } });
      if (!next.ok) throw new Error(JSON.stringify(next.errors));
      state = next.value;
      seen.push(grievanceAgainst(state, 'B', 'A'));
    }
    console.log(`B's grievance against A after each turn: ${seen.map((g) => g.toFixed(2)).join(', ')}`);
    expect(seen[0]).toBeCloseTo(2.01, 2);
    expect(seen[1]).toBeCloseTo(3.69, 2);
    expect(seen[2]).toBeCloseTo(5.09, 2);
    expect(state.log.slice(0, 2).flatMap((r) => r.tieChanges)).toEqual([]);
    expect(state.log[2]!.tieChanges).toEqual([{ a: 'A', b: 'B', from: 'alliance', to: 'none', reason: 'grievance' }]);
  });
});
