// The live class's contract between the page and the class server: the HTTP bodies, the room's messages, and the
// check of every message a client may send. The server trusts nothing it receives: each check returns the value it
// may act on or a short English sentence saying why not (the server has no page language). A turn's decisions are
// checked by the same ShapeCheck that checks saves and result files.
import type { ActorDecision, ActorId, Decisions, Posture } from '../engine';
import { CLASS_SIDES, TEMPERAMENTS, type ClassSettings } from '../classroom/options';
import { MAX_NAME } from '../classroom/resultFile';
import { isLang, type Lang } from '../i18n/langs';
import { HASH, ShapeCheck, isPlainObject } from '../persistence/shape';
import { LIMITS } from '../scenarios/limits';
import { normaliseJoinCode } from './joinCode';
import type { WorldView as SeatView } from './world';

/** The Colyseus room every class is played in, one room per class (filtered by its code). */
export const ROOM_NAME = 'class';

export type ClassMode = 'solo' | 'world';
export type ClassStatus = 'open' | 'paused' | 'ended';

/** Longest seed a class is given, in characters. */
export const MAX_SEED = 100;
/** Bounds of a world turn's time to decide, in seconds. */
export const TURN_SECONDS = { least: 10, most: 3600 } as const;

// ---------------------------------------------------------------- HTTP

/** `POST /api/classes`. */
export interface CreateClass {
  scenarioId: string;
  /** A custom scenario's JSON text: the class then carries it to every student. */
  scenarioFile?: string;
  settings: ClassSettings;
  seed?: string;
  lang?: Lang;
  mode: ClassMode;
  world?: { seats: ActorId[]; turnSeconds: number };
}

/** The answer to a class created (201). */
export interface ClassCreated {
  code: string;
  /** The teacher's key: shown once, kept by the teacher's page, never by the server (it keeps a hash). */
  teacherKey: string;
}

/** `GET /api/classes/:code`. */
export interface ClassInfo {
  code: string;
  mode: ClassMode;
  status: ClassStatus;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  settings: ClassSettings;
  lang?: Lang;
  scenarioFile?: string;
  world?: { seats: ActorId[]; turnSeconds: number };
}

/** Every 4xx answer's body. */
export interface ApiError {
  error: string;
}

// ---------------------------------------------------------------- the room

export type JoinOptions = { code: string } & (
  | { role: 'student'; name: string; /** rejoin as the same student */ token?: string; /** world: the power asked for */ seat?: ActorId }
  | { role: 'teacher'; key: string }
);

/** Message names, one place for both sides. */
export const MSG = {
  // server → student
  welcome: 'welcome',
  ack: 'ack',
  refused: 'refused',
  // server → everyone
  status: 'status',
  // server → teacher
  roster: 'roster',
  // server → world players
  world: 'world',
  // student → server
  turn: 'turn',
  rewind: 'rewind',
  decide: 'decide',
  // teacher → server
  pause: 'pause',
  resume: 'resume',
  end: 'end',
  inject: 'inject',
} as const;

/** One resolved turn of a student's own game. */
export interface TurnMove {
  turn: number;
  /** Every actor's decisions, as `state.log[i].decisions` records them. */
  decisions: Decisions;
  /** `stateHash` of the game after the turn. */
  stateHash: string;
}

export interface Welcome {
  studentId: string;
  /** Keep it to rejoin as the same student after a reload. */
  token: string;
  side: ActorId | null;
  info: ClassInfo;
  /** What the server already holds of this student's game, to resume it. */
  moves: TurnMove[];
}

export interface Ack {
  turn: number;
  stateHash: string;
}

/** The refusals a student meets in the ordinary run of a lesson, which the page says in its own language. */
export type RefusalCode = 'paused' | 'ended' | 'fault' | 'ahead' | 'game-over' | 'diverged';

/** A message refused, with why. `turn` is the turn refused, or null when the message was not a readable turn. `code`
 *  (with `held`, the turns the server holds, where the words need it) names a refusal the page words itself; the
 *  sentence is the server's English, shown when the page knows no code. */
export interface Refused {
  turn: number | null;
  message: string;
  code?: RefusalCode;
  held?: number;
}

export interface Rewind {
  toTurn: number;
}

export interface StatusUpdate {
  status: ClassStatus;
}

export interface Inject {
  event: string;
}

export type Verdict = 'playing' | 'verified' | 'flagged';

export interface RosterRow {
  studentId: string;
  name: string;
  side: ActorId | null;
  connected: boolean;
  /** Turns played. */
  turn: number;
  finished: boolean;
  postures: Record<ActorId, Posture>;
  /** The worst of the two fears over the side's ties; null before a side or a tie. */
  /** The worst of each fear over the student's ties, and the power it is felt toward. */
  gauges: { abandonment: number; abandonmentToward: ActorId; entrapment: number; entrapmentToward: ActorId } | null;
  score: number | null;
  rewinds: number;
  verdict: Verdict;
  flags: { code: string; message: string }[];
}

