// An actor's score: its metrics weighted by what it cares about, on a 0..100 scale.
import { SECURITY_SALIENCE } from './coefficients';
import { lookup } from './lookup';
import { threatTo } from './crisis';
import { METRICS, type ActorId, type GameState, type Metrics } from './types';

export function scoreOf(metrics: Metrics, interests: Metrics): number {
  let sum = 0;
  let weights = 0;
  for (const m of METRICS) {
    sum += metrics[m] * interests[m];
    weights += interests[m];
  }
  return weights > 0 ? sum / weights : 0;
}

/** The interest weights an actor judges by now: its own, with security raised by the threat it faces. */
export function interestsNow(state: GameState, actor: ActorId): Metrics {
  const own = lookup(state.scenario).actor.get(actor)!.interests;
  return { ...own, security: securityInterest(own, threatTo(state, actor)) };
}

/** The weight interestsNow gives security: the actor's own, raised by the threat it faces. */
export const securityInterest = (own: Metrics, threat: number): number => own.security * (1 + SECURITY_SALIENCE * threat);

export function score(state: GameState, actor: ActorId): number {
  return scoreOf(state.metrics[actor]!, interestsNow(state, actor));
}
