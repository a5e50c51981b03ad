// The figures a state keeps for every ordered pair of actors (trust, the evidence it rests on, grievances), in flat
// tables by the actors' places (PairTable), read and written here by actor ids.
import { lookup } from './lookup';
import type { ActorId, GameState, PairTable, Scenario } from './types';

/** The place of the ordered pair (a, b) in a PairTable of the scenario's actors. */
export function pairAt(scenario: Scenario, a: ActorId, b: ActorId): number {
  const L = lookup(scenario);
  return L.index[a]! * L.ids.length + L.index[b]!;
}

/** a's trust in b. */
export const trustIn = (state: GameState, a: ActorId, b: ActorId): number => state.trust[pairAt(state.scenario, a, b)]!;

/** The evidence a's belief in b rests on, in observations. */
export const evidenceOn = (state: GameState, a: ActorId, b: ActorId): number => state.evidence[pairAt(state.scenario, a, b)]!;

/** a's grievance against b. */
export const grievanceAgainst = (state: GameState, a: ActorId, b: ActorId): number => state.grievance[pairAt(state.scenario, a, b)]!;

/** A table's figures by actor ids: table[a][b] for every actor a and every other actor b. */
export function byActors(scenario: Scenario, table: Readonly<PairTable>): Record<ActorId, Record<ActorId, number>> {
  const { ids } = lookup(scenario);
  const n = ids.length;
  const out: Record<ActorId, Record<ActorId, number>> = {};
  for (let i = 0; i < n; i++) {
    const row: Record<ActorId, number> = {};
    for (let j = 0; j < n; j++) if (j !== i) row[ids[j]!] = table[i * n + j]!;
    out[ids[i]!] = row;
  }
  return out;
}
