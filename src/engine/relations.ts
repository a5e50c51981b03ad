// Ties, postures, expectations and the small lookups every rule needs.
import { lookup } from './lookup';
import type { ActorId, GameState, Posture, Scenario, SupportLevel, Tie } from './types';

export function pairKey(a: ActorId, b: ActorId): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function tieOf(state: GameState, a: ActorId, b: ActorId): Tie {
  return state.ties[lookup(state.scenario).pair[a]![b]!]?.kind ?? 'none';
}

/** Whether the pair keyed `key` is cooling down after a broken tie: until it ends, neither side may warm up. */
export function cooling(state: GameState, key: string): boolean {
  return (state.ties[key]?.cooldownUntil ?? 0) > state.turn;
}

export const TIE_RANK: Record<Tie, number> = { none: 0, partnership: 1, alliance: 2 };
export const POSTURE_RANK: Record<Posture, number> = { hedge: 0, partner: 1, ally: 2 };
const TIE_BY_RANK: Tie[] = ['none', 'partnership', 'alliance'];
export const POSTURE_BY_RANK: Posture[] = ['hedge', 'partner', 'ally'];

/** The tie two postures agree on: the less committed of the two. */
export function tieFromPostures(p: Posture, q: Posture): Tie {
  return TIE_BY_RANK[Math.min(POSTURE_RANK[p], POSTURE_RANK[q])]!;
}

/** What an actor expects a tied actor to deliver when it calls: full from an ally, diplomatic from a partner,
 *  and from anyone else at least not to take the other side. */
export function expectationOf(tie: Tie): SupportLevel {
  return tie === 'alliance' ? 3 : tie === 'partnership' ? 2 : 1;
}

/** How much a tie commits: the weight of confidence and of entrapment. */
export const COMMITMENT: Record<Tie, number> = { none: 0, partnership: 0.5, alliance: 1 };

/** How much one unmet unit of expectation weighs as grievance: higher standards, sharper disappointment. */
export const GRIEVANCE_WEIGHT: Record<Tie, number> = { none: 0.2, partnership: 0.7, alliance: 1.2 };

/** A tie cannot survive trust below this floor. */
export const TRUST_FLOOR: Record<Tie, number> = { none: 0, partnership: 0.08, alliance: 0.15 };

/** Combined power index of an actor (military counts most in a crisis). */
export function powerOf(state: GameState, id: ActorId): number {
  const p = state.power[id]!;
  return 0.7 * p.military + 0.3 * p.economic;
}

/** How much a clash in a theatre touches an actor: as the scenario says, else 1 for its rivals and 0 for others. */
export function exposureOf(scenario: Scenario, theatreId: string, actor: ActorId): number {
  return lookup(scenario).exposure.get(theatreId)?.[actor] ?? 0;
}

/** Actors tied to `id`, with the kind of tie. */
export function partnersOf(state: GameState, id: ActorId): { id: ActorId; tie: Tie }[] {
  const out: { id: ActorId; tie: Tie }[] = [];
  for (const { other, pair } of lookup(state.scenario).rows[id]!) {
    const tie = state.ties[pair];
    if (tie && tie.kind !== 'none') out.push({ id: other, tie: tie.kind });
  }
  return out;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
