// Rule-of-thumb policies that decide for an actor from the engine's legal options, without looking ahead.
// Fixed-posture policies commit to the same degree toward every actor the scenario aligns them with;
// "persona" follows the actor's character and what a tie is worth to it; "historical" follows the record.
// The look-ahead policy uses "persona" as its starting point and as its model of everyone else.
import {
  CHOICE_NOISE,
  CHOICE_SUPPORT,
  GOODWILL_TRUST,
  JUDGEMENT_SPREAD,
  POSTURE_BY_RANK,
  RELIABLE_TYPE,
  Recent,
  TiesReading,
  TIE_BY_RANK,
  answerWeighing,
  backingOf,
  expectedOf,
  expectedOnEvent,
  tellsOfReliability,
  idTable,
  judgedTieValue,
  judgedWith,
  legalChoices,
  lookup,
  obligationWeight,
  postureRank,
  coolingTie,
  tieOf,
  tieRank,
  tieValueAt,
  wearinessAt,
  wearinessOf,
  trustIn,
  type ActorDecision,
  type ActorId,
  type Call,
  type CrisisInstance,
  type GameState,
  type LegalOptions,
  type Metric,
  type Posture,
  type Rng,
  type SupportLevel,
  type Tie,
  type TieState,
} from '../engine';

export const RULE_POLICIES = ['all-ally', 'all-partner', 'all-hedge', 'persona', 'historical'] as const;
export type RulePolicy = (typeof RULE_POLICIES)[number];

/** What keeping (or forming) a tie of `kind` with `other` is worth to `actor`, as its persona weighs the choice: the
 *  judged value less the weariness of the obligations the pair's tie has carried (wearinessOf), weighed as the
 *  persona weighs obligations. */
export function keepValue(state: GameState, actor: ActorId, other: ActorId, kind: Tie): number {
  const L = lookup(state.scenario);
  return keepAt(state, actor, L.index[actor]!, other, L.index[other]!, kind, state.ties[L.pair[actor]![other]!]);
}

/** keepValue, for actors of indexes i and j (Lookup.index) whose pair holds `held` (its record in GameState.ties). */
function keepAt(state: GameState, actor: ActorId, i: number, other: ActorId, j: number, kind: Tie, held: TieState | undefined): number {
  if (kind === 'none') return 0;
  const weight = obligationWeight(state, i);
  return judgedWith(weight, tieValueAt(state, actor, i, other, j, kind, true)) - weight * wearinessAt(state, actor, i, other, j, kind, held);
}

/** How a persona reckons a tie (keepValue, in its parts): what it gains and what it expects to pay, in the points of
 *  TieValue, obligations and lost freedom weighed as its persona weighs them. `value` is keepValue's. */
export interface Reckoning {
  gains: { backing: number; trade: number; influence: number };
  costs: { obligations: number; freedom: number; crossPressure: number; weariness: number };
  value: number;
}

/** keepValue of a tie of `kind` by its parts: what `actor` tells itself of a tie with `other`, for a player to read. */
export function reckonTie(state: GameState, actor: ActorId, other: ActorId, kind: Exclude<Tie, 'none'>): Reckoning {
  const L = lookup(state.scenario);
  const i = L.index[actor]!;
  const j = L.index[other]!;
  const weight = obligationWeight(state, i);
  const v = tieValueAt(state, actor, i, other, j, kind, true);
  const weariness = weight * wearinessAt(state, actor, i, other, j, kind, state.ties[L.pair[actor]![other]!]);
  return {
    gains: { backing: v.backing, trade: v.trade, influence: v.influence },
    costs: { obligations: weight * v.obligations, freedom: weight * v.autonomy, crossPressure: v.crossPressure, weariness },
    value: judgedWith(weight, v) - weariness,
  };
}

/** The weariness of keeping a tie of `kind` (wearinessOf), weighed as the persona of `actor` weighs obligations. */
export function judgedWeariness(state: GameState, actor: ActorId, other: ActorId, kind: Tie): number {
  return obligationWeight(state, lookup(state.scenario).index[actor]!) * wearinessOf(state, actor, other, kind);
}

/** What the persona reads of a state's rivalries, by pair of actor indexes (at a × actors + b): how tense the rivalry
 *  between the two is at its hottest (the tension of the hottest theatre where they face each other, 0 when they
 *  never do), and whether they hold a tie. */
interface Camps {
  n: number;
  enmity: number[];
  tied: boolean[];
}

