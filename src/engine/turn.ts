// One turn: check every actor's decisions, then resolve them into the next state.
import {
  AUTONOMY_PER_PAID,
  BLOC_TENSION,
  METRIC_REST,
  RIVALRY_SEVERITY,
  TRADE_PER_YEAR,
  WAR,
  turnRates,
} from './coefficients';
import { makeCalls, resolveCrisis } from './crisis';
import { deal } from './deal';
import { applyChoice } from './effects';
import { autonomyTargetAt, figuresMoved, figuresNow, figuresOf, influenceTargetAt, readFrom, securityTargetAt, type Figures } from './future';
import { TiesReading, clamp, cooling, yearsPerTurn } from './relations';
import { restoreRng, type Rng } from './rng';
import { faceEachOther, lookup } from './lookup';
import { forgetReadings } from './recent';
import { cloneState, lastTurn } from './state';
import { breakStrainedTies, chafe, markSettled, settleTies, tiesSettled } from './ties';
import { forget } from './trust';
import { explaining, explainingNow, part, step, type Why } from './why';
import {
  POSTURES,
  STANCES,
  SUPPORT_LEVELS,
  err,
  ok,
  type ActorId,
  type CrisisInstance,
  type CrisisOutcome,
  type Decisions,
  type Ending,
  type GameState,
  type Posture,
  type Result,
  type Stance,
  type SupportLevel,
  type TurnRecord,
} from './types';

/** What is wrong with a decision, in codes and the ids it concerns; the UI puts it into words. `actor` decided it. */
export type DecisionError =
  | { code: 'game-over'; actor: ''; ending: Ending }
  /** `other` when the actor is known and the one it takes a posture toward is not. */
  | { code: 'unknown-actor'; actor: ActorId; other?: string }
  | { code: 'illegal-posture'; actor: ActorId; other: ActorId; posture: Posture }
  | { code: 'unknown-call'; actor: ActorId; call: string }
  | { code: 'illegal-answer'; actor: ActorId; call: string; got: string }
  /** `option` when the decision exists and the option named is not one of its event's. */
  | { code: 'unknown-choice'; actor: ActorId; choice: string; option?: string; event?: string }
  | { code: 'unknown-crisis'; actor: ActorId; crisis: string }
  /** `callee` when the list names one the actor may not call; none when the calls are not a list. */
  | { code: 'illegal-call'; actor: ActorId; crisis: string; callee?: string; callees: ActorId[] }
  | { code: 'illegal-stance'; actor: ActorId; crisis: string; got: string }
  | { code: 'illegal-challenge'; actor: ActorId; theatre: string; target: string };

export type DecisionErrorCode = DecisionError['code'];

export interface LegalOptions {
  postures: Record<ActorId, readonly Posture[]>;
  calls: { id: string; crisis: string; caller: ActorId; expected: SupportLevel; levels: SupportLevel[] }[];
  choices: { id: string; event: string; options: string[] }[];
  /** The crises where the actor is a principal: whom it may call on, and how it may meet them. */
  crises: { id: string; role: 'initiator' | 'target'; opponent: ActorId; theatre: string; callees: ActorId[]; stances: readonly Stance[] }[];
  /** The crises it may start, for the next turn: a rival it challenges in a theatre. */
  challenges: { theatre: string; target: ActorId }[];
}

const ANY_POSTURE: readonly Posture[] = POSTURES;
const HEDGE_ONLY: readonly Posture[] = ['hedge'];
/** The stances of a crisis where neither principal chose one (shared: never changed). */
const NO_STANCES: Readonly<{ initiator?: Stance; target?: Stance }> = {};

/** Postures an actor may take toward another: a pair whose tie just broke cannot warm up until its cooldown ends. */
export function legalPostures(state: GameState, actor: ActorId, other: ActorId): readonly Posture[] {
  return cooling(state, lookup(state.scenario).pair[actor]![other]!) ? HEDGE_ONLY : ANY_POSTURE;
}

