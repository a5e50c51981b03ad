// The policies that decide for actors, by name: rules of thumb (persona.ts) and the look-ahead (lookahead.ts).
import type { ActorDecision, ActorId, Decisions, GameState, Rng } from '../engine';
import { lookaheadDecision } from './lookahead';
import { RULE_POLICIES, ruleDecision } from './persona';

export { answerCall, choiceValue } from './persona';

export const POLICIES = [...RULE_POLICIES, 'lookahead'] as const;
export type PolicyName = (typeof POLICIES)[number];
/** The fixed rules of thumb a side can be played by, to see how far its choices move its score. */
export const SIMPLE_POLICIES = ['all-ally', 'all-partner', 'all-hedge', 'historical'] as const satisfies readonly PolicyName[];

export function isPolicy(name: string): name is PolicyName {
  return (POLICIES as readonly string[]).includes(name);
}

export function decide(state: GameState, actor: ActorId, policy: PolicyName, rng: Rng): ActorDecision {
  return policy === 'lookahead' ? lookaheadDecision(state, actor, rng) : ruleDecision(state, actor, policy, rng);
}

/** Decisions for every actor, each from its own policy. */
export function decideAll(state: GameState, policyOf: (actor: ActorId) => PolicyName, rng: Rng): Decisions {
  const out: Decisions = {};
  for (const a of state.scenario.actors) out[a.id] = decide(state, a.id, policyOf(a.id), rng);
  return out;
}