export type { WorldPhase } from './world';
export const DECIDE_PHASES = ['calling', 'deciding', 'standing'] as const;

/** What a player (or the teacher) sees of a shared world (viewFor in ./world): the resolved turns, this turn's
 *  injected events, who is still to decide, the public calls, its own pending decision and, at the standing step,
 *  the answers to its own calls; and the phase's deadline. */
export interface WorldView extends SeatView {
  /** ms since the epoch; null when the turn waits for no clock. */
  deadline: number | null;
  /** stateHash of the turn being decided (the log replayed, this turn's events injected): a client checks its own
   *  rebuilt state by it; once the game is over, the hash of the game's end. */
  stateHash: string;
}

export interface Decide {
  turn: number;
  phase: (typeof DECIDE_PHASES)[number];
  decision: ActorDecision;
}

// ---------------------------------------------------------------- checks

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const yes = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (message: string): Checked<never> => ({ ok: false, message });

/** The fields of an object, exactly: a sentence for the first one missing or not expected. */
function fieldsProblem(value: unknown, what: string, required: readonly string[], optional: readonly string[] = []): string | null {
  if (!isPlainObject(value)) return `${what} must be an object.`;
  for (const key of required) if (!Object.prototype.hasOwnProperty.call(value, key)) return `${what} lacks the field '${key}'.`;
  for (const key of Object.keys(value)) if (!required.includes(key) && !optional.includes(key)) return `${what} has a field '${key.slice(0, 40)}' it may not have.`;
  return null;
}

