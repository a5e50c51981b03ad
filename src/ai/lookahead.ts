// The look-ahead policy: an actor weighs its options by playing each out with the engine itself.
// It starts from what its persona would do, then tries alternatives one at a time — a warmer or cooler posture
// toward those that matter to it, each level of answer to each call, each option on each event — and plays every
// candidate through the same few sampled futures (common random numbers, so that the differences between candidates
// are not noise), everyone else acting by persona, for one turn or two, then lets the engine show where the slow
// forces are taking it. It keeps an alternative only when it beats the persona's choice by a margin, by the value
// of `value.ts`: its score, plus what its persona cares about.
import {
  TIE_RANK,
  POSTURE_BY_RANK,
  POSTURE_RANK,
  METRICS,
  idTable,
  lastTurn,
  legalCalls,
  legalChoices,
  legalPostures,
  lookup,
  partnersOf,
  pow,
  quietTurnInPlace,
  Recent,
  resolveTurn,
  resolveUndealt,
  resolveUndealtVariants,
  restoreRng,
  seedRng,
  tieOf,
  keepReading,
  judgedTieValue,
  tieValue,
  tiesInfluence,
  type ActorDecision,
  type ActorId,
  type Decisions,
  type GameState,
  type Metric,
  type Posture,
  type Rng,
  type RngState,
  type SupportLevel,
} from '../engine';
import { aimedTie, answerFor, decideChoices, judgedWeariness, keepValue, oneSide, ruleDecision } from './persona';
import { addParts, regardOf, totalOf, valueParts, valuer, zeroParts, type Valuer, type ValueParts } from './value';

export interface LookaheadSettings {
  /** Sampled futures each candidate is played through. */
  samples: number;
  /** Turns played out at most, the decided one included: one for postures and answers, whose effects show at once;
   *  two for an event option that starts a crisis on the next turn. */
  horizon: number;
  /** At most this many others whose posture is weighed (those whose goodwill matters most), besides any the persona
   *  would change; 'all' weighs a posture toward every other actor. */
  postureTargets: number | 'all';
  /** Score points an alternative must add over the persona's choice to be taken. */
  margin: number;
  /** Turns, at most, over which the slow forces found at the end of the horizon are counted on to go on
   *  (never past the scenario's last turn: what counts is the score at the end). */
  continuation: number;
}

export const LOOKAHEAD: Readonly<LookaheadSettings> = { samples: 3, horizon: 2, postureTargets: 3, margin: 0.05, continuation: 4 };

/** One decision an actor makes this turn, with the options it weighs. */
export type Item = (
  | { kind: 'posture'; ref: ActorId; target: ActorId; options: Posture[] }
  | { kind: 'answer'; ref: string; target: ActorId; crisis: string; expected: SupportLevel; options: SupportLevel[] }
  | { kind: 'choice'; ref: string; target: ActorId | null; event: string; options: string[] }
) & {
  /** Turns until the consequences of its options show. */
  reach: number;
};
export type Option = Item['options'][number];

export interface Weighed {
  option: Option;
  /** Mean value over the sampled futures, in parts and in total. */
  parts: ValueParts;
  value: number;
}

export interface Verdict {
  item: Item;
  /** What the persona would have done, and what the actor does. */
  baseline: Option;
  chosen: Option;
  weighed: Weighed[];
}

export interface Deliberation {
  actor: ActorId;
  decision: ActorDecision;
  verdicts: Verdict[];
  /** The futures the options were played through (none when there was nothing to weigh). */
  futures: Future[];
}

/** A future: the engine's randomness for the turns ahead, and what everyone else does this turn. */
export interface Future {
  engine: RngState;
  others: Decisions;
  later: RngState;
}

export function sampleFutures(state: GameState, actor: ActorId, rng: Rng, n: number): Future[] {
  const futures: Future[] = [];
  for (let k = 0; k < n; k++) {
    const others: Decisions = {};
    for (const id of lookup(state.scenario).ids) if (id !== actor) others[id] = sureDecision(state, id) ?? ruleDecision(state, id, 'persona', rng);
    futures.push({ engine: seedRng(`engine:${rng.next()}`), others, later: seedRng(`later:${rng.next()}`) });
  }
  return futures;
}