export function legalOptions(state: GameState, actor: ActorId): LegalOptions {
  const postures: Record<ActorId, readonly Posture[]> = {};
  for (const { other, pair } of lookup(state.scenario).rows[actor]!) postures[other] = cooling(state, pair) ? HEDGE_ONLY : ANY_POSTURE;
  return { postures, calls: legalCalls(state, actor), choices: legalChoices(state, actor), crises: legalCrises(state, actor), challenges: legalChallenges(state, actor) };
}

/** The crises of this turn where `actor` is a principal, with the actors the rules would call for it (makeCalls:
 *  those tied to it, and for a target the bystanders with a stake), whether or not it has called them yet. */
export function legalCrises(state: GameState, actor: ActorId): LegalOptions['crises'] {
  const out: LegalOptions['crises'] = [];
  for (const c of state.agenda.crises) {
    if (c.initiator !== actor && c.target !== actor) continue;
    const callees = makeCalls(state, c.id, c.theatre, c.initiator, c.target).filter((call) => call.caller === actor).map((call) => call.callee);
    out.push({ id: c.id, role: c.initiator === actor ? 'initiator' : 'target', opponent: c.initiator === actor ? c.target : c.initiator, theatre: c.theatre, callees, stances: STANCES });
  }
  return out;
}

/** The crises `actor` may start: every rivalry in which the scenario makes it the challenger; none on the last turn,
 *  when no next turn would open them. */
export function legalChallenges(state: GameState, actor: ActorId): LegalOptions['challenges'] {
  const out: LegalOptions['challenges'] = [];
  if (state.turn >= lastTurn(state)) return out;
  for (const t of state.scenario.theatres) for (const r of t.rivals) if (r.challenger === actor) out.push({ theatre: t.id, target: r.defender });
  return out;
}

/** Whether any actor chose which calls to make. */
function anyCalls(decisions: Decisions): boolean {
  for (const actor in decisions) if (decisions[actor]!.calls) return true;
  return false;
}

/** The turn's crises with each principal's calls cut to those it chose to make (ActorDecision.calls); the same
 *  crises when no one chose. Calls are made in public before anyone answers: a call not made is not answered. */
export function crisesCalled(state: GameState, decisions: Decisions): CrisisInstance[] {
  const chosen = (caller: ActorId, crisis: string) => decisions[caller]?.calls?.[crisis];
  if (!anyCalls(decisions)) return state.agenda.crises;
  return state.agenda.crises.map((c) => {
    const calls = c.calls.filter((call) => {
      const list = chosen(call.caller, c.id);
      return list === undefined || list.includes(call.callee);
    });
    return calls.length === c.calls.length ? c : { ...c, calls };
  });
}

/** The state with the principals' calls made as `decisions` choose (crisesCalled): the position in which the
 *  others answer. The given state is never changed. */
export function withCalls(state: GameState, decisions: Decisions): GameState {
  const crises = crisesCalled(state, decisions);
  return crises === state.agenda.crises ? state : { ...state, agenda: { ...state.agenda, crises } };
}

/** The calls `actor` must answer this turn, with the levels it may answer at. */
export function legalCalls(state: GameState, actor: ActorId): LegalOptions['calls'] {
  const calls: LegalOptions['calls'] = [];
  for (const c of state.agenda.crises) {
    for (const call of c.calls) if (call.callee === actor) calls.push({ id: call.id, crisis: c.id, caller: call.caller, expected: call.expected, levels: [...SUPPORT_LEVELS] });
  }
  return calls;
}

/** The events `actor` decides this turn, with their options. */
export function legalChoices(state: GameState, actor: ActorId): LegalOptions['choices'] {
  const choices: LegalOptions['choices'] = [];
  for (const ch of state.agenda.choices) if (ch.decider === actor) choices.push({ id: ch.id, event: ch.event, options: lookup(state.scenario).event.get(ch.event)!.choices!.map((c) => c.id) });
  return choices;
}

