// Keeping the class server's copy of a student's game in step with the game in the page. The page plays the game; the
// server is sent each resolved turn and replays it. After a reload or a dropped connection the two are compared turn by
// turn (by the hash of the game after each turn), and the page sends what the server lacks, or takes the server's copy
// when the page has lost its own.
import { applyDecisions, newGame, stateHash, type GameState } from '../engine';
import type { TurnMove } from './protocol';

/** The turn just resolved, as the server is sent it: call it when the game's log has just grown. */
export function lastMove(game: GameState): TurnMove | null {
  const record = game.log[game.log.length - 1];
  return record ? { turn: record.turn, decisions: record.decisions, stateHash: stateHash(game) } : null;
}

/** Every resolved turn of `game` with the hash of the game after it, by replaying its log from the seed. */
export function movesOf(game: GameState): TurnMove[] {
  let state = newGame(game.scenario, game.seed, game.rules);
  return game.log.map((record) => {
    const next = applyDecisions(state, record.decisions);
    // The page's own game always replays: a failure here is a fault in the game, not in the student's moves.
    if (!next.ok) throw new Error(`turn ${record.turn} of the page's own game does not replay: ${next.errors[0]?.code}`);
    state = next.value;
    return { turn: record.turn, decisions: record.decisions, stateHash: stateHash(state) };
  });
}

/** How many turns, from the first, the page's game and the server's copy share. */
export function sharedTurns(local: readonly TurnMove[], held: readonly TurnMove[]): number {
  let same = 0;
  while (same < local.length && same < held.length && local[same]!.turn === held[same]!.turn && local[same]!.stateHash === held[same]!.stateHash) same++;
  return same;
}

/**
 * What the server must be sent to hold the page's game: a rewind to the turns both share (`rewindTo`, turns kept; null
 * when the server holds nothing past them), then the page's turns it lacks.
 */
export function catchUp(local: readonly TurnMove[], held: readonly TurnMove[]): { rewindTo: number | null; moves: TurnMove[] } {
  const same = sharedTurns(local, held);
  return { rewindTo: same < held.length ? same : null, moves: local.slice(same) };
}

/** Whether the server holds more of the game than the page, the page's turns all among them: the page has lost its
 *  own copy (another browser, a cleared autosave) and takes the server's. */
export const serverIsAhead = (local: readonly TurnMove[], held: readonly TurnMove[]): boolean => held.length > local.length && sharedTurns(local, held) === local.length;
