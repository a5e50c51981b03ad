// Decisions with their explanations: the same decisions `decide` and `decideAll` make with the same generator, each
// item explained by the look-ahead's findings. Decisions already made (by another policy, or by a player) are
// explained the same way, by weighing them afterwards with a generator of their own, so no decision changes.
import { restoreRng, seedRng, type ActorDecision, type ActorId, type Decisions, type GameState, type Rng } from '../engine';
import { explainVerdict, type Explanation, type Voice } from './explain';
import { deliberate, weighDecision } from './lookahead';
import { decide, type PolicyName } from './policies';

export interface Reasoned {
  decision: ActorDecision;
  explanations: Explanation[];
}

/** Why `actor` made `decision` in `state`. Without `rng`, a generator seeded by the game, turn and actor: the same
 *  explanation every time it is asked for. */
export function explainDecision(state: GameState, actor: ActorId, decision: ActorDecision, voice: Voice = {}, rng?: Rng): Explanation[] {
  const r = rng ?? restoreRng(seedRng(`explain:${state.seed}:${state.turn}:${actor}`));
  return weighDecision(state, actor, decision, r).map((v) => explainVerdict(state, actor, v, voice));
}

export function decideWithReasons(state: GameState, actor: ActorId, rng: Rng, policy: PolicyName = 'lookahead', voice: Voice = {}): Reasoned {
  if (policy !== 'lookahead') {
    const decision = decide(state, actor, policy, rng);
    return { decision, explanations: explainDecision(state, actor, decision, voice) };
  }
  const { decision, verdicts } = deliberate(state, actor, rng);
  return { decision, explanations: verdicts.map((v) => explainVerdict(state, actor, v, voice)) };
}

/** What `decideAll` decides with the same generator, and why. */
export function decideAllWithReasons(state: GameState, policyOf: (actor: ActorId) => PolicyName, rng: Rng, voice: Voice = {}): { decisions: Decisions; explanations: Explanation[] } {
  const decisions: Decisions = {};
  const explanations: Explanation[] = [];
  for (const a of state.scenario.actors) {
    const r = decideWithReasons(state, a.id, rng, policyOf(a.id), voice);
    decisions[a.id] = r.decision;
    explanations.push(...r.explanations);
  }
  return { decisions, explanations };
}