/** A generator for decisions that must leave nothing to chance: it is never drawn from. */
const drawn = (): never => {
  throw new Error('a decision without calls or events drew from the generator');
};
const NO_DRAWS: Rng = { next: drawn, save: drawn };

/** The persona's decisions on a position, by actor index, for the actors with no call to answer and no event to
 *  decide (null for the others). The persona draws only to answer and to decide, so theirs are the same in every
 *  future sampled there, by every actor's look-ahead: a dozen times a turn each (NO_DRAWS makes sure). */
const sureDecisions = new Recent((state: GameState) => new Array<ActorDecision | null | undefined>(lookup(state.scenario).ids.length));

function sureDecision(state: GameState, id: ActorId): ActorDecision | null {
  const known = sureDecisions.of(state);
  const i = lookup(state.scenario).index[id]!;
  if (known[i] === undefined) {
    const calledOrDeciding = state.agenda.crises.some((c) => c.calls.some((call) => call.callee === id)) || state.agenda.choices.some((ch) => ch.decider === id);
    known[i] = calledOrDeciding ? null : ruleDecision(state, id, 'persona', NO_DRAWS);
  }
  return known[i];
}

/** A turn of a rollout. Its decisions are legal by construction (legalOptions, the persona's rules), so the engine is
 *  spared checking them again (resolveTurn); tests/ai/lookahead.test.ts checks every decision the look-ahead makes.
 *  The last turn's state is valued for `actor` and never played on: its next agenda is not dealt, and only the
 *  metrics its valuing reads move (resolveUndealt). */
function step(state: GameState, decisions: Decisions, last: boolean, actor: ActorId): GameState {
  return last ? resolveUndealt(state, decisions, actor) : resolveTurn(state, decisions);
}

/** Quick decisions for the turns after the decided one: postures held, calls and events answered by persona. */
function reflexes(s: GameState, rng: Rng): Decisions {
  const out: Decisions = {};
  const of = (id: ActorId) => (out[id] ??= { answers: {}, choices: {} });
  for (const c of s.agenda.crises) for (const call of c.calls) of(call.callee).answers![call.id] = answerFor(s, call.callee, c, call, rng);
  for (const ch of s.agenda.choices) {
    const options = lookup(s.scenario).event.get(ch.event)!.choices!.map((c) => c.id);
    Object.assign(of(ch.decider).choices!, decideChoices(s, ch.decider, [{ id: ch.id, event: ch.event, options }], rng));
  }
  return out;
}

/** Play `decision` through one future; `inspect` sees the state right after the decided turn, with its next agenda
 *  dealt. The state returned is to be valued for `actor`, not played on: its next agenda is not dealt, and only the
 *  metrics its valuing reads have moved (see step). */
export function rollout(state: GameState, actor: ActorId, decision: ActorDecision, future: Future, horizon: number, inspect?: (s: GameState) => void): GameState {
  // The engine's own generator would reveal the real future: each sampled future brings its own.
  let s = step({ ...state, rng: future.engine }, { ...future.others, [actor]: decision }, horizon <= 1 && !inspect, actor);
  inspect?.(s);
  const rng = restoreRng(future.later);
  for (let t = 1; t < horizon && !s.ending; t++) s = step(s, reflexes(s, rng), t === horizon - 1, actor);
  return s;
}

/** Others whose posture is worth weighing: tied or aligned with the actor, or courting it. */
function postureTargets(state: GameState, actor: ActorId, baseline: ActorDecision, limit: number | 'all'): ActorId[] {
  if (limit === 'all') return lookup(state.scenario).ids.filter((o) => o !== actor);
  const start = lookup(state.scenario).start[actor]!;
  const changed = new Set(Object.keys(baseline.postures ?? {}));
  const relevant = lookup(state.scenario).ids.filter(
    (o) => o !== actor && !changed.has(o) && (tieOf(state, actor, o) !== 'none' || state.postures[actor]![o] !== 'hedge' || state.postures[o]![actor] !== 'hedge' || start[o] !== 'hedge'),
  );
  const regard = new Map(relevant.map((o) => [o, regardOf(state, actor, o)]));
  relevant.sort((a, b) => regard.get(b)! - regard.get(a)! || (a < b ? -1 : 1));
  return [...changed, ...relevant.slice(0, limit)];
}