export function checkDecisions(state: GameState, decisions: Decisions): DecisionError[] {
  const errors: DecisionError[] = [];
  if (state.ending) return [{ code: 'game-over', actor: '', ending: state.ending }];
  const actorIds = lookup(state.scenario).actor;
  const called = crisesCalled(state, decisions);
  const callOf = (id: string) => {
    for (const c of called) for (const call of c.calls) if (call.id === id) return call;
    return undefined;
  };
  for (const actor in decisions) {
    const d = decisions[actor]!;
    if (!actorIds.has(actor)) {
      errors.push({ code: 'unknown-actor', actor });
      continue;
    }
    for (const other in d.postures) {
      const posture = d.postures[other]!;
      if (!actorIds.has(other) || other === actor) {
        errors.push({ code: 'unknown-actor', actor, other });
      } else if (!legalPostures(state, actor, other).includes(posture)) {
        errors.push({ code: 'illegal-posture', actor, other, posture });
      }
    }
    for (const callId in d.answers) {
      const level = d.answers[callId]!;
      const call = callOf(callId);
      if (!call || call.callee !== actor) {
        errors.push({ code: 'unknown-call', actor, call: callId });
      } else if (!(SUPPORT_LEVELS as readonly number[]).includes(level)) {
        errors.push({ code: 'illegal-answer', actor, call: callId, got: String(level) });
      }
    }
    crisisErrors(state, actor, d, errors);
    for (const instanceId in d.choices) {
      const choiceId = d.choices[instanceId]!;
      const instance = state.agenda.choices.find((c) => c.id === instanceId);
      const event = instance && lookup(state.scenario).event.get(instance.event);
      if (!instance || instance.decider !== actor || !event) {
        errors.push({ code: 'unknown-choice', actor, choice: instanceId });
      } else if (!event.choices!.some((c) => c.id === choiceId)) {
        errors.push({ code: 'unknown-choice', actor, choice: instanceId, option: String(choiceId), event: event.id });
      }
    }
  }
  return errors;
}

/** What is wrong with an actor's calls, stances and challenge, added to `errors` (most actors decide none of them). */
function crisisErrors(state: GameState, actor: ActorId, d: Decisions[string], errors: DecisionError[]): void {
  if (!d.calls && !d.stances && !d.challenge) return;
  const mine = new Map(legalCrises(state, actor).map((c) => [c.id, c]));
  const crisisOf = (id: string) => {
    const c = mine.get(id);
    if (!c) errors.push({ code: 'unknown-crisis', actor, crisis: id });
    return c;
  };
  for (const id in d.calls) {
    const c = crisisOf(id);
    const list = d.calls[id];
    if (!c) continue;
    if (!Array.isArray(list)) errors.push({ code: 'illegal-call', actor, crisis: id, callees: c.callees });
    else for (const x of list) if (!c.callees.includes(x)) errors.push({ code: 'illegal-call', actor, crisis: id, callee: String(x), callees: c.callees });
  }
  for (const id in d.stances) {
    const c = crisisOf(id);
    if (c && !(STANCES as readonly string[]).includes(d.stances[id]!)) errors.push({ code: 'illegal-stance', actor, crisis: id, got: String(d.stances[id]) });
  }
  if (d.challenge) {
    const { theatre, target } = d.challenge;
    if (!legalChallenges(state, actor).some((x) => x.theatre === theatre && x.target === target)) {
      errors.push({ code: 'illegal-challenge', actor, theatre: String(theatre), target: String(target) });
    }
  }
}

/**
 * Resolve the current turn. Unmentioned postures stay as they are, an unanswered call counts as neutrality,
 * an undecided event takes its first choice. The given state is never changed.
 */
