// Trust as a belief (Kydd, Trust and Mistrust in International Relations): A's expectation that B delivers what A
// expects in a crisis, held as a Beta belief — a mean (state.trust) and the evidence it rests on (state.evidence).
// Each crisis is an observation: a delivery counts for, a failure against; a costly delivery counts more. Forgetting
// thins the evidence, so the belief grows vaguer and moves faster on the next deed, but its mean stays where it was.
// Unmet expectations also leave grievances, which fade slowly and can break a tie.
import { COSTLY_SIGNAL, EVIDENCE_KEPT_PER_YEAR, GRIEVANCE_WEIGHT, TRUST_BOUNDS, TRUST_MIN_EVIDENCE, keptPerTurn } from './coefficients';
import { lookup } from './lookup';
import { pairAt } from './pairs';
import { clamp, tieOf, yearsPerTurn } from './relations';
import type { ActorId, GameState, SupportLevel, Tie } from './types';

/** The Beta update of a belief of mean `p` resting on `evidence` observations, after one deed. A delivery at cost
 *  `cost` (0..1) weighs 1 + COSTLY_SIGNAL × cost observations; a failure weighs `weight` (1 for a shortfall). */
export function updateBelief(p: number, evidence: number, met: boolean, cost: number, weight = 1): { trust: number; evidence: number } {
  const w = met ? 1 + COSTLY_SIGNAL * clamp(cost, 0, 1) : weight;
  const n = evidence + w;
  return { trust: clamp((p * evidence + (met ? w : 0)) / n, TRUST_BOUNDS[0], TRUST_BOUNDS[1]), evidence: n };
}

/** The spread (standard deviation) of a Beta belief of mean `p` on `evidence` observations. */
export function beliefSpread(p: number, evidence: number): number {
  return Math.sqrt((p * (1 - p)) / (evidence + 1));
}

/** `observer` learns from `actor`'s deed: `met` or not, at a cost to `actor`, with `weight` observations for a failure. */
export function learn(state: GameState, observer: ActorId, actor: ActorId, met: boolean, cost: number, weight = 1): void {
  const at = pairAt(state.scenario, observer, actor);
  const next = updateBelief(state.trust[at]!, state.evidence[at]!, met, cost, weight);
  state.trust[at] = next.trust;
  state.evidence[at] = next.evidence;
}

/**
 * Whether a deed is evidence of how far the actor would stand by the observer: falling short of what the observer
 * expected is, and so is backing it (diplomatic support or more); neutrality where neutrality was all it expected is
 * not — it is what any power with no tie does, and tells nothing of whether the actor would stand by it.
 */
export function tellsOfReliability(expected: SupportLevel, delivered: SupportLevel): boolean {
  return delivered < expected || delivered >= 2;
}

/**
 * `observer` watches `actor` deliver `delivered` where it expected `expected`, at a cost to `actor`. A deed that tells
 * nothing of its reliability (tellsOfReliability) changes neither trust nor grievance.
 * Updates trust and grievance in place.
 */
export function observe(
  state: GameState,
  observer: ActorId,
  actor: ActorId,
  expected: SupportLevel,
  delivered: SupportLevel,
  cost: number,
): void {
  const met = delivered >= expected;
  if (!tellsOfReliability(expected, delivered)) return;
  learn(state, observer, actor, met, met ? cost : 0);
  if (delivered < expected) state.grievance[pairAt(state.scenario, observer, actor)]! += shortfallGrievance(expected, delivered, tieOf(state, observer, actor));
}

/** The grievance a deed leaves in the one who expected more of it: each level short of `expected` weighs as the tie
 *  the two hold (GRIEVANCE_WEIGHT); a deed that meets it leaves none. */
export function shortfallGrievance(expected: SupportLevel, delivered: SupportLevel, tie: Tie): number {
  return Math.max(0, expected - delivered) * GRIEVANCE_WEIGHT[tie];
}

/** A turn's forgetting: every belief rests on a little less evidence, down to a floor; its mean does not move. */
export function forget(state: GameState, kept = keptPerTurn(EVIDENCE_KEPT_PER_YEAR, yearsPerTurn(state.scenario))): void {
  const { evidence } = state;
  const n = lookup(state.scenario).ids.length;
  // Every pair of two actors, in the order of the actors (an actor's pair with itself holds nothing).
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) evidence[i * n + j] = Math.max(TRUST_MIN_EVIDENCE, evidence[i * n + j]! * kept);
}