/** Postures worth trying toward `other`: the persona's, the one held, and one step either side of it — within what
 *  the tie's value allows: it warms no further than the persona's aim (a warmer tie must be worth more than the one
 *  held) and never walks out of a tie worth its cost. Only one posture per tie it would make with the other's
 *  current posture, since a tie needs both and only ties count. */
function postureOptions(state: GameState, actor: ActorId, other: ActorId, legal: readonly Posture[], base: Posture): Posture[] {
  const current = POSTURE_RANK[state.postures[actor]![other]!];
  const theirs = POSTURE_RANK[state.postures[other]![actor]!];
  const now = tieOf(state, actor, other);
  const lowest = keepValue(state, actor, other, now) >= 0 ? TIE_RANK[now] : 0;
  const highest = Math.max(current, TIE_RANK[aimedTie(state, actor, other)]);
  const ranks = [POSTURE_RANK[base], current, current - 1, current + 1].filter((r) => r >= lowest && r <= highest && legal.includes(POSTURE_BY_RANK[r]!));
  const byTie = new Map<number, number>();
  for (const r of ranks) if (!byTie.has(Math.min(r, theirs))) byTie.set(Math.min(r, theirs), r);
  return [...byTie.values()].sort((a, b) => a - b).map((r) => POSTURE_BY_RANK[r]!);
}

/** Whether two actors face each other in a rivalry somewhere. */
function isRival(state: GameState, a: ActorId, b: ActorId): boolean {
  return state.scenario.theatres.some((t) => t.rivals.some((r) => (r.challenger === a && r.defender === b) || (r.challenger === b && r.defender === a)));
}

export function itemsOf(state: GameState, actor: ActorId, baseline: ActorDecision, postureLimit: number | 'all'): Item[] {
  // Of its legal options (legalOptions), only postures, answers and choices are weighed.
  const items: Item[] = [];
  for (const other of postureTargets(state, actor, baseline, postureLimit)) {
    const base = baseline.postures?.[other] ?? state.postures[actor]![other]!;
    items.push({ kind: 'posture', ref: other, target: other, options: postureOptions(state, actor, other, legalPostures(state, actor, other), base), reach: 1 });
  }
  for (const call of legalCalls(state, actor)) {
    // Backing a rival it has no tie with may calm a crisis, but no actor lends its weight to the one that threatens it.
    const levels = isRival(state, actor, call.caller) && tieOf(state, actor, call.caller) === 'none' ? call.levels.filter((l) => l <= 1) : call.levels;
    items.push({ kind: 'answer', ref: call.id, target: call.caller, crisis: call.crisis, expected: call.expected, options: levels, reach: 1 });
  }
  for (const ch of legalChoices(state, actor)) {
    const event = lookup(state.scenario).event.get(ch.event)!;
    const effects = event.choices!.flatMap((c) => c.effects);
    const touched = effects.flatMap((fx) => (fx.kind === 'support' ? [fx.to] : []));
    const reach = effects.some((fx) => fx.kind === 'crisis') ? 2 : 1;
    items.push({ kind: 'choice', ref: ch.id, target: touched[0] ?? null, event: ch.event, options: ch.options, reach });
  }
  return items;
}

export function optionIn(decision: ActorDecision, state: GameState, actor: ActorId, item: Item): Option {
  if (item.kind === 'posture') return decision.postures?.[item.ref] ?? state.postures[actor]![item.ref]!;
  if (item.kind === 'answer') return decision.answers?.[item.ref] ?? 1;
  return decision.choices?.[item.ref] ?? item.options[0]!;
}