export function applyDecisions(state: GameState, decisions: Decisions): Result<GameState, DecisionError> {
  const errors = checkDecisions(state, decisions);
  if (errors.length > 0) return err(errors);
  return ok(resolveTurn(state, decisions));
}

/**
 * applyDecisions without the check, for decisions legal by construction: the look-ahead plays thousands of turns a
 * decision, each built from legalOptions, and checking them again would cost a twentieth of its time. Decisions that
 * break the rules give a state no game can reach, so anything a person or a file decided goes through applyDecisions.
 */
export function resolveTurn(state: GameState, decisions: Decisions): GameState {
  return resolve(state, decisions, { deal: true });
}

/**
 * A turn of the slow forces alone — no crisis, no event, everyone holding its postures — from `state` as it stands:
 * what the look-ahead plays to see where they are taking an actor. It is resolveTurn on the state with its agenda
 * emptied and no decisions, but the next turn's agenda is not dealt: nothing a projection reads (metrics, trust,
 * grievances, ties, power, tension) depends on the dealing, which would cost a sixth of the turn. With `valued`, only
 * the metrics read in valuing the state for that actor move (see resolveUndealt).
 */
export function quietTurn(state: GameState, valued?: ActorId): GameState {
  return resolve({ ...state, agenda: { crises: [], choices: [] } }, {}, { deal: false, quietFrom: state, valued });
}

/**
 * quietTurn played on `state` itself, which becomes the state after it: for a state a turn resolved (resolveTurn,
 * resolveUndealt, this) that the look-ahead values once (see slowForces), where copying the state would be much of
 * the quiet turn's work. No one may read the state as it was afterwards; every reading kept of it is forgotten
 * (forgetReadings).
 */
export function quietTurnInPlace(state: GameState, valued?: ActorId): GameState {
  state.agenda = { crises: [], choices: [] };
  return resolve(state, {}, { deal: false, quietFrom: state, valued, inPlace: true });
}

/** resolveTurn with the next turn's agenda left empty rather than dealt: for the look-ahead's last turn of a rollout,
 *  whose state is valued and never played on (see quietTurn). With `valued`, only the metrics read in valuing it for
 *  that actor move by the slow forces — its own, and the playable sides' security and stability (whose collapse
 *  ends the game); the others' do not: a state no game reaches, for the look-ahead alone, which reads no other
 *  actor's metrics. */
export function resolveUndealt(state: GameState, decisions: Decisions, valued?: ActorId): GameState {
  return resolve(state, decisions, { deal: false, valued });
}

/** How a turn is resolved (see resolve). */
interface Resolving {
  /** Whether the next turn's agenda is dealt (see quietTurn). */
  deal: boolean;
  /** For a quiet turn, the state it plays on, whose figures its end may read again (see endOfTurn). */
  quietFrom?: GameState;
  /** The actor the state is valued for: only the metrics that valuing reads move (see resolveUndealt). */
  valued?: ActorId;
  /** Whether the turn changes the given state itself rather than a copy (see quietTurnInPlace). */
  inPlace?: boolean;
}

/** A turn resolved, on a copy of the state unless `how.inPlace`. */
function resolve(state: GameState, decisions: Decisions, how: Resolving): GameState {
  const turn = beginTurn(state, decisions, how);
  resolveCrises(turn, turn.s.agenda.crises.length);
  return finishTurn(turn);
}

/** Decisions that differ from those a turn is played under only in the answers to the calls of one crisis. */
export interface AnswerVariants {
  crisis: string;
  decisions: readonly Decisions[];
}

/**
 * resolveUndealt for `decisions`, and for each of `variants` (the look-ahead weighing the levels of its answers against
 * the decision it starts from): the turn is played once up to each variant's crisis — postures, ties, events and the
 * crises before it, none of which reads those answers — and each variant plays on from a copy of it. Gives the state
 * `decisions` lead to, and those of each variant, in the order given.
 */
