// An actor's score: its metrics weighted by what it cares about, on a 0..100 scale.
import { lookup } from './lookup';
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

export function score(state: GameState, actor: ActorId): number {
  const def = lookup(state.scenario).actor.get(actor)!;
  return scoreOf(state.metrics[actor]!, def.interests);
}
