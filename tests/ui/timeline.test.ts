// The panels read before-and-after from the game replayed turn by turn: the replay must reach the states the game
// passed through, however the log grows or is rewound.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { stateHash } from '../../src/engine';
import { replay } from '../../src/persistence';
import { stateAt, statesOf } from '../../src/ui/timeline';
import { shippedScenarios } from '../machine/support';

describe('the timeline of a game', () => {
  const scenario = shippedScenarios().find((s) => s.id === 'eastern-axis-2021')!;
  const game = playGame(scenario, { seed: 'timeline', policy: 'persona' });
  const decisions = game.log.map((r) => r.decisions);

  it('holds the state at the start of every turn, ending with the game itself', () => {
    const states = statesOf(game);
    expect(states).toHaveLength(game.log.length + 1);
    expect(states[states.length - 1]).toBe(game);
    states.forEach((state, i) => {
      const replayed = replay(scenario, game.seed, decisions.slice(0, i));
      if (!replayed.ok) throw new Error('replay refused');
      expect(stateHash(state)).toBe(stateHash(replayed.value));
    });
  });

  it('follows a game that grows a turn at a time, and one rewound onto another path', () => {
    for (let n = 0; n <= decisions.length; n++) {
      const partial = replay(scenario, game.seed, decisions.slice(0, n));
      if (!partial.ok) throw new Error('replay refused');
      expect(stateHash(stateAt(partial.value, n + 1))).toBe(stateHash(partial.value));
      if (n > 0) expect(stateHash(stateAt(partial.value, n))).toBe(stateHash(statesOf(game)[n - 1]!));
    }
    const other = playGame(scenario, { seed: 'timeline', policy: 'all-hedge' });
    expect(stateHash(stateAt(other, 1))).toBe(stateHash(statesOf(game)[0]!));
    const second = replay(scenario, game.seed, other.log.slice(0, 2).map((r) => r.decisions));
    if (!second.ok) throw new Error('replay refused');
    expect(stateHash(stateAt(other, 3))).toBe(stateHash(second.value));
  });
});
