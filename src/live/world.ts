// One shared world played by many people: each human seat leads a power, the computer leads the rest. A turn goes in
// phases — calling (the human principals of a crisis choose whom to call), deciding (every human seat: postures,
// answers, choices, a challenge), standing (the human principals, having seen who answered them) — and is resolved
// by the engine. Decisions stay secret until their phase closes (calls) or the turn resolves (everything else).
// Pure: no clock and no room. The room calls `timeOut` when a deadline passes and passes in how the computer decides.
import {
  applyDecisions,
  checkDecisions,
  injectEvent,
  newGame,
  withCalls,
  type ActorDecision,
  type ActorId,
  type DecisionError,
  type Decisions,
  type GameRules,
  type GameState,
  type InjectError,
  type Result,
  type Scenario,
  type SupportLevel,
} from '../engine';
import type { DecideOthers } from '../machine/others';
import type { Decide } from './protocol';
import { ShapeCheck, rulesProblems } from '../persistence/shape';

export type { DecideOthers };

export const WORLD_PHASES = ['calling', 'deciding', 'standing', 'over'] as const;
export type WorldPhase = (typeof WORLD_PHASES)[number];
type OpenPhase = Exclude<WorldPhase, 'over'>;

/** The parts of a decision each phase takes: a piece naming another phase's part is refused. */
export const PHASE_PARTS: Record<OpenPhase, readonly (keyof ActorDecision)[]> = {
  calling: ['calls'],
  deciding: ['postures', 'answers', 'choices', 'challenge'],
  standing: ['stances'],
};

/** What a world is made of, fixed when it starts: the human seats are powers of the scenario, playable or not. */
export interface WorldSetup {
  scenario: Scenario;
  seed: string;
  rules?: GameRules;
  seats: ActorId[];
}

/** One resolved turn: the events the teacher put on it, then every actor's decisions as the engine took them.
 *  `held`: the human seats the computer decided for, having missed a deadline. Replaying needs only the first two. */
export interface WorldTurn {
  injected: string[];
  decisions: Decisions;
  held?: ActorId[];
}

export interface World {
  readonly setup: WorldSetup;
  /** The turn awaiting decisions, with the events injected into it on its agenda. */
  readonly game: GameState;
  readonly phase: WorldPhase;
  /** The events injected into this turn, in order. */
  readonly injected: readonly string[];
  /** Each human seat's decision so far this turn, its phases' parts together. Never shown to another seat. */
  readonly pending: Readonly<Record<ActorId, ActorDecision>>;
  /** The seats that have decided in this phase. */
  readonly done: readonly ActorId[];
  /** The seats the computer decides for until the turn resolves. */
  readonly held: readonly ActorId[];
  /** The computer's decisions for the actors no person decides, made when the deciding phase closes. */
  readonly others: Decisions | null;
  readonly log: readonly WorldTurn[];
}

export type WorldSetupProblem =
  | { code: 'no-seats' }
  | { code: 'unknown-seat'; seat: string }
  | { code: 'seat-twice'; seat: ActorId }
  | { code: 'bad-rules'; message: string };

/** Why a request is refused; nothing changes then. */
export type WorldRefusal =
  | { code: 'game-over' }
  | { code: 'not-a-seat'; seat: string }
  | { code: 'wrong-turn'; turn: number; expected: number }
  | { code: 'wrong-phase'; phase: string; expected: WorldPhase }
  /** The computer decides for this seat until the turn resolves. */
  | { code: 'held'; seat: ActorId }
  /** The seat has nothing to decide in this phase (calling and standing are for the principals of a crisis). */
  | { code: 'nothing-to-decide'; seat: ActorId; phase: WorldPhase }
  | { code: 'bad-shape'; messages: string[] }
  /** The piece names parts another phase decides. */
  | { code: 'wrong-part'; phase: WorldPhase; parts: string[] }
  | { code: 'illegal'; errors: DecisionError[] }
  | { code: 'waiting'; waitingFor: ActorId[] }
  /** An event is injected before anyone decides the turn. */
  | { code: 'too-late' }
  | { code: 'bad-event'; errors: InjectError[] }
  /** The engine refused the turn's decisions put together: a fault of the rules' side, not the players'. */
  | { code: 'fault'; errors: DecisionError[] };

const refuse = <T>(e: WorldRefusal): Result<T, WorldRefusal> => ({ ok: false, errors: [e] });

