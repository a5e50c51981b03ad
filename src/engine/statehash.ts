// The fingerprint of a game state: the scenario stands in by its content hash.
import { hashValue } from './hash';
import type { GameState } from './types';

export function stateHash(state: GameState): string {
  const { scenario, ...rest } = state;
  return hashValue({ scenario: scenario.hash, ...rest });
}
