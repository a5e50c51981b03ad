// The fingerprint of a game state: the scenario stands in by its content hash.
import { hashValue } from './hash';
import { byActors } from './pairs';
import type { Ending, GameState } from './types';

/** An ending as the state hash covers it (see endingAsHashed). */
export interface HashedEnding {
  reason: Ending['reason'];
  turn: number;
  detail: string;
}

/**
 * An ending in the form every state hash has covered since the first version of the rules: its reason, its turn, and
 * the account the engine once wrote of it, naming actors by id. Saves and result files record the hash of finished
 * games, so the hash keeps that form: a state keeps only the codes, and these words are never shown.
 */
export function endingAsHashed(ending: Ending): HashedEnding {
  const { reason, turn } = ending;
  if (reason === 'war') return { reason, turn, detail: `${ending.initiator} and ${ending.target} went to war` };
  if (reason === 'collapse') return { reason, turn, detail: `${ending.actor} collapsed` };
  return { reason, turn, detail: ending.lessonTurns === undefined ? 'the scenario reached its last turn' : `the lesson's ${ending.lessonTurns} turns were played` };
}

export function stateHash(state: GameState): string {
  const { scenario, ending, trust, evidence, grievance, ...rest } = state;
  // The figures of pairs as every hash has covered them: by actor ids, row by row.
  const pairs = { trust: byActors(scenario, trust), evidence: byActors(scenario, evidence), grievance: byActors(scenario, grievance) };
  return hashValue({ scenario: scenario.hash, ending: ending && endingAsHashed(ending), ...rest, ...pairs });
}
