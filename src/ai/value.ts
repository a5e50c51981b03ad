// What a state is worth to one actor, in score points and broken into parts so that a choice can be explained.
// The score (its metrics weighted by its interests) comes first; its persona adds what the next turn or two
// cannot show: a reliable actor values the trust of those whose backing matters to it, grievances against it
// threaten its ties, and a hedger prefers commitments it can walk away from.
import { TIE_RANK, lookup, obligationLoad, powerOf, tieOf, METRICS, trustIn, type ActorId, type GameState } from '../engine';

export const PARTS = [...METRICS, 'standing', 'grievance', 'commitment', 'future'] as const;
export type Part = (typeof PARTS)[number];
export type ValueParts = Record<Part, number>;

/** What the persona adds to the score, in score points. */
export const PERSONA_WEIGHTS = {
  /** Score points for the whole of the standing a reliable actor has with those whose backing matters to it. */
  standing: 24,
  /** Score points for a grievance at the breaking threshold held by a partner that matters fully. */
  grievance: 6,
  /** Score points the keenest hedger gives for each unit of the obligations it expects its ties to call on a year
   *  (obligationLoad): options it gives up. */
  commitment: 4,
} as const;

/** How one actor values states during one decision: weights are read once from the state it decides in. */
export interface Valuer {
  actor: ActorId;
  /** Share of the score each metric carries (the interests, normalised). */
  share: Record<(typeof METRICS)[number], number>;
  /** The actor's index (Lookup.index). */
  at: number;
  /** How much each other actor's goodwill matters, by its index (the actor's own 0): the backing it can give,
   *  discounted by how far it is trusted. */
  regard: number[];
  reliability: number;
  hedging: number;
  limit: number;
}

/** How much `other`'s goodwill matters to `actor`: the backing it could give (its power against the actor's, and the
 *  tie), counted as far as the actor believes it would come (trust), and discounted again by trust for the chance
 *  that the tie does not last until it is needed — so a distrusted partner's goodwill is worth little. */
export function regardOf(state: GameState, actor: ActorId, other: ActorId): number {
  const p = powerOf(state, other);
  const share = p / (p + powerOf(state, actor) + 1e-9);
  const t = trustIn(state, actor, other);
  return t * t * (0.2 + TIE_RANK[tieOf(state, actor, other)] / 2) * share;
}

export function valuer(state: GameState, actor: ActorId): Valuer {
  const def = lookup(state.scenario).actor.get(actor)!;
  const total = METRICS.reduce((n, m) => n + def.interests[m], 0) || 1;
  // A literal: the look-ahead makes a valuer for every decision it weighs, and one built from a list of entries costs
  // many times more.
  const { security, economy, influence, autonomy, stability } = def.interests;
  const share = { security: security / total, economy: economy / total, influence: influence / total, autonomy: autonomy / total, stability: stability / total };
  const { ids, index } = lookup(state.scenario);
  const at = index[actor]!;
  const regard = new Array<number>(ids.length).fill(0);
  let sum = 0;
  ids.forEach((other, j) => {
    if (j === at) return;
    regard[j] = regardOf(state, actor, other);
    sum += regard[j]!;
  });
  // Regard is shared out: an actor with many partners weighs each one's goodwill less.
  if (sum > 1) for (let j = 0; j < ids.length; j++) if (j !== at) regard[j]! /= sum;
  return { actor, at, share, regard, reliability: def.persona.reliability, hedging: def.persona.hedging, limit: state.scenario.rules.breakThreshold };
}

export function valueParts(v: Valuer, s: GameState): ValueParts {
  const m = s.metrics[v.actor]!;
  let standing = 0;
  let grievance = 0;
  let commitment = 0;
  // Each other actor's trust in the actor and grievance against it: the actor's column of the tables.
  const n = v.regard.length;
  for (let j = 0; j < n; j++) {
    if (j === v.at) continue;
    const r = v.regard[j]!;
    standing += r * s.trust[j * n + v.at]!;
    grievance += r * Math.min(1, s.grievance[j * n + v.at]! / v.limit);
  }
  commitment = obligationLoad(s, v.actor);
  return {
    security: m.security * v.share.security,
    economy: m.economy * v.share.economy,
    influence: m.influence * v.share.influence,
    autonomy: m.autonomy * v.share.autonomy,
    stability: m.stability * v.share.stability,
    standing: PERSONA_WEIGHTS.standing * v.reliability * standing,
    grievance: -PERSONA_WEIGHTS.grievance * grievance,
    commitment: -PERSONA_WEIGHTS.commitment * v.hedging * commitment,
    // What a posture's tie will bring in the crises to come is added by the look-ahead, which knows the option.
    future: 0,
  };
}

export function totalOf(p: ValueParts): number {
  let sum = 0;
  for (const k of PARTS) sum += p[k];
  return sum;
}

export function zeroParts(): ValueParts {
  // A literal, in the order of PARTS: the look-ahead makes one for every option it weighs, and one built from the
  // list costs many times more.
  return { security: 0, economy: 0, influence: 0, autonomy: 0, stability: 0, standing: 0, grievance: 0, commitment: 0, future: 0 };
}

/** Add `p` scaled by `k` into `into`. */
export function addParts(into: ValueParts, p: ValueParts, k = 1): ValueParts {
  for (const key of PARTS) into[key] += k * p[key];
  return into;
}