/** A new world at its first turn, or why it cannot start. */
export function startWorld(setup: WorldSetup): Result<World, WorldSetupProblem> {
  const { scenario, seats, rules } = setup;
  const problems: WorldSetupProblem[] = [];
  if (seats.length === 0) problems.push({ code: 'no-seats' });
  seats.forEach((seat, i) => {
    if (!scenario.actors.some((a) => a.id === seat)) problems.push({ code: 'unknown-seat', seat: String(seat) });
    else if (seats.indexOf(seat) !== i) problems.push({ code: 'seat-twice', seat });
  });
  if (rules !== undefined) for (const p of rulesProblems(rules, scenario)) problems.push({ code: 'bad-rules', message: p.message });
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, value: turnOpened({ setup: { ...setup, seats: [...seats] }, log: [] }, newGame(scenario, setup.seed, rules)) };
}

/** The world at the start of `game`'s turn: nothing decided yet. */
function turnOpened(world: Pick<World, 'setup' | 'log'>, game: GameState): World {
  const base = { setup: world.setup, log: world.log, game, injected: [], pending: {}, done: [], held: [], others: null };
  return { ...base, phase: game.ending ? 'over' : firstPhase(world.setup.seats, game) };
}

/** Calling comes first when a human seat is a principal in one of the turn's crises; otherwise deciding. */
const firstPhase = (seats: readonly ActorId[], game: GameState): OpenPhase => (principals(seats, game).length > 0 ? 'calling' : 'deciding');

/** The seats among `seats` that are a principal (initiator or target) in a crisis of the turn. */
const principals = (seats: readonly ActorId[], game: GameState): ActorId[] =>
  seats.filter((s) => game.agenda.crises.some((c) => c.initiator === s || c.target === s));

/** The seats that decide in the current phase. */
function deciders(world: World): ActorId[] {
  const free = world.setup.seats.filter((s) => !world.held.includes(s));
  if (world.phase === 'over') return [];
  return world.phase === 'deciding' ? free : principals(free, world.game);
}

/** The seats still to decide in this phase: who, never what. */
export const waitingFor = (world: World): ActorId[] => deciders(world).filter((s) => !world.done.includes(s));

/** The human principals' calls, by caller and crisis: public once the calling phase has closed. */
function publicCalls(world: World): Record<ActorId, Record<string, ActorId[]>> | undefined {
  if (world.phase === 'calling' || world.phase === 'over') return undefined;
  const out: Record<ActorId, Record<string, ActorId[]>> = {};
  for (const [seat, d] of Object.entries(world.pending)) if (d.calls) out[seat] = d.calls;
  return out;
}

/** Every human seat's calls, as decisions: the position the others answer in is `withCalls(game, callsOf(...))`. */
const callsOf = (pending: World['pending']): Decisions => {
  const out: Decisions = {};
  for (const [seat, d] of Object.entries(pending)) if (d.calls) out[seat] = { calls: d.calls };
  return out;
};

/**
 * A seat's decision for the current phase, which replaces what it sent before in this phase. Checked as a person's
 * decisions always are: the engine judges it with the other seats' calls (they decide which calls there are to
 * answer); refused with a code, and the engine's errors when it breaks a rule.
 */
export function submit(world: World, seat: ActorId, move: Decide): Result<World, WorldRefusal> {
  if (world.phase === 'over') return refuse({ code: 'game-over' });
  if (!world.setup.seats.includes(seat)) return refuse({ code: 'not-a-seat', seat: String(seat) });
  if (move.turn !== world.game.turn) return refuse({ code: 'wrong-turn', turn: move.turn, expected: world.game.turn });
  if (move.phase !== world.phase) return refuse({ code: 'wrong-phase', phase: String(move.phase), expected: world.phase });
  if (world.held.includes(seat)) return refuse({ code: 'held', seat });
  if (!deciders(world).includes(seat)) return refuse({ code: 'nothing-to-decide', seat, phase: world.phase });
  const shape = new ShapeCheck();
  shape.decisions({ [seat]: move.decision }, []);
  if (shape.problems.length > 0) return refuse({ code: 'bad-shape', messages: shape.result().map((p) => `${p.path}: ${p.message}`) });
  const parts = PHASE_PARTS[world.phase];
  const wrong = Object.keys(move.decision).filter((k) => !(parts as readonly string[]).includes(k));
  if (wrong.length > 0) return refuse({ code: 'wrong-part', phase: world.phase, parts: wrong });

  // This phase's parts replace the ones sent before in it; the other phases' stay.
  const kept: ActorDecision = { ...world.pending[seat] };
  for (const p of parts) delete kept[p];
  const decision: ActorDecision = { ...kept, ...structuredClone(move.decision) };
  const errors = checkDecisions(world.game, { ...callsOf(world.pending), [seat]: decision });
  if (errors.length > 0) return refuse({ code: 'illegal', errors });
  const done = world.done.includes(seat) ? world.done : [...world.done, seat];
  return { ok: true, value: { ...world, pending: { ...world.pending, [seat]: decision }, done } };
}

