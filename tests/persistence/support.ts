// Games and saves for the persistence tests: played by the persona policy, saved as the game saves them,
// and saves deliberately forged (with a correct checksum) to reach the checks behind the checksum.
import { playGame } from '../../src/ai/autoplay';
import type { GameRules, GameState, Scenario } from '../../src/engine';
import { checksumOf, makeSave, writeSave, type Save, type SaveV0, type SaveV1, type SaveV2 } from '../../src/persistence';
import { shippedScenarios } from '../machine/support';

export const scenarios = shippedScenarios();
export const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;
export const SAVED_AT = '2025-03-01T09:00:00.000Z';

/** A game after `turns` turns (or to its end when `turns` is undefined), under a lesson's `rules` if given. */
export function played(id: string, seed: string, turns?: number, rules?: GameRules): GameState {
  return playGame(scenario(id), { seed, policy: 'persona', ...(turns === undefined ? {} : { maxTurns: turns }), ...(rules ? { rules } : {}) });
}

export const saveOf = (game: GameState, players = ['RUS']): Save => makeSave(game, players, SAVED_AT);
export const textOf = (game: GameState, players = ['RUS']): string => writeSave(saveOf(game, players));

/** A save changed on purpose and sealed again, as someone editing the file with care would do. */
export function forge(save: Save, change: (copy: Save) => void): string {
  const copy = structuredClone(save);
  change(copy);
  return writeSave({ ...copy, checksum: checksumOf(copy) });
}

/** The same game in the version-0 format (see src/persistence/format.ts). */
export function asV0(game: GameState, side: SaveV0['side']): SaveV0 {
  return {
    format: 'bowstring-save',
    version: 0,
    scenario: { id: game.scenario.id, hash: game.scenario.hash },
    seed: game.seed,
    side,
    log: game.log.map((r) => r.decisions),
    hash: makeSave(game, [], SAVED_AT).stateHash,
    time: Date.parse(SAVED_AT),
  };
}

/** The same game in the version-1 format: version 2 without `rules` and `rulesVersion`, sealed with its own checksum. */
export function asV1(game: GameState, players = ['RUS']): SaveV1 {
  const { rules: _rules, rulesVersion: _rulesVersion, rewinds: _rewinds, checksum: _checksum, ...rest } = makeSave(game, players, SAVED_AT);
  const body: Omit<SaveV1, 'checksum'> = { ...rest, version: 1 };
  return { ...body, checksum: checksumOf(body) };
}

/** The same game in the version-2 format: version 3 without `rewinds`, sealed with its own checksum. */
export function asV2(game: GameState, players = ['RUS']): SaveV2 {
  const { rewinds: _rewinds, checksum: _checksum, ...rest } = makeSave(game, players, SAVED_AT);
  const body: Omit<SaveV2, 'checksum'> = { ...rest, version: 2 };
  return { ...body, checksum: checksumOf(body) };
}