function readCamps(state: GameState): Camps {
  const L = lookup(state.scenario);
  const n = L.ids.length;
  // Plain arrays: typed arrays cost far more to make than these are read.
  const enmity = new Array<number>(n * n).fill(0);
  for (const r of L.rivalries) {
    const i = r.challengerAt;
    const j = r.defenderAt;
    const t = state.tension[r.theatre]!;
    enmity[i * n + j] = Math.max(enmity[i * n + j]!, t);
    enmity[j * n + i] = Math.max(enmity[j * n + i]!, t);
  }
  return { n, enmity, tied: tiedOf.of(state) };
}

/** Camps.tied: the ties alone decide it, so it is read once for each table of ties (TiesReading). */
function readTied(state: GameState): boolean[] {
  const L = lookup(state.scenario);
  const n = L.ids.length;
  const tied = new Array<boolean>(n * n).fill(false);
  for (const { a, b, key } of L.pairs) {
    const tie = state.ties[key];
    if (!tie || tie.kind === 'none') continue;
    tied[L.index[a]! * n + L.index[b]!] = true;
    tied[L.index[b]! * n + L.index[a]!] = true;
  }
  return tied;
}

const tiedOf = new TiesReading(readTied);

const camps = new Recent(readCamps);

/**
 * How far two actors' camps align, from the tensions of their rivalries: a common rival draws them together (as far
 * as it threatens the less threatened of the two); a rivalry between them, or between one and the other's partners,
 * pushes them apart ("the friend of my enemy"; Heider's balance as alliance theory reads it).
 */
export function alignment(state: GameState, a: ActorId, b: ActorId): number {
  const { index } = lookup(state.scenario);
  return alignmentOf(state, index[a]!, index[b]!);
}

/** alignment, of the actors of indexes i and j. */
function alignmentOf(state: GameState, i: number, j: number): number {
  const { common, rivalsAt } = lookup(state.scenario);
  const { n, enmity, tied } = camps.of(state);
  let sum = -enmity[i * n + j]!;
  for (const k of common[i * n + j]!) sum += Math.min(enmity[i * n + k]!, enmity[j * n + k]!);
  // Partners in the order of the actors (that of their rows), among the rivals of the other.
  for (const k of rivalsAt[j]!) if (k !== i && k !== j && tied[i * n + k]) sum -= enmity[k * n + j]!;
  for (const k of rivalsAt[i]!) if (k !== j && k !== i && tied[j * n + k]) sum -= enmity[k * n + i]!;
  return sum;
}

/**
 * The tie a persona aims at with another. It keeps the tie it holds as long as the tie is worth its cost (its value
 * is positive), and steps down only when it is not; it steps up when the warmer tie is worth more than the one it
 * holds. It starts courting a power it has no tie with only when their camps align (a common rival outweighs what
 * divides them). Postures move a step a turn, so only the ties a step either side are weighed.
 */
export function aimedTie(state: GameState, actor: ActorId, other: ActorId): Tie {
  const L = lookup(state.scenario);
  return TIE_BY_RANK[aimOf(state, actor, other, L.index[actor]!, L.index[other]!, state.ties[L.pair[actor]![other]!])]!;
}

/** aimedTie, for actors of indexes i and j whose pair holds `record` (in GameState.ties, if any): the rank of the
 *  tie aimed at (TIE_RANK). */
function aimOf(state: GameState, actor: ActorId, other: ActorId, i: number, j: number, record: TieState | undefined): number {
  const now = record === undefined ? 0 : tieRank(record.kind);
  if (now === 0 && alignmentOf(state, i, j) <= 0) return 0;
  const held = keepAt(state, actor, i, other, j, TIE_BY_RANK[now]!, record);
  if (now > 0 && held < 0) return now - 1;
  if (now < 2 && keepAt(state, actor, i, other, j, TIE_BY_RANK[now + 1]!, record) > held) return now + 1;
  return now;
}

/** The persona's posture toward another (of index j; the actor's is i), now at `current`, the pair holding `tie`
 *  (its record in GameState.ties, if any): a step a turn toward the tie it aims at, so that both sides can follow. */
function personaPosture(state: GameState, actor: ActorId, other: ActorId, i: number, j: number, current: Posture, tie: TieState | undefined): Posture {
  const rank = postureRank(current);
  const aim = aimOf(state, actor, other, i, j, tie);
  // A posture warmer than the tie is an offer the other has not taken up: it stands while the aim is at least the tie.
  return POSTURE_BY_RANK[rank + Math.sign(aim - rank)]!;
}