/** `decision` with one item set to `option`. Postures equal to the current one are left out, as the persona does. */
export function withOption(decision: ActorDecision, state: GameState, actor: ActorId, item: Item, option: Option): ActorDecision {
  if (item.kind === 'posture') {
    const postures = { ...decision.postures };
    if (option === state.postures[actor]![item.ref]) delete postures[item.ref];
    else postures[item.ref] = option as Posture;
    return { ...decision, postures };
  }
  if (item.kind === 'answer') return { ...decision, answers: withEntry(decision.answers, item.ref, option as SupportLevel) };
  return { ...decision, choices: withEntry(decision.choices, item.ref, option as string) };
}

/** `table` with `key` set to `value`, as a table of ids (idTable): a plain object would make a new hidden class for
 *  each call and event, whose ids are new every turn, and the look-ahead makes one for every option it weighs. */
function withEntry<T>(table: Readonly<Record<string, T>> | undefined, key: string, value: T): Record<string, T> {
  const out = idTable<T>();
  if (table) for (const k in table) out[k] = table[k]!;
  out[key] = value;
  return out;
}

/** Where the slow forces (trade, the weight of commitments, threats, the drift back to normal) will have taken the
 *  actor's metrics, in score points, over the next `turns` turns. Two quiet turns played by the engine give each
 *  metric's first step and how fast its steps shrink; the rest is a geometric sum. They are played on `s` itself, a
 *  state of a rollout valued already (`p0`): it is not read again as it was, and a copy a turn would cost more. */
function slowForces(s: GameState, v: Valuer, turns: number, p0: ValueParts): Record<Metric, number> {
  const out: Record<Metric, number> = { security: 0, economy: 0, influence: 0, autonomy: 0, stability: 0 };
  if (s.ending || turns <= 0) return out;
  const q1 = quietTurnInPlace(s, v.actor);
  const p1 = valueParts(v, q1);
  const p2 = q1.ending ? p1 : valueParts(v, quietTurnInPlace(q1, v.actor));
  for (const m of METRICS) {
    const first = p1[m] - p0[m];
    const ratio = Math.abs(first) > 1e-9 ? Math.min(1, Math.max(0, (p2[m] - p1[m]) / first)) : 0;
    out[m] = ratio > 0.999 ? turns * first : (first * (1 - pow(ratio, turns))) / (1 - ratio);
  }
  return out;
}

/** Mean value of a decision played `horizon` turns through the futures, plus where the slow forces found at the end
 *  will take it over the turns left (at most `continuation`). They hardly depend on chance, so one future shows them. */
function weigh(state: GameState, actor: ActorId, decision: ActorDecision, futures: Future[], v: Valuer, horizon: number, settings: LookaheadSettings): ValueParts {
  const sum = zeroParts();
  futures.forEach((f, k) => addFuture(sum, rollout(state, actor, decision, f, horizon), k, futures.length, v, settings));
  // The states played to are read as they are valued; the position's own reading is wanted again for the next option.
  keepReading(state);
  return sum;
}

/** weigh at a horizon of a turn, for `decision` and for the options of each answer (decisions that differ from it
 *  only in the answer to one call): through each future, the turn is played once up to each call's crisis, and each
 *  option plays on from there (resolveUndealtVariants). Gives the value of `decision`, and of each answer's options. */
function weighTurn(state: GameState, actor: ActorId, decision: ActorDecision, answers: readonly { crisis: string; decisions: ActorDecision[] }[], futures: Future[], v: Valuer, settings: LookaheadSettings): { base: ValueParts; answers: ValueParts[][] } {
  const base = zeroParts();
  const sums = answers.map((a) => a.decisions.map(() => zeroParts()));
  futures.forEach((f, k) => {
    const all = (d: ActorDecision): Decisions => ({ ...f.others, [actor]: d });
    const variants = answers.map((a) => ({ crisis: a.crisis, decisions: a.decisions.map(all) }));
    const played = resolveUndealtVariants({ ...state, rng: f.engine }, all(decision), variants, actor);
    addFuture(base, played.played, k, futures.length, v, settings);
    played.variants.forEach((states, i) => states.forEach((s, j) => addFuture(sums[i]![j]!, s, k, futures.length, v, settings)));
    // As in weigh, after each future's few states: all of them at once would push the position's reading out.
    keepReading(state);
  });
  return { base, answers: sums };
}

