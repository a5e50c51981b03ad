// What a player should expect from an option, in words: the event's effects as the scenario states them, and for an
// answer to a call the engine's own figures — what the caller expects, the chance the clash escalates, what backing costs.
import { t, tx, listWords } from '../i18n/core';
import {
  lastTurn,
  effectScale,
  escalationChance,
  expectedBackingCharge,
  expectedOf,
  expectedOnEvent,
  tellsOfReliability,
  lookup,
  obligation,
  owed,
  backedAlike,
  seenAnswer,
  sidedAgainst,
  tieOf,
  treatyFor,
  type ActorId,
  type Call,
  type ChoiceDef,
  type CrisisInstance,
  type Effect,
  type EventDef,
  type GameState,
  type SupportLevel,
} from '../engine';
import { pct, signed } from './dom';
import { fixed, isYou, sentences, metricWord, supportWord, nameOf, quoted, theatreName, tieWords, youWord } from './words';

/** One effect of an event's option, as a phrase; a metric's amount as the engine will apply it, times `scale`
 *  (effectScale: the tension of the event's theatre). */
export function describeEffect(state: GameState, side: ActorId, event: EventDef, fx: Effect, scale = 1): string {
  const { scenario } = state;
  const who = (id: ActorId) => (id === side ? youWord() : nameOf(scenario, id));
  const you = (id: ActorId) => (id === side ? 'yes' : 'no');
  switch (fx.kind) {
    case 'metric':
      return t('play.consequences.effectMetric', { you: you(fx.actor), actor: who(fx.actor), metric: metricWord(fx.metric), amount: signed(fx.amount * scale) });
    case 'tension':
      return t('play.consequences.effectTension', { theatre: theatreName(scenario, fx.theatre), amount: signed(fx.amount * 100, 0), n: Math.abs(Math.round(fx.amount * 100)) });
    case 'power': {
      const which = fx.military && fx.economic ? 'both' : fx.military ? 'military' : 'economic';
      return t('play.consequences.effectPower', { you: you(fx.actor), actor: who(fx.actor), which, military: fx.military ? signed(fx.military) : '', economic: fx.economic ? signed(fx.economic) : '' });
    }
    case 'support': {
      // Judged as the engine judges it (applyChoice): against what the other expects on this event, if it tells at all.
      const expected = expectedOnEvent(event, fx.to, expectedOf(state, fx.to, side));
      const meets = !tellsOfReliability(expected, fx.level) ? 'silent' : fx.level >= expected ? 'yes' : 'no';
      // What it expects is what the tie promises on such a question, whatever a treaty's terms owe in a crisis.
      return t('play.consequences.effectSupport', { to: who(fx.to), level: supportWord(fx.level), meets, expected: supportWord(expected), tie: tieOf(state, fx.to, side) });
    }
    case 'crisis': {
      const values = { initiator: who(fx.initiator), target: who(fx.target), theatre: theatreName(scenario, fx.theatre) };
      // On the last turn no next turn opens it: say so rather than promise it.
      return state.turn >= lastTurn(state) ? t('play.consequences.effectCrisisNever', values) : t('play.consequences.effectCrisis', values);
    }
  }
}

/** Every effect of an option of `event`, in the scenario's order, metrics scaled as the engine scales them now. */
export function optionEffects(state: GameState, side: ActorId, event: EventDef, choice: ChoiceDef): string[] {
  const scale = effectScale(state, event);
  return choice.effects.map((fx) => describeEffect(state, side, event, fx, scale));
}

/**
 * Why `call` expects what it does (`call.expected`, as the engine set it): the tie's terms and who started the crisis,
 * as a clause to follow "X expects …:". `name` gives "you" for the player at the screen.
 */
export function expectationWhy(state: GameState, crisis: CrisisInstance, call: Call, name: (id: ActorId) => string): string {
  const callee = name(call.callee);
  const voice = { you: isYou(name, call.callee) ? 'yes' : 'no', callee };
  const kind = tieOf(state, call.callee, call.caller);
  if (kind === 'none') return t('play.consequences.whyNoTie', { ...voice, theatre: theatreName(state.scenario, crisis.theatre) });
  const tie = { ...voice, tie: tieWords(state, call.callee, call.caller) };
  const started = call.caller === crisis.initiator;
  const opponent = started ? crisis.target : crisis.initiator;
  const treaty = treatyFor(state, call.callee, call.caller, kind);
  // What the terms would owe were the treaty aimed at anyone: more than expected means its `against` clause left this opponent out.
  if (treaty.against && obligation(state, { terms: treaty.terms }, kind, started, opponent) > call.expected) {
    return t('play.consequences.whyAimed', { ...tie, against: listWords(treaty.against.map((x) => nameOf(state.scenario, x)), 'disjunction'), opponent: nameOf(state.scenario, opponent) });
  }
  if (treaty.terms === 'neutrality') return t('play.consequences.whyNeutrality', tie);
  if (!started) return t('play.consequences.whyChallenged', tie);
  return call.expected <= 1 ? t('play.consequences.whyStartedLittle', tie) : t('play.consequences.whyStartedMuch', tie);
}

/** The actors the initiator of a crisis called who owed it only neutrality because it started the crisis: their terms
 *  would have owed it more had it been the one challenged (a defensive alliance, a consultative partnership). */
export function owedOnlyRestraint(state: GameState, crisis: { initiator: ActorId; target: ActorId }, calls: readonly { caller: ActorId; callee: ActorId; expected: SupportLevel }[]): ActorId[] {
  return calls.filter((c) => c.caller === crisis.initiator && c.expected <= 1 && owed(state, c.callee, c.caller, false, crisis.target) > c.expected).map((c) => c.callee);
}

