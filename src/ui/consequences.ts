// What a player should expect from an option, in words: the event's effects as the scenario states them, and for an
// answer to a call the engine's own figures — what the caller expects, the chance the clash escalates, what backing costs.
import {
  escalationChance,
  expectationOf,
  lookup,
  supportCost,
  tieOf,
  type ActorId,
  type ChoiceDef,
  type CrisisInstance,
  type Effect,
  type GameState,
  type SupportLevel,
} from '../engine';
import { pct, signed } from './dom';
import { METRIC_WORD, SUPPORT_WORD, TIE_WORD, nameOf, theatreName } from './words';

const possessive = (name: string) => (name === 'you' ? 'your' : name.endsWith('s') ? `${name}’` : `${name}’s`);

/** One effect of an event's option, as a phrase. */
export function describeEffect(state: GameState, side: ActorId, fx: Effect): string {
  const { scenario } = state;
  const who = (id: ActorId) => (id === side ? 'you' : nameOf(scenario, id));
  switch (fx.kind) {
    case 'metric':
      return `${possessive(who(fx.actor))} ${METRIC_WORD[fx.metric]} ${signed(fx.amount)}`;
    case 'tension':
      return `tension in ${theatreName(scenario, fx.theatre)} ${signed(fx.amount * 100, 0)} points`;
    case 'power': {
      const parts = [fx.military ? `military power ${signed(fx.military)}` : '', fx.economic ? `economic power ${signed(fx.economic)}` : ''].filter(Boolean);
      return `${possessive(who(fx.actor))} ${parts.join(' and ')}`;
    }
    case 'support': {
      const expected = expectationOf(tieOf(state, fx.to, side));
      const verdict = fx.level >= expected ? 'which meets what it expects' : `short of the ${SUPPORT_WORD[expected]} it expects — its trust in you falls`;
      return `${who(fx.to)} counts this as ${SUPPORT_WORD[fx.level]} from you, ${verdict}`;
    }
    case 'crisis':
      return `a crisis next turn: ${who(fx.initiator)} against ${who(fx.target)} in ${theatreName(scenario, fx.theatre)}`;
  }
}

/** Every effect of an option, in the scenario's order. */
export function optionEffects(state: GameState, side: ActorId, choice: ChoiceDef): string[] {
  return choice.effects.map((fx) => describeEffect(state, side, fx));
}

export interface AnswerOutlook {
  /** What the caller expects of the tie, and the tie. */
  expected: SupportLevel;
  tie: string;
  /** Per level: the chance the clash escalates (others giving what their ties call for) and your cost if it does. */
  levels: { level: SupportLevel; escalation: number; cost: number; meets: boolean }[];
}

/**
 * The engine's figures for each answer `side` could give to `callId` in `crisis`. The other calls are taken as
 * answered with what their ties call for; `side`'s other answers in the same crisis as given so far (else neutral).
 */
export function answerOutlook(state: GameState, side: ActorId, crisis: CrisisInstance, callId: string, mine: Record<string, SupportLevel>): AnswerOutlook {
  const call = crisis.calls.find((c) => c.id === callId)!;
  const levels = ([0, 1, 2, 3] as const).map((level) => {
    const answers = new Map<string, SupportLevel>();
    for (const c of crisis.calls) answers.set(c.id, c.callee === side ? (c.id === callId ? level : (mine[c.id] ?? 1)) : c.expected);
    return { level, escalation: escalationChance(state, crisis, answers), cost: supportCost(state, crisis, side, level, call.caller) * 10, meets: level >= call.expected };
  });
  return { expected: call.expected, tie: TIE_WORD[tieOf(state, side, call.caller)], levels };
}

/** A line for one answer: whether it meets the caller's expectation, and what it risks. */
export function outlookLine(o: AnswerOutlook['levels'][number], callerName: string, expected: SupportLevel): string {
  const meets = o.meets ? `Meets what ${callerName} expects.` : `Falls short of the ${SUPPORT_WORD[expected]} ${callerName} expects: its trust in you falls and it holds a grievance.`;
  const cost = o.cost > 0 ? ` If the clash escalates, it costs you about ${o.cost.toFixed(1)} points.` : ' Costs you nothing if the clash escalates.';
  return `${meets} Chance of escalation: ${pct(o.escalation)}.${cost}`;
}

/** A crisis as a headline: the deck's title, or who presses whom and where. */
export function crisisTitle(state: GameState, crisis: { event: string | null; initiator: ActorId; target: ActorId; theatre: string }): string {
  const { scenario } = state;
  const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
  if (event?.kind === 'crisis') return event.title;
  const plain = `${nameOf(scenario, crisis.initiator)} presses ${nameOf(scenario, crisis.target)} over ${theatreName(scenario, crisis.theatre)}`;
  // A crisis queued by an earlier decision names the event it grew out of.
  return event ? `${plain}, after “${event.title}”` : plain;
}