/** Add to `sum` the value of `s`, the state future `k` of `n` played to: its share of the mean, and for the first
 *  future, what its ties are worth ahead (tiesAhead) and where the slow forces will take it (slowForces). */
function addFuture(sum: ValueParts, s: GameState, k: number, n: number, v: Valuer, settings: LookaheadSettings): void {
  const parts = valueParts(v, s);
  addParts(sum, parts, 1 / n);
  if (k > 0) return;
  // Read before the slow forces play on from `s` in place.
  const future = tiesAhead(s, v.actor);
  const later = slowForces(s, v, Math.min(settings.continuation, lastTurn(s) - s.turn + 1), parts);
  for (const m of METRICS) sum[m] += later[m];
  sum.future = future;
}

/** What the ties an actor holds at the end of a rollout are worth to it in the crises to come, as it judges ties
 *  (less their weariness: what it would weigh in keeping them): a tie's worth lies beyond the turn or two played, and
 *  an option that forms, keeps or breaks one is weighed by it. */
function tiesAhead(s: GameState, actor: ActorId): number {
  let sum = 0;
  // Each tie's influence is its margin given the others: the set's influence is counted once, whole (tiesInfluence).
  for (const { id, tie } of partnersOf(s, actor)) sum += judgedTieValue(s, actor, id, tie, false) - judgedWeariness(s, actor, id, tie) - tieValue(s, actor, id, tie, false).influence;
  return sum + tiesInfluence(s, actor);
}

/** The best option, if it beats the persona's by the margin; among options within the margin of the best, the one
 *  nearest the persona's, so that sampling noise does not push the actor to extremes. */
function pick(verdict: Verdict, margin: number): Option {
  const base = verdict.weighed[0]!;
  const item = verdict.item;
  const gains = verdict.weighed.filter((w) => w.value > base.value + margin);
  if (gains.length === 0) return base.option;
  const best = Math.max(...gains.map((w) => w.value));
  const at = (o: Option) => (item.options as readonly Option[]).indexOf(o);
  const near = gains.filter((w) => w.value >= best - margin);
  near.sort((a, b) => Math.abs(at(a.option) - at(base.option)) - Math.abs(at(b.option) - at(base.option)) || b.value - a.value);
  return near[0]!.option;
}

/** An item's options other than the one the decision holds, each as the decision with only that item changed. */
interface Alternatives {
  item: Item;
  options: Option[];
  decisions: ActorDecision[];
}

function alternativesTo(verdict: Verdict, decision: ActorDecision, state: GameState, actor: ActorId): Alternatives {
  const item = verdict.item;
  const options = (item.options as readonly Option[]).filter((option) => option !== verdict.baseline);
  return { item, options, decisions: options.map((option) => withOption(decision, state, actor, item, option)) };
}