/**
 * How a called actor answers. Nothing owed: it stays out, or gives words to a partner it trusts. Something owed: the
 * reliable type honours whatever the price; otherwise it weighs the price of honouring now (its share of what the
 * clash may cost) against what failing puts at stake — the tie's future value, by how near the failure would bring
 * the tie to breaking. Declining is neutrality; opposing is left to a deliberate choice (the look-ahead's).
 */
export function answerCall(state: GameState, actor: ActorId, crisisId: string, callId: string, rng: Rng): SupportLevel {
  const crisis = state.agenda.crises.find((c) => c.id === crisisId)!;
  return answerFor(state, actor, crisis, crisis.calls.find((c) => c.id === callId)!, rng);
}

/** answerCall, for a call already at hand: one of `crisis.calls`, made to `actor`. */
export function answerFor(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call, rng: Rng): SupportLevel {
  const persona = lookup(state.scenario).actor.get(actor)!.persona;
  const roll = rng.next();
  if (call.expected <= 1) return tieOf(state, actor, call.caller) !== 'none' && trustIn(state, actor, call.caller) > GOODWILL_TRUST ? 2 : 1;
  if (roll < RELIABLE_TYPE * persona.reliability) return call.expected;
  const judge = rng.next() * JUDGEMENT_SPREAD;
  for (let level = call.expected; level >= 2; level--) {
    const { price, stake } = answerWeighing(state, actor, crisis, call, level as SupportLevel);
    if (stake * judge > price) return level as SupportLevel;
  }
  return 1;
}

/** One term of a choice's value to the decider (choiceValue): a metric of its own moved, or a gesture of support
 *  judged against what its partner expects. */
export type ChoiceTerm = { kind: 'metric'; metric: Metric; value: number } | { kind: 'support'; to: ActorId; met: boolean; value: number };

/** The terms of choiceValue, in the order of the choice's effects. */
export function choiceTerms(state: GameState, actor: ActorId, eventId: string, choiceId: string): ChoiceTerm[] {
  const def = lookup(state.scenario).actor.get(actor)!;
  const event = lookup(state.scenario).event.get(eventId)!;
  const choice = event.choices!.find((c) => c.id === choiceId)!;
  const weights = Object.values(def.interests).reduce((a, b) => a + b, 0) || 1;
  const terms: ChoiceTerm[] = [];
  for (const fx of choice.effects) {
    if (fx.kind === 'metric' && fx.actor === actor) terms.push({ kind: 'metric', metric: fx.metric, value: (fx.amount * def.interests[fx.metric]) / weights });
    // Judged as the engine judges it (applyChoice): against what the other expects on this event, and only as far as
    // the deed tells of the actor's reliability.
    if (fx.kind === 'support') {
      const expected = expectedOnEvent(event, fx.to, expectedOf(state, actor, fx.to));
      if (!tellsOfReliability(expected, fx.level)) continue;
      const stake = 1 + CHOICE_SUPPORT.perBacking * backingOf(expected) * trustIn(state, actor, fx.to);
      const met = fx.level >= expected;
      terms.push({ kind: 'support', to: fx.to, met, value: met ? CHOICE_SUPPORT.met * stake : -CHOICE_SUPPORT.short * stake * (expected - fx.level) });
    }
  }
  return terms;
}

/** Value to the decider of one choice on an event: its own metrics by its interests, and what the choice does to its ties. */
export function choiceValue(state: GameState, actor: ActorId, eventId: string, choiceId: string): number {
  let value = 0;
  for (const term of choiceTerms(state, actor, eventId, choiceId)) value += term.value;
  return value;
}

export function decideChoices(state: GameState, actor: ActorId, choices: LegalOptions['choices'], rng: Rng, fixed?: Record<string, string>): Record<string, string> {
  const out = idTable<string>();
  for (const ch of choices) {
    const historical = fixed?.[ch.event];
    if (historical && ch.options.includes(historical)) {
      out[ch.id] = historical;
      continue;
    }
    let best = ch.options[0]!;
    let bestValue = -Infinity;
    for (const option of ch.options) {
      const v = choiceValue(state, actor, ch.event, option) + CHOICE_NOISE * rng.next();
      if (v > bestValue) {
        bestValue = v;
        best = option;
      }
    }
    out[ch.id] = best;
  }
  return out;
}

/** The posture the record last shows `actor` holding toward `other`, on this turn or before: it holds until the
 *  record changes it. */
