// Rule-of-thumb policies that decide for an actor from the engine's legal options, without looking ahead.
// Fixed-posture policies commit to the same degree toward every actor the scenario aligns them with;
// "persona" follows the actor's character and what trust and grievance tell it; "historical" follows the record.
// The look-ahead policy uses "persona" as its starting point and as its model of everyone else.
import {
  COMMITMENT,
  POSTURE_BY_RANK,
  POSTURE_RANK,
  expectationOf,
  legalCalls,
  legalChoices,
  lookup,
  supportCost,
  commonCause,
  cooling,
  tieOf,
  type ActorDecision,
  type ActorId,
  type GameState,
  type LegalOptions,
  type Posture,
  type Rng,
  type SupportLevel,
} from '../engine';

export const RULE_POLICIES = ['all-ally', 'all-partner', 'all-hedge', 'persona', 'historical'] as const;
export type RulePolicy = (typeof RULE_POLICIES)[number];

/** How a called actor answers: it delivers what the tie expects if it is reliable enough and the price is bearable. */
export function answerCall(state: GameState, actor: ActorId, crisisId: string, callId: string, rng: Rng): SupportLevel {
  const crisis = state.agenda.crises.find((c) => c.id === crisisId)!;
  const call = crisis.calls.find((c) => c.id === callId)!;
  const persona = lookup(state.scenario).actor.get(actor)!.persona;
  const trust = state.trust[actor]![call.caller]!;
  const roll = rng.next();
  if (call.expected <= 1) return trust > 0.6 ? 2 : trust < 0.2 ? 0 : 1;
  const cost = supportCost(state, crisis, actor, call.expected);
  // Letting an ally down costs more than letting a partner down, and a reliable actor knows it;
  // standing by a partner against one's own rival is defending oneself.
  const honour =
    persona.reliability * (0.6 + 0.4 * trust) * (1 - 0.5 * cost) +
    0.3 * COMMITMENT[tieOf(state, actor, call.caller)] +
    (commonCause(state, crisis, actor, call.caller) ? 0.3 : 0);
  if (roll < honour) return call.expected;
  const drop = rng.next() < 0.35 ? 2 : 1;
  return Math.max(0, call.expected - drop) as SupportLevel;
}

/** Value to the decider of one choice on an event: its own metrics by its interests, and what the choice does to its ties. */
export function choiceValue(state: GameState, actor: ActorId, eventId: string, choiceId: string): number {
  const def = lookup(state.scenario).actor.get(actor)!;
  const event = lookup(state.scenario).event.get(eventId)!;
  const choice = event.choices!.find((c) => c.id === choiceId)!;
  const weights = Object.values(def.interests).reduce((a, b) => a + b, 0) || 1;
  let value = 0;
  for (const fx of choice.effects) {
    if (fx.kind === 'metric' && fx.actor === actor) value += (fx.amount * def.interests[fx.metric]) / weights;
    if (fx.kind === 'support') {
      const tie = tieOf(state, actor, fx.to);
      const expected = expectationOf(tie);
      const stake = 1 + 4 * COMMITMENT[tie] * state.trust[actor]![fx.to]!;
      value += fx.level >= expected ? 0.3 * stake : -0.6 * stake * (expected - fx.level);
    }
  }
  return value;
}

export function decideChoices(state: GameState, actor: ActorId, choices: LegalOptions['choices'], rng: Rng, fixed?: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ch of choices) {
    const historical = fixed?.[ch.event];
    if (historical && ch.options.includes(historical)) {
      out[ch.id] = historical;
      continue;
    }
    let best = ch.options[0]!;
    let bestValue = -Infinity;
    for (const option of ch.options) {
      const v = choiceValue(state, actor, ch.event, option) + 0.5 * rng.next();
      if (v > bestValue) {
        bestValue = v;
        best = option;
      }
    }
    out[ch.id] = best;
  }
  return out;
}

/** The persona's posture toward another: its starting posture, cooled by low trust or grievance, warmed back when they mend. */
/** One step of the persona's posture: cooled by low trust or grievance, warmed back toward its start when they mend. */
function personaStep(current: Posture, trust: number, grievance: number, start: Posture, limit: number): Posture {
  let rank = POSTURE_RANK[current];
  if (trust < 0.3 || grievance > 0.6 * limit) rank--;
  else if (trust > 0.5 && grievance < 0.25 * limit && rank < POSTURE_RANK[start]) rank++;
  return POSTURE_BY_RANK[Math.max(0, Math.min(POSTURE_RANK[start], rank))]!;
}

export function ruleDecision(state: GameState, actor: ActorId, policy: RulePolicy, rng: Rng): ActorDecision {
  const L = lookup(state.scenario);
  const start = L.start[actor]!;
  const history = policy === 'historical' ? state.scenario.history.find((h) => h.turn === state.turn) : undefined;
  const postures: Record<ActorId, Posture> = {};
  const mine = state.postures[actor]!;
  const trust = state.trust[actor]!;
  const grievance = state.grievance[actor]!;
  const limit = state.scenario.rules.breakThreshold;
  for (const { other, pair } of L.rows[actor]!) {
    const aligned = start[other] !== 'hedge';
    let wanted: Posture;
    if (policy === 'all-ally') wanted = aligned ? 'ally' : 'hedge';
    else if (policy === 'all-partner') wanted = aligned ? 'partner' : 'hedge';
    else if (policy === 'all-hedge') wanted = 'hedge';
    else wanted = history?.postures?.find((p) => p.from === actor && p.to === other)?.posture ?? personaStep(mine[other]!, trust[other]!, grievance[other]!, start[other]!, limit);
    // A pair whose tie broke lately may only hedge (the engine's rule, read without building the option lists).
    const chosen = cooling(state, pair) ? 'hedge' : wanted;
    // Only changes are sent: an unmentioned posture stays as it is, and the decision log stays small.
    if (chosen !== mine[other]) postures[other] = chosen;
  }
  const answers: Record<string, SupportLevel> = {};
  for (const call of legalCalls(state, actor)) answers[call.id] = answerCall(state, actor, call.crisis, call.id, rng);
  return { postures, answers, choices: decideChoices(state, actor, legalChoices(state, actor), rng, history?.choices) };
}
