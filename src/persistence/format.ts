// What a save file holds. A save keeps only what is needed to rebuild a game by replay — never the state
// itself — plus the hash the replay must reach, so a save cannot drift from the rules that produced it.
import { hashValue, type ActorId, type Decisions, type GameRules } from '../engine';

export const SAVE_FORMAT = 'bowstring-save';
/** The version this game writes. Older versions are upgraded on reading (see upgrade.ts); newer ones are refused. */
export const SAVE_VERSION = 3;

/** A rewind: the turn the game stood at, and the turn it went back to (the same one, or earlier). */
export interface Rewind {
  from: number;
  to: number;
}

/**
 * Version 3, the current format: version 2 with `rewinds`, every rewind of the game in the order made, so that going
 * back to replay a turn leaves a trace (a result file carries it to the teacher). A version-2 save knew of none.
 */
export interface SaveV3 extends Omit<SaveV2, 'version'> {
  version: 3;
  rewinds: Rewind[];
}

export type Save = SaveV3;

/**
 * Version 2.
 * - `rulesVersion` is the version of the game's rules the game was played under: when the replay misses the hash,
 *   it tells a save from before a change of rules from an altered one.
 * - `rules` are the lesson's rules the game was started with, as the state keeps them (`state.rules`): a shorter
 *   game and a temperament, each present only when it changes the scenario's game; `{}` for a plain game.
 * - `decisions[i]` is everything every actor decided on turn i+1 (people and AI alike), so replay needs no AI.
 * - `stateHash` is `stateHash()` of the game after replaying every entry of `decisions`.
 * - `checksum` is `hashValue()` of every other field: it catches damage that replay cannot see
 *   (a changed player list or date), while the state hash catches decisions that do not lead where the save says.
 */
export interface SaveV2 {
  format: typeof SAVE_FORMAT;
  version: 2;
  scenarioId: string;
  /** Content hash of the scenario the game was played on (`scenario.hash`). */
  scenarioHash: string;
  seed: string;
  rules: GameRules;
  /** The version of the game's rules the decisions were made under (`RULES_VERSION`). */
  rulesVersion: number;
  /** The sides played by people, in the order they decide (two for hot-seat). */
  players: ActorId[];
  decisions: Decisions[];
  stateHash: string;
  /** ISO 8601 time of writing. */
  savedAt: string;
  checksum: string;
}

/** Version 1: version 2 without `rules`, from before a lesson could change the game; it upgrades to no rules. */
export interface SaveV1 extends Omit<SaveV2, 'version' | 'rules' | 'rulesVersion'> {
  version: 1;
}

/** The checksum of a save: the hash of every field but the checksum itself, independent of layout and key order. */
export function checksumOf(save: (Omit<SaveV3, 'checksum'> | Omit<SaveV2, 'checksum'> | Omit<SaveV1, 'checksum'>) & { checksum?: string }): string {
  const { checksum: _ignored, ...rest } = save;
  return hashValue(rest);
}


/**
 * Version 0, the prototype's format, kept so that the upgrade path is real and tested:
 * `{ format: 'bowstring-save', version: 0, scenario: { id, hash }, seed, side: 'RUS' | 'CHN' | 'hot-seat',
 *    log: Decisions[], hash, time }`, where `side: 'hot-seat'` meant Russia then China, `log` is the decision log,
 * `hash` the final state hash and `time` the writing time in milliseconds since 1970. It had no checksum.
 */
export interface SaveV0 {
  format: typeof SAVE_FORMAT;
  version: 0;
  scenario: { id: string; hash: string };
  seed: string;
  side: 'RUS' | 'CHN' | 'hot-seat';
  log: Decisions[];
  hash: string;
  time: number;
}

export type SaveProblemCode =
  | 'empty'
  | 'truncated'
  | 'not-json'
  | 'not-a-save'
  | 'unknown-version'
  | 'newer-version'
  | 'bad-field'
  | 'checksum'
  | 'unknown-scenario'
  | 'scenario-changed'
  | 'bad-players'
  | 'bad-rules'
  | 'newer-rules'
  | 'other-rules'
  | 'rules-contradicted'
  | 'illegal-decisions'
  | 'too-many-decisions'
  | 'hash-mismatch'
  | 'internal';

/** Why a save was refused: a full sentence for the player, and where in the file when it is one field. */
export interface SaveProblem {
  code: SaveProblemCode;
  message: string;
  /** e.g. `decisions[3].RUS.answers` — empty for the save as a whole. */
  path: string;
}

export const problem = (code: SaveProblemCode, message: string, path = ''): SaveProblem => ({ code, message, path });

/** All the reasons in one paragraph, for a dialog. */
export function describeProblems(problems: readonly SaveProblem[]): string {
  return problems.map((p) => p.message).join(' ');
}