const isWhole = (v: unknown, least = 0): v is number => typeof v === 'number' && Number.isInteger(v) && v >= least;
const isText = (v: unknown, most: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= most;
const isActorId = (v: unknown): v is string => isText(v, 40) && /^[A-Za-z0-9_-]+$/.test(v);

/** A lesson's settings (src/classroom/options.ts); whether they fit the scenario is the server's check. */
export function checkSettings(value: unknown): Checked<ClassSettings> {
  const bad = fieldsProblem(value, 'The settings', ['side', 'advisor'], ['turns', 'temperament']);
  if (bad) return no(bad);
  const s = value as Record<string, unknown>;
  if (!(CLASS_SIDES as readonly unknown[]).includes(s.side)) return no(`The side must be one of ${CLASS_SIDES.join(', ')}.`);
  if (typeof s.advisor !== 'boolean') return no('The advisor must be true or false.');
  if (s.turns !== undefined && !(isWhole(s.turns, 1) && s.turns <= 255)) return no('The number of turns must be a whole number from 1 to 255.');
  if (s.temperament !== undefined && !(TEMPERAMENTS as readonly unknown[]).includes(s.temperament)) return no(`The temperament must be one of ${TEMPERAMENTS.join(', ')}.`);
  return yes(s as unknown as ClassSettings);
}

/** `POST /api/classes`'s body; the scenario, its sides and the seats are checked against it by the server. */
export function checkCreateClass(value: unknown): Checked<CreateClass> {
  const bad = fieldsProblem(value, 'The class', ['scenarioId', 'settings', 'mode'], ['scenarioFile', 'seed', 'lang', 'world']);
  if (bad) return no(bad);
  const c = value as Record<string, unknown>;
  if (!isText(c.scenarioId, 100)) return no('The scenario id must be text of 1 to 100 characters.');
  if (c.scenarioFile !== undefined && !isText(c.scenarioFile, LIMITS.fileCharacters)) return no(`A scenario file must be text of at most ${LIMITS.fileCharacters} characters.`);
  const settings = checkSettings(c.settings);
  if (!settings.ok) return settings;
  if (c.seed !== undefined && !isText(c.seed, MAX_SEED)) return no(`The seed must be text of 1 to ${MAX_SEED} characters.`);
  if (c.lang !== undefined && !isLang(c.lang)) return no('The language must be en, ru or zh.');
  if (c.mode !== 'solo' && c.mode !== 'world') return no("The mode must be 'solo' or 'world'.");
  if (c.mode === 'solo' && c.world !== undefined) return no('A class where each student plays alone has no shared world to set.');
  if (c.mode === 'world') {
    const w = c.world;
    const badWorld = fieldsProblem(w, 'The world', ['seats', 'turnSeconds']);
    if (badWorld) return no(badWorld);
    const { seats, turnSeconds } = w as Record<string, unknown>;
    if (!Array.isArray(seats) || seats.length === 0 || !seats.every(isActorId)) return no('The seats must list at least one power by its id.');
    if (new Set(seats).size !== seats.length) return no('Each power may be given to players once.');
    if (!(isWhole(turnSeconds) && turnSeconds >= TURN_SECONDS.least && turnSeconds <= TURN_SECONDS.most))
      return no(`A turn's time must be a whole number of seconds from ${TURN_SECONDS.least} to ${TURN_SECONDS.most}.`);
  }
  return yes(c as unknown as CreateClass);
}

/** The options a client joins the room with. The code is made plain (see normaliseJoinCode). */
export function checkJoinOptions(value: unknown): Checked<JoinOptions> {
  if (!isPlainObject(value)) return no('Joining a class needs its code and who you are.');
  const code = typeof value.code === 'string' ? normaliseJoinCode(value.code) : null;
  if (!code) return no('A class code is six letters and digits.');
  if (value.role === 'teacher') {
    const bad = fieldsProblem(value, 'Joining as the teacher', ['code', 'role', 'key']);
    if (bad) return no(bad);
    if (!isText(value.key, 200)) return no("The teacher's key is missing.");
    return yes({ code, role: 'teacher', key: value.key });
  }
  if (value.role !== 'student') return no("One joins a class as 'student' or 'teacher'.");
  const bad = fieldsProblem(value, 'Joining as a student', ['code', 'role', 'name'], ['token', 'seat']);
  if (bad) return no(bad);
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  if (name === '') return no('Type your name to join the class.');
  if (name.length > MAX_NAME) return no(`A name may have at most ${MAX_NAME} characters.`);
  if (value.token !== undefined && !isText(value.token, 200)) return no('The rejoin token must be text.');
  if (value.seat !== undefined && !isActorId(value.seat)) return no('The power asked for must be an actor id.');
  return yes({ code, role: 'student', name, ...(value.token === undefined ? {} : { token: value.token as string }), ...(value.seat === undefined ? {} : { seat: value.seat as string }) });
}

/** The decisions' problems by ShapeCheck, in one sentence (the first few). */
function decisionsProblem(check: (c: ShapeCheck) => void): string | null {
  const shape = new ShapeCheck();
  check(shape);
  const problems = shape.result();
  return problems.length === 0 ? null : problems.map((p) => p.message).join(' ');
}

export function checkTurnMove(value: unknown): Checked<TurnMove> {
  const bad = fieldsProblem(value, 'A turn', ['turn', 'decisions', 'stateHash']);
  if (bad) return no(bad);
  const m = value as Record<string, unknown>;
  if (!isWhole(m.turn, 1)) return no("A turn's number must be a whole number from 1.");
  if (!isPlainObject(m.decisions)) return no("A turn's decisions must be an object by actor.");
  const wrong = decisionsProblem((c) => c.decisions(m.decisions, ['decisions']));
  if (wrong) return no(wrong);
  if (typeof m.stateHash !== 'string' || !HASH.pattern.test(m.stateHash)) return no("A turn's state hash must be 16 hexadecimal digits.");
  return yes(m as unknown as TurnMove);
}

export function checkRewind(value: unknown): Checked<Rewind> {
  const bad = fieldsProblem(value, 'A rewind', ['toTurn']);
  if (bad) return no(bad);
  const toTurn = (value as Record<string, unknown>).toTurn;
  if (!isWhole(toTurn)) return no('A rewind goes back to a whole number of turns played, from 0.');
  return yes({ toTurn });
}

export function checkDecide(value: unknown): Checked<Decide> {
  const bad = fieldsProblem(value, 'A decision', ['turn', 'phase', 'decision']);
  if (bad) return no(bad);
  const d = value as Record<string, unknown>;
  if (!isWhole(d.turn, 1)) return no("A decision's turn must be a whole number from 1.");
  if (!(DECIDE_PHASES as readonly unknown[]).includes(d.phase)) return no(`A decision's phase must be one of ${DECIDE_PHASES.join(', ')}.`);
  if (!isPlainObject(d.decision)) return no('A decision must be an object.');
  const wrong = decisionsProblem((c) => c.decisions({ decision: d.decision }, []));
  if (wrong) return no(wrong);
  return yes(d as unknown as Decide);
}

export function checkInject(value: unknown): Checked<Inject> {
  const bad = fieldsProblem(value, 'An event to inject', ['event']);
  if (bad) return no(bad);
  const event = (value as Record<string, unknown>).event;
  if (!isText(event, 100)) return no("An event to inject is named by its id.");
  return yes({ event });
}

/** A teacher's pause, resume or end: no body at all. */
export function checkNoBody(value: unknown, what: string): Checked<null> {
  if (value === undefined || value === null || (isPlainObject(value) && Object.keys(value).length === 0)) return yes(null);
  return no(`${what} takes nothing with it.`);
}