export function recordedPosture(state: GameState, actor: ActorId, other: ActorId): Posture | undefined {
  let found: { turn: number; posture: Posture } | undefined;
  for (const h of state.scenario.history) {
    if (h.turn > state.turn || (found && h.turn < found.turn)) continue;
    const p = h.postures?.find((x) => x.from === actor && x.to === other);
    if (p) found = { turn: h.turn, posture: p.posture };
  }
  return found?.posture;
}

export function ruleDecision(state: GameState, actor: ActorId, policy: RulePolicy, rng: Rng): ActorDecision {
  const history = policy === 'historical' ? state.scenario.history.find((h) => h.turn === state.turn) : undefined;
  const postures = policy === 'persona' ? { ...personaPostures(state, actor) } : rulePostures(state, actor, policy);
  const answers = idTable<SupportLevel>();
  // The calls made to the actor this turn, in the order of legalCalls.
  for (const crisis of state.agenda.crises) for (const call of crisis.calls) if (call.callee === actor) answers[call.id] = answerFor(state, actor, crisis, call, rng);
  return { postures, answers: oneSide(state, actor, answers), choices: decideChoices(state, actor, legalChoices(state, actor), rng, history?.choices) };
}

/** The persona's posture changes of each actor (by index) in the last few states decided on. They draw nothing from
 *  the generator, and the look-ahead asks for every other actor's in each future it samples: a dozen times a turn. */
const personaMemo = new Recent((state: GameState) => new Array<Readonly<Record<ActorId, Posture>> | undefined>(lookup(state.scenario).ids.length));

function personaPostures(state: GameState, actor: ActorId): Readonly<Record<ActorId, Posture>> {
  const known = personaMemo.of(state);
  const i = lookup(state.scenario).index[actor]!;
  return (known[i] ??= rulePostures(state, actor, 'persona'));
}

/** The posture changes a rule policy makes: only changes, toward every other actor. */
function rulePostures(state: GameState, actor: ActorId, policy: RulePolicy): Record<ActorId, Posture> {
  const L = lookup(state.scenario);
  const start = L.start[actor]!;
  const postures: Record<ActorId, Posture> = {};
  const mine = state.postures[actor]!;
  const i = L.index[actor]!;
  for (const { other, at, pair } of L.rows[actor]!) {
    const tie = state.ties[pair];
    // A pair whose tie broke lately may only hedge (the engine's rule, read without building the option lists).
    if (coolingTie(state, tie)) {
      if (mine[other] !== 'hedge') postures[other] = 'hedge';
      continue;
    }
    const current = mine[other]!;
    let wanted: Posture | undefined;
    if (policy === 'all-ally') wanted = start[other] !== 'hedge' ? 'ally' : 'hedge';
    else if (policy === 'all-partner') wanted = start[other] !== 'hedge' ? 'partner' : 'hedge';
    else if (policy === 'all-hedge') wanted = 'hedge';
    else if (policy === 'historical') wanted = recordedPosture(state, actor, other);
    // The persona's own judgement, where no fixed policy and no record decides.
    wanted ??= personaPosture(state, actor, other, i, at, current, tie);
    // Only changes are sent: an unmentioned posture stays as it is, and the decision log stays small.
    if (wanted !== current) postures[other] = wanted;
  }
  return postures;
}

/** Whether `answers` back more than one of the calls `crisis` makes to `actor` (most actors are called once, or not
 *  at all: told without listing the calls). */
function backsBoth(crisis: CrisisInstance, actor: ActorId, answers: Record<string, SupportLevel>): boolean {
  let backed = 0;
  for (const c of crisis.calls) if (c.callee === actor && (answers[c.id] ?? 1) >= 2) backed++;
  return backed >= 2;
}

/** An actor called by both sides of a crisis backs at most one of them: the one whose tie is worth more to it (the
 *  target on a draw); to the other it gives no more than neutrality. */
export function oneSide(state: GameState, actor: ActorId, answers: Record<string, SupportLevel>): Record<string, SupportLevel> {
  let out = answers;
  for (const crisis of state.agenda.crises) {
    if (!backsBoth(crisis, actor, answers)) continue;
    const mine = crisis.calls.filter((c) => c.callee === actor);
    const worth = (caller: ActorId) => judgedTieValue(state, actor, caller, tieOf(state, actor, caller));
    const [first, second] = mine as [(typeof mine)[0], (typeof mine)[0]];
    const keep = worth(second.caller) > worth(first.caller) ? second : first;
    const drop = keep === first ? second : first;
    out = { ...out, [drop.id]: 1 };
  }
  return out;
}

