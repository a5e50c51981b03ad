// A teacher's event: one of the scenario's deck events put on the turn being decided, as if the deck had dealt it.
import { dealEvent, sameCrisisIn } from './deal';
import { lookup } from './lookup';
import { cloneState } from './state';
import { err, ok, type Ending, type GameState, type Result } from './types';

/** Why an event cannot be put on the turn, in codes and the ids it concerns. */
export type InjectError =
  | { code: 'game-over'; ending: Ending }
  | { code: 'unknown-event'; event: string }
  /** The event is on this turn's agenda already. */
  | { code: 'on-agenda'; event: string }
  /** The event was dealt on an earlier turn and is dealt at most once. */
  | { code: 'dealt-once'; event: string }
  /** The crisis it opens (its challenger, target and theatre) is on this turn's agenda already, as `crisis`. */
  | { code: 'same-crisis'; event: string; crisis: string }
  /** The event opens no crisis and puts no choice to anyone. */
  | { code: 'nothing-to-decide'; event: string };

/**
 * The state with the scenario's event `eventId` on the turn it awaits: a crisis event opens as one of this turn's
 * crises with its calls, counted as started; an event with choices puts them to its decider. The event counts as
 * dealt, so a once-only event is not dealt again. Its turns and conditions are not asked: the teacher chooses. Only
 * before anyone decides the turn, since the decisions are judged against the agenda. The given state is never changed.
 */
export function injectEvent(state: GameState, eventId: string): Result<GameState, InjectError> {
  if (state.ending) return err([{ code: 'game-over', ending: state.ending }]);
  const e = lookup(state.scenario).event.get(eventId);
  if (!e) return err([{ code: 'unknown-event', event: eventId }]);
  const { crises, choices } = state.agenda;
  if (crises.some((c) => c.event === e.id) || choices.some((c) => c.event === e.id)) return err([{ code: 'on-agenda', event: e.id }]);
  if ((e.once ?? true) && state.dealt.includes(e.id)) return err([{ code: 'dealt-once', event: e.id }]);
  const isCrisis = e.kind === 'crisis' && e.crisis !== undefined && e.theatre !== undefined;
  if (!isCrisis && !(e.decider && e.choices && e.choices.length > 0)) return err([{ code: 'nothing-to-decide', event: e.id }]);
  const same = isCrisis ? sameCrisisIn(crises, e.theatre!, e.crisis!.initiator, e.crisis!.target) : undefined;
  if (same) return err([{ code: 'same-crisis', event: e.id, crisis: same.id }]);

  const s = cloneState(state);
  s.agenda = { crises: [...crises], choices: [...choices] };
  dealEvent(s, s.agenda, e);
  return ok(s);
}