/** The next phase, once every seat that decides in this one has: the computer decides for the rest when deciding
 *  closes, and the turn resolves after the last phase. Phases with no one left to decide are passed over. */
export function advance(world: World, decideOthers: DecideOthers): Result<World, WorldRefusal> {
  if (world.phase === 'over') return refuse({ code: 'game-over' });
  const waiting = waitingFor(world);
  if (waiting.length > 0) return refuse({ code: 'waiting', waitingFor: waiting });
  let next: Result<World, WorldRefusal> = { ok: true, value: world };
  do next = step(next.value, decideOthers);
  while (next.ok && next.value.phase !== 'over' && waitingFor(next.value).length === 0);
  return next;
}

/** The deadline has passed: the seats still to decide are decided by the computer until the turn resolves (as it
 *  decides for a power no one plays: its calls made to every partner, its stance firm), and the world advances. */
export function timeOut(world: World, decideOthers: DecideOthers): Result<World, WorldRefusal> {
  if (world.phase === 'over') return refuse({ code: 'game-over' });
  return advance({ ...world, held: [...world.held, ...waitingFor(world)] }, decideOthers);
}

function step(world: World, decideOthers: DecideOthers): Result<World, WorldRefusal> {
  const free = world.setup.seats.filter((s) => !world.held.includes(s));
  if (world.phase === 'calling') return { ok: true, value: { ...world, phase: 'deciding', done: [] } };
  if (world.phase === 'deciding') {
    // The computer answers the calls the people chose to make, seeing none of their other decisions.
    const others = decideOthers(withCalls(world.game, callsOf(world.pending)), free);
    const standing = principals(free, world.game).length > 0;
    const next: World = { ...world, others, done: [] };
    return standing ? { ok: true, value: { ...next, phase: 'standing' } } : resolve(next);
  }
  return resolve(world);
}

/** Every actor's decisions for the turn: the computer's, and each seat's own (a held seat's calls made before it
 *  missed its deadline stay). */
function turnDecisions(world: World): Decisions {
  const decisions: Decisions = { ...world.others };
  for (const seat of world.setup.seats) {
    const own = world.pending[seat];
    if (own) decisions[seat] = { ...decisions[seat], ...own };
  }
  return decisions;
}

function resolve(world: World): Result<World, WorldRefusal> {
  const decisions = turnDecisions(world);
  const next = applyDecisions(world.game, decisions);
  if (!next.ok) return refuse({ code: 'fault', errors: next.errors });
  const record: WorldTurn = { injected: [...world.injected], decisions, ...(world.held.length > 0 ? { held: [...world.held] } : {}) };
  return { ok: true, value: turnOpened({ setup: world.setup, log: [...world.log, record] }, next.value) };
}

/** The teacher puts one of the scenario's events on this turn (injectEvent), before anyone has decided it. */
export function inject(world: World, eventId: string): Result<World, WorldRefusal> {
  if (world.phase === 'over') return refuse({ code: 'game-over' });
  if (Object.keys(world.pending).length > 0 || world.held.length > 0 || world.others) return refuse({ code: 'too-late' });
  const r = injectEvent(world.game, eventId);
  if (!r.ok) return refuse({ code: 'bad-event', errors: r.errors });
  return { ok: true, value: { ...world, game: r.value, injected: [...world.injected, eventId], phase: firstPhase(world.setup.seats, r.value) } };
}

export type WorldReplayProblem =
  | { turn: number; code: 'bad-shape'; messages: string[] }
  | { turn: number; code: 'bad-event'; errors: InjectError[] }
  | { turn: number; code: 'illegal'; errors: DecisionError[] };

/** The game a world's log leads to: each turn's injected events put on it, then its decisions resolved. The state
 *  the room holds must hash as this does (stateHash), so anyone can check a world from its log. */
