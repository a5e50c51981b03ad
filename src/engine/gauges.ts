// The two fears of alliance politics, read off the state for one of an actor's relationships.
// Computed on demand, never stored.
import { RELIABLE_TYPE, RIVALRY_SEVERITY } from './coefficients';
import { boldness, commonCause, escalationChance, expectedBackingCharge, makeCalls } from './crisis';
import { lookup } from './lookup';
import { trustIn } from './pairs';
import { clamp, pairKey, tieFromPostures, tieOf } from './relations';
import { tieRecord } from './ties';
import { drawnAway, temptedToStandAside } from './judgement';
import { crisisEventsAhead } from './deal';
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
  /** Chance over the next turn that `other`'s conflicts drag `actor` into a clash its terms bind it to: crises growing
   *  out of `other`'s rivalries and the scenario's crisis events that may be dealt next. */
  entrapment: number;
  /** What such a clash would cost `actor`, on the 0..100 metric scale (security + economy). */
  entrapmentCost: number;
}

function hypothetical(state: GameState, theatre: string, initiator: ActorId, target: ActorId, severity = RIVALRY_SEVERITY.base + RIVALRY_SEVERITY.perTension * state.tension[theatre]!): CrisisInstance {
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

  // Entrapment: every crisis `other` may start or suffer next turn, out of its rivalries or the scenario's deck, where
  // its terms bind `actor` to back it (words or more) against someone not its own rival: the chance it comes, times
  // the chance it escalates. The cost is what backing at the level owed would charge `actor` in the dearest of them.
  // The chance a crisis comes is read only for those that pass (a rivalry's boldness is dear).
  let pNone = 1;
  let cost = 0;
  const drawIn = (theatre: string, challenger: ActorId, defender: ActorId, chance: () => number, severity?: number) => {
    if (challenger !== other && defender !== other) return;
    if (challenger === actor || defender === actor) return;
    const opponent = challenger === other ? defender : challenger;
    const bound = owed(state, actor, other, challenger === other, opponent);
    if (backingOf(bound) === 0) return;
    const crisis = hypothetical(state, theatre, challenger, defender, severity);
    // Against its own rival it would defend itself: not someone else's conflict.
    if (commonCause(state, crisis, actor, other)) return;
    const answers = new Map<string, SupportLevel>(crisis.calls.map((c) => [c.id, c.expected]));
    pNone *= 1 - chance() * escalationChance(state, crisis, answers);
    cost = Math.max(cost, expectedBackingCharge(state, crisis, actor, other, bound, answers));
  };
  for (const r of lookup(state.scenario).rivalries) drawIn(r.theatre, r.challenger, r.defender, () => boldness(state, r.challenger, r.defender, r.theatre));
  for (const { event, chance } of crisisEventsAhead(state)) drawIn(event.theatre!, event.crisis!.initiator, event.crisis!.target, () => chance, event.crisis!.severity);
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
