// The two fears of alliance politics, read off the state for one of an actor's relationships.
// Computed on demand, never stored.
import { boldness, escalationChance, makeCalls, supportCost } from './crisis';
import { COMMITMENT, clamp, exposureOf, tieOf } from './relations';
import type { ActorId, CrisisInstance, GameState, SupportLevel } from './types';

export interface Gauges {
  /** Chance that `other` fails `actor` (neutral or worse) in `actor`'s next crisis. */
  abandonment: number;
  /** Chance over the next turn that `other`'s conflicts drag `actor` into a clash. */
  entrapment: number;
  /** What such a clash would cost `actor`, on the 0..100 metric scale (security + economy). */
  entrapmentCost: number;
}

function hypothetical(state: GameState, theatre: string, initiator: ActorId, target: ActorId): CrisisInstance {
  const severity = 0.3 + 0.4 * state.tension[theatre]!;
  return { id: 'gauge', event: null, theatre, initiator, target, severity, calls: makeCalls(state, 'gauge', theatre, initiator, target) };
}

export function gauges(state: GameState, actor: ActorId, other: ActorId): Gauges {
  const tie = tieOf(state, actor, other);
  const trust = state.trust[actor]![other]!;

  // Abandonment: the less `actor` trusts `other`, and the less `other` has at stake where `actor` is threatened, the likelier.
  let stake = 0;
  let weight = 0;
  for (const theatre of state.scenario.theatres) {
    for (const r of theatre.rivals) {
      if (r.challenger === other || r.defender === other) continue;
      if (r.defender !== actor && r.challenger !== actor) continue;
      const w = state.tension[theatre.id]!;
      stake += w * exposureOf(state.scenario, theatre.id, other);
      weight += w;
    }
  }
  const divergence = weight > 0 ? 1 - stake / weight : 0.5;
  const abandonment = tie === 'none' ? 1 : clamp((1 - trust) * (0.5 + 0.5 * divergence), 0, 1);

  // Entrapment: every crisis `other` may start or suffer, times the chance it escalates, times how bound `actor` is.
  let pNone = 1;
  let cost = 0;
  for (const theatre of state.scenario.theatres) {
    for (const r of theatre.rivals) {
      if (r.challenger !== other && r.defender !== other) continue;
      if (r.challenger === actor || r.defender === actor) continue;
      const crisis = hypothetical(state, theatre.id, r.challenger, r.defender);
      const answers = new Map<string, SupportLevel>(crisis.calls.map((c) => [c.id, c.expected]));
      const p = boldness(state, r.challenger, r.defender, theatre.id) * escalationChance(state, crisis, answers) * COMMITMENT[tie];
      pNone *= 1 - p;
      cost = Math.max(cost, supportCost(state, crisis, actor, 3) * 10);
    }
  }
  return { abandonment, entrapment: 1 - pNone, entrapmentCost: tie === 'none' ? 0 : cost };
}