export function replayWorld(scenario: Scenario, seed: string, rules: GameRules | undefined, log: readonly WorldTurn[]): Result<GameState, WorldReplayProblem> {
  let game = newGame(scenario, seed, rules);
  for (const [i, t] of log.entries()) {
    const turn = i + 1;
    const shape = new ShapeCheck();
    if (shape.fields(t, [turn], ['injected', 'decisions'], ['held'])) shape.decisions(t.decisions, [turn, 'decisions']);
    if (!Array.isArray(t?.injected) || !t.injected.every((e) => typeof e === 'string')) shape.fail([turn, 'injected'], 'a list of event ids');
    if (shape.problems.length > 0) return { ok: false, errors: [{ turn, code: 'bad-shape', messages: shape.result().map((p) => `${p.path}: ${p.message}`) }] };
    for (const event of t.injected) {
      const r = injectEvent(game, event);
      if (!r.ok) return { ok: false, errors: [{ turn, code: 'bad-event', errors: r.errors }] };
      game = r.value;
    }
    const next = applyDecisions(game, t.decisions);
    if (!next.ok) return { ok: false, errors: [{ turn, code: 'illegal', errors: next.errors }] };
    game = next.value;
  }
  return { ok: true, value: game };
}

/** The turn being decided, as a page rebuilds it from what the server shows: the log replayed, then the events put on
 *  this turn. */
export function worldNow(scenario: Scenario, seed: string, rules: GameRules | undefined, log: readonly WorldTurn[], injected: readonly string[]): Result<GameState, WorldReplayProblem> {
  const replayed = replayWorld(scenario, seed, rules, log);
  if (!replayed.ok) return replayed;
  let game = replayed.value;
  for (const event of injected) {
    const r = injectEvent(game, event);
    if (!r.ok) return { ok: false, errors: [{ turn: game.turn, code: 'bad-event', errors: r.errors }] };
    game = r.value;
  }
  return { ok: true, value: game };
}

/** A world rebuilt from its setup, its resolved turns and the events already injected into the turn being decided:
 *  how a restarted server takes up a world it kept. Decisions not yet resolved are not kept, and are made again. */
export function resumeWorld(setup: WorldSetup, log: readonly WorldTurn[], injected: readonly string[] = []): Result<World, WorldSetupProblem | WorldReplayProblem | WorldRefusal> {
  const started = startWorld(setup);
  if (!started.ok) return started;
  const game = replayWorld(setup.scenario, setup.seed, setup.rules, log);
  if (!game.ok) return game;
  let world = turnOpened({ setup: started.value.setup, log: [...log] }, game.value);
  for (const event of injected) {
    const next = inject(world, event);
    if (!next.ok) return next;
    world = next.value;
  }
  return { ok: true, value: world };
}

/** What a player (or, for `null`, the teacher) may see of the world now. */
export interface WorldView {
  turn: number;
  phase: WorldPhase;
  /** Seats still to decide in this phase. */
  waitingFor: ActorId[];
  /** Seats the computer decides for until the turn resolves. */
  held: ActorId[];
  /** Every resolved turn: replayed with the engine (replayWorld), it gives the state of the turn being decided. */
  log: WorldTurn[];
  /** The events injected into this turn, put on it after the log is replayed. */
  injected: string[];
  /** The human principals' calls of this turn, by caller and crisis: public once the calling phase has closed. */
  calls?: Record<ActorId, Record<string, ActorId[]>>;
  /** The viewer's own decision so far this turn. */
  mine?: ActorDecision;
  /** While the viewer meets its crises (standing): how each of its calls was answered (unanswered: neutral, 1). */
  answers?: Record<string, SupportLevel>;
}

/**
 * What `seat` may see now: the resolved turns, this turn's injected events and public calls, who is still to
 * decide, its own pending decision, and in standing the answers to its own calls. Never another seat's pending
 * decision, nor the computer's before the turn resolves, except those answers.
 */
export function viewFor(world: World, seat: ActorId | null): WorldView {
  const calls = publicCalls(world);
  const view: WorldView = {
    turn: world.game.turn,
    phase: world.phase,
    waitingFor: waitingFor(world),
    held: [...world.held],
    log: structuredClone([...world.log]),
    injected: [...world.injected],
    ...(calls ? { calls: structuredClone(calls) } : {}),
  };
  if (seat === null || !world.setup.seats.includes(seat)) return view;
  const mine = world.pending[seat];
  if (mine) view.mine = structuredClone(mine);
  if (world.phase === 'standing' && !world.held.includes(seat)) {
    const all = turnDecisions(world);
    const answers: Record<string, SupportLevel> = {};
    for (const c of withCalls(world.game, callsOf(world.pending)).agenda.crises) {
      for (const call of c.calls) if (call.caller === seat) answers[call.id] = all[call.callee]?.answers?.[call.id] ?? 1;
    }
    view.answers = answers;
  }
  return view;
}
