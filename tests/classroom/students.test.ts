import { describe, expect, it } from 'vitest';
import { turnMoves } from '../../src/classroom/students';
import { stateHash } from '../../src/engine';
import { playedInClass } from './support';

describe('a game as a live class receives it, turn by turn', () => {
  it('numbers every turn played, carries its decisions, and ends on the hash of the game itself', () => {
    const game = playedInClass('idlib-2021', 'turn-moves', { student: 'random', who: 'Ada', settings: { side: 'RUS', advisor: true, turns: 4 } });
    const moves = turnMoves(game);
    expect(moves.map((m) => m.turn)).toEqual([1, 2, 3, 4]);
    expect(moves.map((m) => m.decisions)).toEqual(game.log.map((r) => r.decisions));
    expect(moves.at(-1)!.stateHash).toBe(stateHash(game));
    // Each turn changes the game: no two hashes alike.
    expect(new Set(moves.map((m) => m.stateHash)).size).toBe(4);
  });
});
