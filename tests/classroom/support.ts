// Games and result files for the classroom tests: played by the persona policy on the shipped scenarios, handed in
// as the game writes them, and files edited on purpose and sealed again with a fresh checksum, as a careful cheat would.
import { playGame } from '../../src/ai/autoplay';
import type { GameState, Scenario } from '../../src/engine';
import { makeResult, resultChecksum, writeResult, type ClassSettings, type ResultFile } from '../../src/classroom';
import { shippedScenarios } from '../machine/support';

export const scenarios = shippedScenarios();
export const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;
export const SAVED_AT = '2025-03-01T09:00:00.000Z';
export const RUS_ONLY: ClassSettings = { side: 'RUS', advisor: true };

export function played(id: string, seed: string, turns?: number): GameState {
  return playGame(scenario(id), { seed, policy: 'persona', ...(turns === undefined ? {} : { maxTurns: turns }) });
}

export const resultOf = (game: GameState, player = 'Ada', sides = ['RUS'], options: ClassSettings = RUS_ONLY): ResultFile =>
  makeResult(game, sides, player, options, SAVED_AT);

/** A result changed on purpose and sealed again with a matching checksum. */
export function forge(result: ResultFile, change: (copy: ResultFile) => void): string {
  const copy = structuredClone(result);
  change(copy);
  return writeResult({ ...copy, checksum: resultChecksum(copy) });
}
