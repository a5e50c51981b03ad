// Effects of a choice on an event, applied through the same rules as everything else.
import { lookup } from './lookup';
import { clamp } from './relations';
import { expectedOfTie } from './treaty';
import { grievanceAhead } from './ties';
import { observe, shortfallGrievance } from './trust';
import type { ActorId, ChoiceDef, EventDef, GameState, Posture, SupportLevel } from './types';

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

/** What `to` expects of `decider` on `event`, by the tie the two held when the choice was made (`tiesWhenDecided`). */
function expectedOfDecider(state: GameState, event: EventDef, to: ActorId, decider: ActorId, tiesWhenDecided: GameState['ties']): SupportLevel {
  return expectedOnEvent(event, to, expectedOfTie(tiesWhenDecided[lookup(state.scenario).pair[to]![decider]!]));
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
        observe(state, fx.to, decider, expectedOfDecider(state, event, fx.to, decider, tiesWhenDecided), fx.level, fx.cost);
        break;
      case 'crisis':
        state.queued.push({ theatre: fx.theatre, initiator: fx.initiator, target: fx.target, severity: fx.severity, event: event.id });
        break;
    }
  }
}

/** What taking an option leaves of one tie of the decider's at the turn's end (see grievanceAheadAfterOption). */
export interface OptionStrain {
  /** The power the option gives less than it expects. */
  other: ActorId;
  /** The grievance the option's shortfall adds to that of `other` against the decider (as applyChoice adds it). */
  added: number;
  /** The grievances the tie will bear at the turn's end with it (grievanceAhead: `a` the decider's, `b` the other's). */
  ahead: ReturnType<typeof grievanceAhead>;
  /** Whether the tie breaks at the turn's end (breakStrainedTies), and whether it would without the option. */
  breaks: boolean;
  breaksAnyway: boolean;
}

/**
 * The ties of `decider` that `option` of `event` strains: for each power it gives less than that power expects, and
 * that holds a tie with the decider once the turn's postures settle, the grievance the shortfall adds (applyChoice,
 * judged by the ties as they stand, weighed by the tie then held) and the grievances the tie will bear at the turn's
 * end (grievanceAhead, under the postures `decider` chose, `postures`, by power). Nothing else this turn is counted:
 * other events, answers to calls, the others' postures as they may change.
 */
export function grievanceAheadAfterOption(state: GameState, decider: ActorId, event: EventDef, option: ChoiceDef, postures: Partial<Record<ActorId, Posture>> = {}): OptionStrain[] {
  const added = new Map<ActorId, number>();
  for (const fx of option.effects) {
    if (fx.kind !== 'support' || fx.to === decider) continue;
    const tie = grievanceAhead(state, decider, fx.to, { a: postures[fx.to] }).tie;
    const expected = expectedOfDecider(state, event, fx.to, decider, state.ties);
    if (tie === 'none' || fx.level >= expected) continue;
    added.set(fx.to, (added.get(fx.to) ?? 0) + shortfallGrievance(expected, fx.level, tie));
  }
  return [...added].map(([other, grievance]) => {
    const chosen = { a: postures[other] };
    const ahead = grievanceAhead(state, decider, other, chosen, { b: grievance });
    const before = grievanceAhead(state, decider, other, chosen);
    const past = (g: typeof ahead) => Math.max(g.a, g.b) > g.limit;
    return { other, added: grievance, ahead, breaks: past(ahead), breaksAnyway: past(before) };
  });
}