/** Whether `callee` is called by both sides of `crisis` (it is tied to both): then it answers each call apart. */
export const calledByBoth = (crisis: CrisisInstance, callee: ActorId): boolean => crisis.calls.filter((c) => c.callee === callee).length > 1;

export interface AnswerOutlook {
  /** What the caller expects (the engine's `call.expected`), and why, from the tie's terms and who started the crisis. */
  expected: SupportLevel;
  why: string;
  /** Per level: the chance the clash escalates (others giving what they are expected to) and your cost if it does;
   *  whether the caller will see it meet what it expects, and, if your answer to the other side's call backs that side
   *  more, the other side — then the caller sees opposition, whatever you answered it (seenAnswer); if it backs the other
   *  side as much, that side (`alike`) — then the caller sees neutrality. */
  levels: { level: SupportLevel; escalation: number; cost: number; meets: boolean; sidedWith: ActorId | null; alike: ActorId | null }[];
}

/**
 * The engine's figures for each answer `side` could give to `callId` in `crisis`. The other calls are taken as
 * answered with what they expect; `side`'s other answers in the same crisis as given so far (else neutral).
 */
export function answerOutlook(state: GameState, side: ActorId, crisis: CrisisInstance, callId: string, mine: Record<string, SupportLevel>): AnswerOutlook {
  const call = crisis.calls.find((c) => c.id === callId)!;
  const levels = ([0, 1, 2, 3] as const).map((level) => {
    const answers = new Map<string, SupportLevel>();
    for (const c of crisis.calls) answers.set(c.id, c.callee === side ? (c.id === callId ? level : (mine[c.id] ?? 1)) : c.expected);
    const given = (c: Call) => answers.get(c.id)!;
    const other = sidedAgainst(crisis.calls, given, call);
    const alike = backedAlike(crisis.calls, given, call);
    return {
      level,
      escalation: escalationChance(state, crisis, answers),
      cost: expectedBackingCharge(state, crisis, side, call.caller, level, answers),
      meets: seenAnswer(crisis.calls, given, call) >= call.expected,
      sidedWith: other?.caller ?? null,
      alike: alike?.caller ?? null,
    };
  });
  return { expected: call.expected, why: expectationWhy(state, crisis, call, (id) => (id === side ? youWord() : nameOf(state.scenario, id))), levels };
}

/** A line for one answer: whether it meets the caller's expectation, and what it risks. */
export function outlookLine(o: AnswerOutlook['levels'][number], callerName: string, expected: SupportLevel, name: (id: ActorId) => string): string {
  const meets = o.sidedWith
    ? t('play.consequences.sidedWith', { caller: callerName, other: name(o.sidedWith) })
    : o.alike
      ? t('play.consequences.backedAlike', { caller: callerName, other: name(o.alike) })
    : o.meets
      ? t('play.consequences.meets', { caller: callerName })
      : t('play.consequences.fallsShort', { caller: callerName, expected: supportWord(expected) });
  const cost = o.cost > 0 ? t('play.consequences.costs', { cost: fixed(o.cost) }) : t('play.consequences.costsNothing');
  return sentences(meets, t('play.consequences.chance', { chance: pct(o.escalation) }), cost);
}

/** A crisis as a headline: the deck's title, or who presses whom and where. */
/** The part `you` (the player a crisis is told to, or null) plays in it, as the messages that say "you" select it. */
export const roleIn = (crisis: { initiator: ActorId; target: ActorId }, you: ActorId | null): 'initiator' | 'target' | 'other' =>
  you === crisis.initiator ? 'initiator' : you === crisis.target ? 'target' : 'other';

export function crisisTitle(state: GameState, crisis: { event: string | null; initiator: ActorId; target: ActorId; theatre: string }, you: ActorId | null = null): string {
  const { scenario } = state;
  const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
  if (event?.kind === 'crisis') return tx(event.title);
  // Who presses whom is the title; `you`, the player it is told to, is "you".
  const values = { who: roleIn(crisis, you), initiator: nameOf(scenario, crisis.initiator), target: nameOf(scenario, crisis.target), theatre: theatreName(scenario, crisis.theatre) };
  // A crisis queued by an earlier decision names the event it grew out of.
  return event ? t('play.consequences.titleAfter', { ...values, event: quoted(tx(event.title)) }) : t('play.consequences.title', values);
}

/** Whether `party` is the challenger of a crisis it did not start: one its rivalry brought to a head on its own (no
 *  event dealt it, and `party` chose no crisis against that target there last turn). */
export function cameToAHead(game: GameState, crisis: CrisisInstance, party: ActorId): boolean {
  if (party !== crisis.initiator || crisis.event !== null) return false;
  const chosen = game.log[game.log.length - 1]?.decisions[party]?.challenge;
  return !(chosen && chosen.theatre === crisis.theatre && chosen.target === crisis.target);
}

/** Whether `party` is the challenger in a crisis the scenario dealt as the record has it (a crisis event of its deck),
 *  not one it started or set off by a choice: it did not choose to press, and yet presses. */
export function dealtAsChallenger(game: GameState, crisis: CrisisInstance, party: ActorId): boolean {
  if (party !== crisis.initiator || crisis.event === null) return false;
  return lookup(game.scenario).event.get(crisis.event)?.kind === 'crisis';
}

/** Why `side` has no crisis to start this turn (legalChallenges gives it none): the last turn, when none would open;
 *  no rivalry of its own in the scenario; or only rivalries in which it is the one challenged. */
export function noCrisisToStart(game: GameState, side: ActorId): 'last' | 'no-rivalry' | 'challenged' {
  if (game.turn >= lastTurn(game)) return 'last';
  return lookup(game.scenario).rivals.get(side)?.size ? 'challenged' : 'no-rivalry';
}
