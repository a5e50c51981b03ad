// Games and result files for the classroom tests: played as in class (src/classroom/students.ts), handed in as the
// game writes them, and files edited on purpose and sealed again with a fresh checksum, as a careful cheat would.
import { makeResult, resultChecksum, writeResult, type ClassSettings, type ResultFile } from '../../src/classroom';
import { RUS_ONLY, playClassGame, type ClassGame } from '../../src/classroom/students';
import type { GameState, Scenario } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

export { RUS_ONLY } from '../../src/classroom/students';
export const scenarios = shippedScenarios();
export const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;
export const SAVED_AT = '2025-03-01T09:00:00.000Z';

/** A game played as in class (src/classroom/students.ts) on the shipped scenario `id`. */
export const playedInClass = (id: string, seed: string, game: ClassGame = {}): GameState => playClassGame(scenario(id), seed, game);

export const resultOf = (game: GameState, player = 'Ada', sides = ['RUS'], options: ClassSettings = RUS_ONLY): ResultFile =>
  makeResult(game, sides, player, options, SAVED_AT);

/** A result changed on purpose and sealed again with a matching checksum. */
export function forge(result: ResultFile, change: (copy: ResultFile) => void): string {
  const copy = structuredClone(result);
  change(copy);
  return writeResult({ ...copy, checksum: resultChecksum(copy) });
}

/** The same result under another name, sealed again: still a true game. */
export const renamed = (result: ResultFile, player: string): string => forge(result, (r) => void (r.player = player));
