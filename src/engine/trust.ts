// Trust as a belief (Kydd): A's probability that B is the kind of partner that delivers what A expects.
// It moves by Bayes' rule on what B actually does; a costly delivery is stronger evidence than a cheap one.
// Unmet expectations also leave grievances, which decay slowly and can break a tie.
import { lookup } from './lookup';
import { GRIEVANCE_WEIGHT, clamp, tieOf } from './relations';
import type { ActorId, GameState, SupportLevel } from './types';

/** P(delivers what is expected | reliable type). */
export const P_MEET_RELIABLE = 0.75;
/** P(delivers what is expected | unreliable type), when delivering costs nothing. */
export const P_MEET_UNRELIABLE = 0.6;
/** Grievance kept from one turn to the next. */
export const GRIEVANCE_DECAY = 0.85;
/** Share of the gap to the baseline that trust closes in a quiet turn. */
export const TRUST_DRIFT = 0.05;

/** Bayes update of p after observing the other side meet (or fail) an expectation, at cost c in [0,1]. */
export function bayesTrust(p: number, met: boolean, cost: number): number {
  const c = clamp(cost, 0, 0.95);
  const likeR = met ? P_MEET_RELIABLE : 1 - P_MEET_RELIABLE;
  const likeU = met ? P_MEET_UNRELIABLE * (1 - c) : 1 - P_MEET_UNRELIABLE * (1 - c);
  const num = p * likeR;
  const posterior = num / (num + (1 - p) * likeU);
  return clamp(posterior, 0.001, 0.999);
}

/**
 * `observer` watches `actor` deliver `delivered` where it expected `expected`, at a cost to `actor`.
 * Updates trust and grievance in place, and marks the pair as observed this turn (no drift).
 */
export function observe(
  state: GameState,
  observed: Set<string>,
  observer: ActorId,
  actor: ActorId,
  expected: SupportLevel,
  delivered: SupportLevel,
  cost: number,
): void {
  const met = delivered >= expected;
  const row = state.trust[observer]!;
  row[actor] = bayesTrust(row[actor]!, met, met ? cost : 0);
  const shortfall = Math.max(0, expected - delivered);
  if (shortfall > 0) {
    const g = state.grievance[observer]!;
    g[actor] = g[actor]! + shortfall * GRIEVANCE_WEIGHT[tieOf(state, observer, actor)];
  }
  observed.add(lookup(state.scenario).directed[observer]![actor]!);
}