export function resolveUndealtVariants(state: GameState, decisions: Decisions, variants: readonly AnswerVariants[], valued?: ActorId): { played: GameState; variants: GameState[][] } {
  const turn = beginTurn(state, decisions, { deal: false, valued });
  const crises = turn.s.agenda.crises;
  const at = variants.map((v) => crises.findIndex((c) => c.id === v.crisis));
  const out: GameState[][] = new Array<GameState[]>(variants.length);
  // The variants in the order of their crises, so that the turn is played through once.
  const order = variants.map((_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
  for (const i of order) {
    resolveCrises(turn, at[i]!);
    out[i] = variants[i]!.decisions.map((d) => {
      const fork = forkTurn(turn, d);
      resolveCrises(fork, crises.length);
      return finishTurn(fork);
    });
  }
  resolveCrises(turn, crises.length);
  return { played: finishTurn(turn), variants: out };
}

/** A turn being resolved (see resolve): the state it changes, its generator and record, the answers to its calls,
 *  and how far its crises have come. */
interface TurnInProgress {
  s: GameState;
  decisions: Decisions;
  how: Resolving;
  /** The ties of the state the turn began from (see endOfTurn). */
  tiesBefore: GameState['ties'];
  rng: Rng;
  record: TurnRecord;
  answers: Map<string, SupportLevel>;
  /** The crises of `s.agenda` resolved so far, from the first. */
  crisesDone: number;
  /** The first clash between strong states at the boiling point, which ends the game (isWar). */
  war: { initiator: ActorId; target: ActorId } | null;
}

/** The answers to the calls made, each from the actor called (the only one that may answer it: checkDecisions),
 *  read by call: walking every actor's record of answers would cost more than the crises that read them. */
function answersTo(crises: readonly CrisisInstance[], decisions: Decisions): Map<string, SupportLevel> {
  const answers = new Map<string, SupportLevel>();
  for (const crisis of crises) {
    for (const call of crisis.calls) {
      const level = decisions[call.callee]?.answers?.[call.id];
      if (level !== undefined) answers.set(call.id, level);
    }
  }
  return answers;
}

/** A turn begun: the state copied (unless `how.inPlace`), the postures taken, the ties settled and the events
 *  decided; its crises are still to come. */
function beginTurn(state: GameState, decisions: Decisions, how: Resolving): TurnInProgress {
  const s = how.inPlace ? state : cloneState(state);
  // The ties the quiet turn plays on: while they stand, its figures are those of the state it played on (endOfTurn).
  const tiesBefore = state.ties;
  s.agenda = { ...s.agenda, crises: crisesCalled(s, decisions) };
  const rng = restoreRng(s.rng);
  const record: TurnRecord = { turn: s.turn, decisions, crises: [], choices: [], tieChanges: [] };

  // On a state whose ties are settled, only the pairs whose postures change can form or lower a tie (see settledWith):
  // they are marked by actor indexes, both ways.
  const settled = tiesSettled(state);
  const L = lookup(s.scenario);
  const n = L.ids.length;
  let moved: boolean[] | null = null;
  for (const actor in decisions) {
    const postures = decisions[actor]!.postures;
    // A new row for an actor that changes a posture (see cloneState); most change none.
    let mine: Record<ActorId, Posture> | null = null;
    for (const other in postures) {
      mine ??= { ...s.postures[actor]! };
      if (settled && postures[other] !== mine[other]) {
        moved ??= new Array<boolean>(n * n).fill(false);
        const i = L.index[actor]!;
        const j = L.index[other]!;
        moved[i * n + j] = moved[j * n + i] = true;
      }
      mine[other] = postures[other]!;
    }
    if (mine) s.postures[actor] = mine;
  }
  // The ties the turn's choices were made under (a table replaced, never changed in place, when a tie changes).
  const tiesWhenDecided = s.ties;
  if (!settled) step(s, { kind: 'ties' }, () => settleTies(s, record.tieChanges));
  else if (moved) step(s, { kind: 'ties' }, () => settleTies(s, record.tieChanges, moved));

  for (const instance of s.agenda.choices) {
    const event = lookup(s.scenario).event.get(instance.event)!;
    const choice = decisions[instance.decider]?.choices?.[instance.id] ?? event.choices![0]!.id;
    step(s, { kind: 'event', event: event.id, decider: instance.decider }, () => applyChoice(s, event, choice, instance.decider, tiesWhenDecided));
    record.choices.push({ id: instance.id, event: event.id, decider: instance.decider, choice });
  }
  return { s, decisions, how, tiesBefore, rng, record, answers: answersTo(s.agenda.crises, decisions), crisesDone: 0, war: null };
}

/** A copy of a turn in progress, to go on under `decisions`, which differ from the turn's own only in the answers to
 *  the calls of crises still to come: its own state, generator, record and answers. */
function forkTurn(turn: TurnInProgress, decisions: Decisions): TurnInProgress {
  const { record } = turn;
  return {
    ...turn,
    s: cloneState(turn.s),
    decisions,
    rng: restoreRng(turn.rng.save()),
    record: { ...record, decisions, crises: [...record.crises], choices: [...record.choices], tieChanges: [...record.tieChanges] },
    answers: answersTo(turn.s.agenda.crises, decisions),
  };
}

/** Resolve the turn's crises in order, up to (not including) the one at `end` in the agenda. */
function resolveCrises(turn: TurnInProgress, end: number): void {
  const { s, decisions, rng, record, answers } = turn;
  for (; turn.crisesDone < end; turn.crisesDone++) {
    const crisis = s.agenda.crises[turn.crisesDone]!;
    const initiator = decisions[crisis.initiator]?.stances?.[crisis.id];
    const target = decisions[crisis.target]?.stances?.[crisis.id];
    // Only the stances chosen: most crises have none (the computer's powers stand firm).
    const chosen = initiator || target ? { ...(initiator ? { initiator } : {}), ...(target ? { target } : {}) } : NO_STANCES;
    let outcome!: CrisisOutcome;
    step(s, { kind: 'crisis', crisis: crisis.id }, () => (outcome = resolveCrisis(s, rng, crisis, answers, chosen)));
    record.crises.push(outcome);
    if (outcome.escalated && isWar(s, crisis.initiator, crisis.target, crisis.severity, s.tension[crisis.theatre]!)) {
      turn.war ??= { initiator: crisis.initiator, target: crisis.target };
    }
  }
}

/** The rest of a turn whose crises are resolved: crises started for the next turn, the slow forces, the ending, and
 *  the next agenda (if `how.deal`). */
function finishTurn(turn: TurnInProgress): GameState {
  const { s, decisions, how, tiesBefore, rng, record, war } = turn;
  const { quietFrom, valued } = how;
  // Crises started by choice open on the next turn, at the severity the theatre's tension gives a rivalry's.
  for (const actor in decisions) {
    const d = decisions[actor]!;
    if (!d.challenge) continue;
    const { theatre, target } = d.challenge;
    s.queued.push({ theatre, initiator: actor, target, event: null, severity: RIVALRY_SEVERITY.base + RIVALRY_SEVERITY.perTension * s.tension[theatre]! });
  }

  const figures = endOfTurn(s, record, quietFrom && { from: quietFrom, ties: tiesBefore }, valued);
  s.log.push(record);

  const collapsed = s.scenario.playable.find((id) => s.metrics[id]!.security <= 0 || s.metrics[id]!.stability <= 0);
  if (war) s.ending = { reason: 'war', turn: s.turn, ...war };
  else if (collapsed) s.ending = { reason: 'collapse', turn: s.turn, actor: collapsed };
  else if (s.turn >= lastTurn(s)) s.ending = { reason: 'last-turn', turn: s.turn, ...(s.rules?.turns === undefined ? {} : { lessonTurns: s.rules.turns }) };

  // What was read of the state as it was is no longer true of it.
  if (how.inPlace) forgetReadings(s);
  if (s.ending) s.agenda = { crises: [], choices: [] };
  else {
    s.turn++;
    // The dealing reads the state's figures, as does the look-ahead valuing it: those of the turn's end, with its
    // power and tensions as they are now.
    readFrom(figuresMoved(figures, s));
    if (how.deal) deal(s, rng);
    else s.agenda = { crises: [], choices: [] };
  }
  s.rng = rng.save();
  markSettled(s);
  return s;
}

/** Resolve the turn as applyDecisions does, and say why every metric and every trust moved (see why.ts). */
export function explainTurn(state: GameState, decisions: Decisions): Result<{ next: GameState; why: Why }, DecisionError> {
  const { result, why } = explaining(state, () => applyDecisions(state, decisions));
  return result.ok ? ok({ next: result.value, why }) : result;
}

/** A clash between two strong states in a theatre at the boiling point is a war, and ends the game. */
function isWar(s: GameState, a: ActorId, b: ActorId, severity: number, tension: number): boolean {
  const strongState = (id: ActorId) => lookup(s.scenario).actor.get(id)!.kind === 'state' && s.power[id]!.military >= WAR.military;
  return severity >= WAR.severity && tension >= WAR.tension && strongState(a) && strongState(b);
}

/** How many alliances draw camps in each theatre (by index), each raising the tension it settles toward: those with
 *  either side among the theatre's rivals, unless the two face each other there. The ties alone decide it: it is read
 *  once for each table of ties (TiesReading). */
function blocsIn(state: GameState): number[] {
  const L = lookup(state.scenario);
  const alliances = L.pairs.filter((p) => state.ties[p.key]?.kind === 'alliance').map((p) => [p.a, p.b] as const);
  return state.scenario.theatres.map((theatre, t) => {
    const rivals = L.rivalsIn.get(theatre.id)!;
    let blocs = 0;
    for (const [a, b] of alliances) {
      const touches = rivals.has(a) || rivals.has(b);
      if (touches && !faceEachOther(L, t, L.index[a]!, L.index[b]!)) blocs++;
    }
    return blocs;
  });
}

const blocsOf = new TiesReading(blocsIn);

/** The slow forces of a turn, at their yearly rates: grievances fade and unequal terms chafe, ties strain, beliefs
 *  grow vaguer, power shifts, and each metric moves toward where the state of the world pushes it. Gives the figures
 *  it read, those from before the power shifted and the tensions moved. With `valued`, only the metrics read in
 *  valuing the state for that actor move (see resolveUndealt), and no belief grows vaguer. A quiet turn gives the
 *  state it played on and its ties then (`quiet`). */
function endOfTurn(s: GameState, record: TurnRecord, quiet?: { from: GameState; ties: GameState['ties'] }, valued?: ActorId): Figures {
  const L = lookup(s.scenario);
  const { ids } = L;
  const years = yearsPerTurn(s.scenario);
  const turn = turnRates(years);
  const grievanceKept = turn.grievanceKept;
  step(s, { kind: 'ageing' }, () => {
    const g = s.grievance;
    for (let i = 0; i < g.length; i++) g[i]! *= grievanceKept;
  });
  // Unequal terms chafe apart from the fading, so that a turn explained tells the two apart.
  step(s, { kind: 'terms' }, () => chafe(s));
  step(s, { kind: 'ageing' }, () => {
    breakStrainedTies(s, record.tieChanges);
    // A state valued for one actor is never played on, and valuing it reads no evidence: its beliefs need not thin.
    if (valued === undefined) forget(s, turn.evidenceKept);
  });

  // Points each actor paid this turn backing others in clashes, by actor index: obligations paid weigh on its freedom.
  const paid = new Array<number>(ids.length).fill(0);
  for (const c of record.crises) for (const a of c.answers) if (a.cost > 0) paid[L.index[a.callee]!]! += a.cost;

  // A turn's share of each metric's yearly rate, the same for every actor.
  const rates = turn.metric;
  // Read once for every actor: nothing they read changes until the metrics have all moved. A quiet turn moves no
  // trust, power or tension before this (no crisis, no event; only a tie lowered or broken teaches anything), so
  // with its ties as they were its figures are those of the state it played on, often read already.
  const figures = quiet && s.ties === quiet.ties ? figuresNow(quiet.from) : figuresOf(s);
  const { hazards, n, trust, economic } = figures;
  const { playable } = s.scenario;
  step(s, { kind: 'rest' }, () => {
    for (let i = 0; i < ids.length; i++) settleMetrics(i);
  });
  /** The slow forces on the metrics of the actor of index `i`. */
  function settleMetrics(i: number): void {
    const a = ids[i]!;
    // A state valued for one actor (see resolveUndealt) moves that actor's metrics, and of the playable sides' only
    // those their collapse, which ends the game, is judged by.
    const whole = valued === undefined || a === valued;
    if (!whole && !playable.includes(a)) return;
    const m = s.metrics[a]!;
    const was = explainingNow() ? { ...m } : null;
    let trade = 0;
    if (whole) {
      const ownEconomy = economic[i]!;
      // Practical cooperation pays the same under partnership and alliance, as far as each side counts on the other to
      // keep its side of the bargain. (The figures are those of the ties, trust and power now: nothing since changed them.)
      for (const { at } of figures.held[i]!) trade += (TRADE_PER_YEAR * years * trust[i * n + at]! * economic[at]!) / (economic[at]! + ownEconomy + 1e-9);
      m.autonomy = clamp(m.autonomy + rates.autonomy * (autonomyTargetAt(figures, i, hazards) - m.autonomy) - AUTONOMY_PER_PAID * paid[i]!, 0, 100);
      m.economy = clamp(m.economy + trade + rates.economy * (METRIC_REST - m.economy), 0, 100);
      m.influence = clamp(m.influence + rates.influence * (influenceTargetAt(figures, i) - m.influence), 0, 100);
    }
    m.security = clamp(m.security + rates.security * (securityTargetAt(figures, i) - m.security), 0, 100);
    m.stability = clamp(m.stability + rates.stability * (METRIC_REST - m.stability), 0, 100);
    // Each slow force, by what it moved (economy's drift toward rest, and stability's, stay with the step's cause).
    if (was) {
      part(a, 'autonomy', { kind: 'obligations' }, m.autonomy - was.autonomy);
      part(a, 'economy', { kind: 'trade' }, trade);
      part(a, 'security', { kind: 'threats' }, m.security - was.security);
      part(a, 'influence', { kind: 'reliance' }, m.influence - was.influence);
    }
  }

  // Power shifts by itself where the scenario says it grows or declines.
  for (const actor of s.scenario.actors) {
    if (!actor.growth) continue;
    const p = s.power[actor.id]!;
    // A new record, never a change in place: states share power records (see cloneState).
    s.power[actor.id] = { military: Math.max(0, p.military + (actor.growth.military ?? 0) * years), economic: Math.max(0, p.economic + (actor.growth.economic ?? 0) * years) };
  }

  // Alliances draw camps (blocsIn); a theatre's own baseline moves by its trend (a threat fading, or growing).
  const blocs = blocsOf.of(s);
  const elapsed = s.turn * years;
  const tensionRate = turn.tension;
  s.scenario.theatres.forEach((theatre, t) => {
    const baseline = clamp(theatre.tension + (theatre.trend ?? 0) * elapsed, 0, 1);
    const target = clamp(baseline + BLOC_TENSION * blocs[t]!, 0, 1);
    s.tension[theatre.id] = clamp(s.tension[theatre.id]! + tensionRate * (target - s.tension[theatre.id]!), 0, 1);
  });
  return figures;
}
