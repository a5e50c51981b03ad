// The two fears of alliance politics, read off the state for one of an actor's relationships.
// Computed on demand, never stored.
import { RELIABLE_TYPE, RIVALRY_SEVERITY } from './coefficients';
import { boldness, escalationChance, expectedBackingCharge, makeCalls } from './crisis';
import { lookup } from './lookup';
import { trustIn } from './pairs';
import { clamp, pairKey, tieFromPostures, tieOf } from './relations';
import { tieRecord } from './ties';
import { drawnAway, temptedToStandAside } from './judgement';
import { backingOf, owed } from './treaty';
import type { ActorId, CrisisInstance, GameState, Posture, SupportLevel } from './types';

export interface Gauges {
  /** Chance that `other` stands aside (neutrality or worse) in `actor`'s next crisis, as `actor` judges it; 1 when its
   *  terms owe `actor` nothing there (`owes` false): then it cannot be counted on at all. */
  abandonment: number;
  /** Whether `other`'s terms owe `actor` backing (words or more) in any rivalry `actor` is in. */
  owes: boolean;
  /** Whether `actor` is in any rivalry at all against someone other than `other`: without one, nothing could be owed. */
  rivalled: boolean;
  /** Chance over the next turn that `other`'s conflicts drag `actor` into a clash. */
  entrapment: number;
  /** What such a clash would cost `actor`, on the 0..100 metric scale (security + economy). */
  entrapmentCost: number;
}

function hypothetical(state: GameState, theatre: string, initiator: ActorId, target: ActorId): CrisisInstance {
  const severity = RIVALRY_SEVERITY.base + RIVALRY_SEVERITY.perTension * state.tension[theatre]!;
  return { id: 'gauge', event: null, theatre, initiator, target, severity, calls: makeCalls(state, 'gauge', theatre, initiator, target) };
}

export function gauges(state: GameState, actor: ActorId, other: ActorId): Gauges {
  const trust = trustIn(state, actor, other);

  // Abandonment: where `actor` may be in a crisis and `other` owes it backing, the chance that `other` stands aside,
  // weighted by how tense each rivalry is. Unless it is the kind that honours whatever the price (as far as `actor`
  // trusts it to be), it stands aside when what backing would cost it outweighs what failing would put at stake for
  // it (temptedToStandAside); and, tied to the other side too, it may be drawn to that side (drawnAway). No tie owes
  // nothing: sure to fail.
  let sum = 0;
  let weight = 0;
  let plain = 0;
  let owedIn = 0;
  let owesAnything = false;
  let rivalled = false;
  for (const r of lookup(state.scenario).rivalries) {
    if (r.challenger === other || r.defender === other) continue;
    if (r.defender !== actor && r.challenger !== actor) continue;
    rivalled = true;
    const opponent = r.defender === actor ? r.challenger : r.defender;
    const expected = owed(state, other, actor, r.challenger === actor, opponent);
    if (expected < 2) continue;
    owesAnything = true;
    const crisis = hypothetical(state, r.theatre, r.challenger, r.defender);
    const call = { id: 'gauge-call', caller: actor, callee: other, expected };
    const stays = (1 - (1 - RELIABLE_TYPE * trust) * temptedToStandAside(state, other, crisis, call)) * (1 - drawnAway(state, other, crisis, call));
    const w = state.tension[r.theatre]!;
    sum += w * (1 - stays);
    weight += w;
    plain += 1 - stays;
    owedIn++;
  }
  // With every such rivalry quiet, each counts the same.
  const abandonment = !owesAnything ? 1 : clamp(weight > 0 ? sum / weight : plain / owedIn, 0, 1);

  // Entrapment: every crisis `other` may start or suffer, times the chance it escalates, times how far the terms bind `actor`.
  let pNone = 1;
  let cost = 0;
  for (const r of lookup(state.scenario).rivalries) {
    if (r.challenger !== other && r.defender !== other) continue;
    if (r.challenger === actor || r.defender === actor) continue;
    const opponent = r.challenger === other ? r.defender : r.challenger;
    const bound = backingOf(owed(state, actor, other, r.challenger === other, opponent));
    if (bound === 0) continue;
    const crisis = hypothetical(state, r.theatre, r.challenger, r.defender);
    const answers = new Map<string, SupportLevel>(crisis.calls.map((c) => [c.id, c.expected]));
    const p = boldness(state, r.challenger, r.defender, r.theatre) * escalationChance(state, crisis, answers) * bound;
    pNone *= 1 - p;
    // What full backing would cost it in that clash, as the clash charges it.
    cost = Math.max(cost, expectedBackingCharge(state, crisis, actor, other, 3, answers));
  }
  return { abandonment, owes: owesAnything, rivalled, entrapment: 1 - pNone, entrapmentCost: cost };
}

/** The state as `actor`'s chosen `postures` would leave its ties, the others' postures as they stand: each tie the
 *  two postures agree on, under the treaty the pair would sign. What a choice of postures does, before it is made. */
export function withPostures(state: GameState, actor: ActorId, postures: Readonly<Record<ActorId, Posture>>): GameState {
  let ties: GameState['ties'] | null = null;
  for (const other in postures) {
    const kind = tieFromPostures(postures[other]!, state.postures[other]![actor]!);
    if (kind === tieOf(state, actor, other)) continue;
    ties ??= { ...state.ties };
    const key = pairKey(actor, other);
    if (kind === 'none') delete ties[key];
    else ties[key] = tieRecord(state, actor, other, kind, state.turn);
  }
  return ties ? { ...state, ties } : state;
}

/** The gauges as they would be with `actor` at `posture` toward `other` (withPostures). */
export function gaugesIf(state: GameState, actor: ActorId, other: ActorId, posture: Posture): Gauges {
  return gauges(withPostures(state, actor, { [other]: posture }), actor, other);
}

/** The gauges of an offer: as they would be if `other` answered `actor`'s `posture` with the same (an offer the other
 *  has not matched forms no tie by itself, so gaugesIf would show the tie as it is). */
export function gaugesIfAgreed(state: GameState, actor: ActorId, other: ActorId, posture: Posture): Gauges {
  const agreed = { ...state, postures: { ...state.postures, [other]: { ...state.postures[other]!, [actor]: posture } } };
  return gaugesIf(agreed, actor, other, posture);
}
