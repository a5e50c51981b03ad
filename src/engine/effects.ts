// Effects of a choice on an event, applied through the same rules as everything else.
import { lookup } from './lookup';
import { clamp } from './relations';
import { expectedOfTie } from './treaty';
import { observe } from './trust';
import type { ActorId, EventDef, GameState, SupportLevel } from './types';

/** Metric effects grow with the tension of the event's theatre: the same step matters more in a hot theatre. */
export function effectScale(state: GameState, event: EventDef): number {
  return event.theatre ? 0.5 + state.tension[event.theatre]! : 1;
}

/**
 * What `to` expects of the decider on `event`: what their tie (`tieExpects`, from expectedOfTie) leads it to expect,
 * but no more than the most any of the event's choices gives it — no one is faulted for withholding what the event
 * did not offer (declining to mediate for an enemy is the most an event may let a power do for its ally).
 */
export function expectedOnEvent(event: EventDef, to: ActorId, tieExpects: SupportLevel): SupportLevel {
  let most = 0;
  for (const choice of event.choices ?? []) for (const fx of choice.effects) if (fx.kind === 'support' && fx.to === to) most = Math.max(most, fx.level);
  return Math.min(tieExpects, most) as SupportLevel;
}

/** `tiesWhenDecided`: the ties as they stood when the choice was made, at the turn's start — a gesture is judged by
 *  the tie in force then, as a call's answer is by the expectation the call carried (crisesCalled), not by a tie
 *  the same turn's postures form or break. */
export function applyChoice(state: GameState, event: EventDef, choiceId: string, decider: ActorId, tiesWhenDecided: GameState['ties'] = state.ties): void {
  const choice = event.choices!.find((c) => c.id === choiceId)!;
  const scale = effectScale(state, event);
  for (const fx of choice.effects) {
    switch (fx.kind) {
      case 'metric': {
        const m = state.metrics[fx.actor]!;
        m[fx.metric] = clamp(m[fx.metric] + fx.amount * scale, 0, 100);
        break;
      }
      case 'tension':
        state.tension[fx.theatre] = clamp(state.tension[fx.theatre]! + fx.amount, 0, 1);
        break;
      case 'power': {
        // A new record, never a change in place: states share power records (see cloneState).
        const p = state.power[fx.actor]!;
        state.power[fx.actor] = { military: Math.max(0, p.military + (fx.military ?? 0)), economic: Math.max(0, p.economic + (fx.economic ?? 0)) };
        break;
      }
      case 'support':
        observe(state, fx.to, decider, expectedOnEvent(event, fx.to, expectedOfTie(tiesWhenDecided[lookup(state.scenario).pair[fx.to]![decider]!])), fx.level, fx.cost);
        break;
      case 'crisis':
        state.queued.push({ theatre: fx.theatre, initiator: fx.initiator, target: fx.target, severity: fx.severity, event: event.id });
        break;
    }
  }
}