/** Every option of every item played through the same futures, each as `decision` with only that item changed. */
function weighItems(state: GameState, actor: ActorId, decision: ActorDecision, items: Item[], rng: Rng, settings: LookaheadSettings): { verdicts: Verdict[]; futures: Future[] } {
  const verdicts: Verdict[] = items.map((item) => {
    const base = optionIn(decision, state, actor, item);
    return { item, baseline: base, chosen: base, weighed: [] };
  });
  if (state.ending || !verdicts.some((v) => v.item.options.length > 1)) return { verdicts, futures: [] };

  const futures = sampleFutures(state, actor, rng, settings.samples);
  const v = valuer(state, actor);
  const weighed = verdicts.filter((verdict) => verdict.item.options.length > 1);
  const horizonOf = (item: Item) => Math.min(settings.horizon, item.reach);
  const alternatives = weighed.map((verdict) => alternativesTo(verdict, decision, state, actor));
  // An answer plays only a turn (its reach), and its options share that turn, up to the call's crisis, with the
  // decision itself: they are played together (weighTurn).
  const answers = alternatives.flatMap((a) => (a.item.kind === 'answer' && horizonOf(a.item) === 1 ? [{ ...a, crisis: a.item.crisis }] : []));
  const baseAt = new Map<number, ValueParts>();
  const answerParts = new Map<Item, ValueParts[]>();
  if (weighed.some((verdict) => horizonOf(verdict.item) === 1)) {
    const turn = weighTurn(state, actor, decision, answers, futures, v, settings);
    baseAt.set(1, turn.base);
    answers.forEach((a, i) => answerParts.set(a.item, turn.answers[i]!));
  }
  const withFuture = (option: Option, parts: ValueParts): Weighed => ({ option, parts, value: totalOf(parts) });
  weighed.forEach((verdict, i) => {
    const horizon = horizonOf(verdict.item);
    if (!baseAt.has(horizon)) baseAt.set(horizon, weigh(state, actor, decision, futures, v, horizon, settings));
    verdict.weighed.push(withFuture(verdict.baseline, baseAt.get(horizon)!));
    const { options, decisions } = alternatives[i]!;
    const parts = answerParts.get(verdict.item) ?? decisions.map((d) => weigh(state, actor, d, futures, v, horizon, settings));
    options.forEach((option, j) => verdict.weighed.push(withFuture(option, parts[j]!)));
  });
  return { verdicts, futures };
}

export function deliberate(state: GameState, actor: ActorId, rng: Rng, settings: LookaheadSettings = LOOKAHEAD): Deliberation {
  let baseline = ruleDecision(state, actor, 'persona', rng);
  const items = itemsOf(state, actor, baseline, settings.postureTargets).filter((it) => it.options.length > 0);
  // Where the persona's choice is not among the options weighed, start from the nearest one that is.
  for (const item of items) {
    const base = optionIn(baseline, state, actor, item);
    if (item.kind === 'answer' && !item.options.includes(base as SupportLevel)) {
      const nearest = item.options.reduce((a, b) => (Math.abs(b - (base as number)) < Math.abs(a - (base as number)) ? b : a));
      baseline = withOption(baseline, state, actor, item, nearest);
    }
  }
  const { verdicts, futures } = weighItems(state, actor, baseline, items, rng, settings);
  let decision = baseline;
  for (const verdict of verdicts) {
    if (verdict.weighed.length < 2) continue;
    verdict.chosen = pick(verdict, settings.margin);
    decision = withOption(decision, state, actor, verdict.item, verdict.chosen);
  }
  if (decision.answers) {
    decision = { ...decision, answers: oneSide(state, actor, decision.answers) };
    for (const verdict of verdicts) if (verdict.item.kind === 'answer') verdict.chosen = decision.answers![verdict.item.ref] ?? verdict.chosen;
  }
  return { actor, decision, verdicts, futures };
}

/** The look-ahead's findings on a decision already made — by any policy, or by a player: each of its items (its
 *  posture changes, and the postures toward up to `postureLimit` others besides; its answers and choices) weighed
 *  against the alternatives, the decision's own option kept as chosen. */
export function weighDecision(state: GameState, actor: ActorId, decision: ActorDecision, rng: Rng, settings: LookaheadSettings = LOOKAHEAD, postureLimit: number | 'all' = 0): Verdict[] {
  const items = itemsOf(state, actor, decision, postureLimit).map((item): Item => {
    const own = optionIn(decision, state, actor, item);
    if ((item.options as readonly Option[]).includes(own)) return item;
    if (item.kind === 'answer') return { ...item, options: [...item.options, own as SupportLevel].sort((a, b) => a - b) };
    if (item.kind === 'posture') return { ...item, options: [...item.options, own as Posture].sort((a, b) => POSTURE_RANK[a] - POSTURE_RANK[b]) };
    return item;
  });
  return weighItems(state, actor, decision, items, rng, settings).verdicts;
}

export function lookaheadDecision(state: GameState, actor: ActorId, rng: Rng): ActorDecision {
  return deliberate(state, actor, rng).decision;
}
