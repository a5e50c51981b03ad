// The page and the class server kept in step: the hashes the page sends are the game's own, a rewind is sent as the
// turns kept, and after a reload the page sends only what the server lacks, or takes the server's copy.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine';
import { rewindTo } from '../../src/persistence';
import { catchUp, lastMove, movesOf, serverIsAhead, sharedTurns } from '../../src/live/sync';
import { playedInClass } from '../classroom/support';

const game = playedInClass('idlib-2021', 'live-sync', { student: 'random', who: 'a', stopAfter: 3 });
const other = playedInClass('idlib-2021', 'live-sync', { student: 'random', who: 'b', stopAfter: 3 });
const moves = movesOf(game);

describe('a student game sent to the class server', () => {
  it('sends each turn with the hash of the game after it, the same as the game itself', () => {
    expect(moves.map((m) => m.turn)).toEqual([1, 2, 3]);
    expect(moves[2]).toEqual(lastMove(game));
    expect(moves[2]!.stateHash).toBe(stateHash(game));
    // The state after turn 1 is the game as turn 2 began.
    const second = rewindTo(game, 2);
    expect(second.ok && stateHash(second.value)).toBe(moves[0]!.stateHash);
    expect(moves[0]!.decisions).toEqual(game.log[0]!.decisions);
  });

  it('sends nothing when the server holds the game, and the turns it lacks otherwise', () => {
    expect(catchUp(moves, moves)).toEqual({ rewindTo: null, moves: [] });
    expect(catchUp(moves, moves.slice(0, 1))).toEqual({ rewindTo: null, moves: moves.slice(1) });
    expect(catchUp(moves, [])).toEqual({ rewindTo: null, moves });
  });

  it('sends a rewind to the turns both share when the student went back', () => {
    // Rewound to the start of turn 2: one turn kept, the server's later turns dropped.
    expect(catchUp(moves.slice(0, 1), moves)).toEqual({ rewindTo: 1, moves: [] });
    // Played another way from turn 2 on (the same first turn needs the same world: the first game's turn 1).
    const otherMoves = movesOf(other);
    const shared = sharedTurns(otherMoves, moves);
    expect(shared).toBeLessThan(3);
    expect(catchUp(otherMoves, moves)).toEqual({ rewindTo: shared, moves: otherMoves.slice(shared) });
  });

  it('takes the server’s copy only when the page holds an earlier part of it', () => {
    expect(serverIsAhead([], moves)).toBe(true);
    expect(serverIsAhead(moves.slice(0, 2), moves)).toBe(true);
    expect(serverIsAhead(moves, moves)).toBe(false);
    // A page whose game left the server's on the way is not behind it: it is another game, sent after a rewind.
    expect(sharedTurns(movesOf(other), moves)).toBeLessThan(2);
    expect(serverIsAhead(movesOf(other).slice(0, 2), moves)).toBe(false);
  });
});
