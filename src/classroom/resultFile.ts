// Result files: what a student hands in at the end of a lesson (or when the teacher says stop). Like a save, it keeps
// the seed and the whole decision log rather than the state, so the teacher's copy of the game can replay it and
// check that it arrives at the hash and score it claims: a score cannot be raised by editing the file. It also
// carries the game's rewinds, which the teacher sees: replay cannot tell them, so the checksum is what guards them.
import {
  RULES_VERSION,
  applyDecisions,
  canonicalJson,
  endingAsHashed,
  hashString,
  hashesApartFrom,
  checkDecisions,
  err,
  hashValue,
  lookup,
  newGame,
  ok,
  score,
  stateHash,
  withCalls,
  type ActorDecision,
  type DecisionError,
  type ActorId,
  type Decisions,
  type Ending,
  type HashedEnding,
  type GameState,
  type Result,
  type Scenario,
  type SupportLevel,
} from '../engine';
import { num, t, tx } from '../i18n/core';
import { lookaheadOthers, type DecideOthers } from '../machine/others';
import type { Rewind } from '../persistence/format';
import { HASH, ShapeCheck, isPlainObject, unclosed } from '../persistence/shape';
import { formatPath, type PathSegment } from '../scenarios/problems';
import { CLASS_SIDES, TEMPERAMENTS, lessonRules, sidesProblem, type ClassSettings } from './options';
import { decisionErrorText, endingDetail, nameOf } from '../i18n/engineWords';
import { sentences, supportWord } from '../ui/words';

export const RESULT_FORMAT = 'bowstring-result';
/** The version this game writes; older ones are upgraded by `STEPS`, newer ones refused. */
export const RESULT_VERSION = 3;
/** A name longer than this is not a name typed into the game. */
export const MAX_NAME = 120;

export interface ResultV2 {
  format: typeof RESULT_FORMAT;
  version: 2;
  /** The version of the game's rules the game was played under (`RULES_VERSION`): when the replay disagrees with
   *  the file, it tells a game from before a change of rules from an edited one. */
  rulesVersion: number;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  options: ClassSettings;
  /** The student's name exactly as typed (two names, or whatever was typed, for a hot-seat pair). */
  player: string;
  /** The sides people played, in the order they decided (two for hot-seat). */
  sides: ActorId[];
  /** What every actor decided on each turn, as the engine recorded it (`state.log[i].decisions`). */
  decisions: Decisions[];
  finalStateHash: string;
  /** Score of each side played, at the end. */
  score: Record<ActorId, number>;
  /** Turns played: the length of `decisions`. */
  turns: number;
  /** How the game ended, in codes; null when it was stopped before its end. Files written before the engine kept
   *  endings as codes hold the form the state hash covers (`HashedEnding`, with the ending in English words). */
  ending: Ending | HashedEnding | null;
  savedAt: string;
  checksum: string;
}

/** Version 3: version 2 with `rewinds`, every time the student went back to an earlier (or the same) turn, in order.
 *  A rewind is not a fault: the teacher is shown how many there were. */
export interface ResultV3 extends Omit<ResultV2, 'version'> {
  version: 3;
  rewinds: Rewind[];
}
export type ResultFile = ResultV3;

/** Version 1: version 2 without `rulesVersion`, written before versions of the rules were counted (all were the first). */
export interface ResultV1 extends Omit<ResultV2, 'version' | 'rulesVersion'> {
  version: 1;
}

export type ResultProblemCode =
  | 'empty'
  | 'truncated'
  | 'not-json'
  | 'not-a-result'
  | 'unknown-version'
  | 'newer-version'
  | 'bad-field'
  | 'checksum'
  | 'unknown-scenario'
  | 'scenario-changed'
  | 'bad-sides'
  | 'illegal-decisions'
  | 'too-many-decisions'
  | 'computer-moves'
  | 'student-moves'
  | 'newer-rules'
  | 'other-rules'
  | 'rules-contradicted'
  | 'hash-mismatch'
  | 'score-mismatch'
  | 'ending-mismatch'
  | 'internal';

/** Why a result file was flagged: a sentence for the teacher in the page's language, and where in the file when it is one field. */
export interface ResultProblem {
  code: ResultProblemCode;
  message: string;
  path: string;
}
const problem = (code: ResultProblemCode, message: string, path = ''): ResultProblem => ({ code, message, path });
const refuse = (code: ResultProblemCode, message: string, path = ''): Result<never, ResultProblem> => err([problem(code, message, path)]);

/** Hash of every field but the checksum: catches damage and careless edits. Replay is what catches careful ones. */
export function resultChecksum(result: (Omit<ResultV3, 'checksum'> | Omit<ResultV2, 'checksum'> | Omit<ResultV1, 'checksum'>) & { checksum?: string }): string {
  const { checksum: _ignored, ...rest } = result;
  return hashValue(rest);
}

/** The result of `game` as it stands, finished or stopped, with the rewinds the student made on the way. */
export function makeResult(game: GameState, sides: readonly ActorId[], player: string, options: ClassSettings, savedAt: string, rewinds: readonly Rewind[] = []): ResultFile {
  const body: Omit<ResultFile, 'checksum'> = {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    rulesVersion: RULES_VERSION,
    scenarioId: game.scenario.id,
    scenarioHash: game.scenario.hash,
    seed: game.seed,
    options: { ...options },
    player,
    sides: [...sides],
    decisions: game.log.map((record) => record.decisions),
    finalStateHash: stateHash(game),
    score: Object.fromEntries(sides.map((side) => [side, score(game, side)])),
    turns: game.log.length,
    ending: game.ending ? { ...game.ending } : null,
    rewinds: rewinds.map((r) => ({ ...r })),
    savedAt,
  };
  return { ...body, checksum: resultChecksum(body) };
}

export function writeResult(result: ResultFile): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** A name that tells students' files apart in a downloads folder or a shared drive. */
export function resultFileName(result: ResultFile): string {
  const name = result.player.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).toLowerCase();
  return `bowstring-result-${result.scenarioId}${name ? `-${name}` : ''}.json`;
}

/** A file that replays to what it claims, with the game rebuilt from it. */
export interface VerifiedResult {
  result: ResultFile;
  game: GameState;
  scenario: Scenario;
  /** The version the file was written in, when older than the current one. */
  upgradedFrom: number | null;
  /** How many times the student went back; null for a file written before rewinds were recorded (version 2 or older). */
  rewinds: number | null;
}

/**
 * The verdict on a result file's text: verified by replay, or flagged with every reason found at the first
 * check that fails. Checks, in order: text, format and version, shape (by path), checksum, a rules version this game
 * knows, scenario, sides, replay under the lesson's rules (each turn legal, the computer's moves its own), turns,
 * final hash, score, ending, and a rules version the replay does not contradict.
 * Never throws. Pass one `computer` to every file of a class so that positions they share are decided once.
 */
export function verifyResult(text: unknown, scenarios: readonly Scenario[], computer: ComputerPlayers = computerPlayers()): Result<VerifiedResult, ResultProblem> {
  try {
    return verify(text, scenarios, computer);
  } catch (fault) {
    return refuse('internal', t('class.resultFile.fault', { fault: String(fault) }));
  }
}

/** What the game's AI decides for the actors no person plays, for a position; memoised. */
export interface ComputerPlayers {
  /** `state` is the position with the people's calls made (`withCalls`); `built` names the position before them
   *  exactly, by what it was built from (`positionOf`), which costs far less to hash than the state itself. */
  decide(state: GameState, sides: readonly ActorId[], built: string): Decisions;
  /** Positions decided by running the AI, and those answered from the memo. */
  readonly counts: { decided: number; remembered: number };
}

/**
 * The computer players as the game runs them (`lookaheadOthers`, a pure function of the position), remembered by the
 * position: the students of a class share a seed, so many pass through the same positions, and the look-ahead
 * costs far more than a hash. `limit` bounds the memory: past it the oldest positions are forgotten.
 */
export function computerPlayers(decideOthers: DecideOthers = lookaheadOthers, limit = 20_000): ComputerPlayers {
  const memo = new Map<string, Decisions>();
  const counts = { decided: 0, remembered: 0 };
  return {
    counts,
    decide(state, sides, built) {
      // The calls made change only the crises on the agenda. Who the people are matters: the actors share one seeded
      // generator, in turn, skipping the people's sides.
      const key = `${built}|${hashValue(state.agenda.crises)}|${[...sides].sort().join(',')}`;
      const known = memo.get(key);
      if (known) {
        counts.remembered++;
        return known;
      }
      const decided = decideOthers(state, sides);
      counts.decided++;
      if (memo.size >= limit) memo.delete(memo.keys().next().value!);
      memo.set(key, decided);
      return decided;
    },
  };
}

/**
 * The file's game rebuilt turn by turn under the lesson's rules. The people's decisions are theirs to make; those of
 * every other actor must be what the computer decides in that position. Where they are not, the replay goes on with
 * the computer's own moves: if the rest of the file then leads to the game it records, the computer's moves were
 * edited (a rival made to back down, a partner to stand firm) and sealed again; if not, the position itself differs
 * from the one the game was played in, so the people's decisions before it were edited.
 */
function replayWithComputer(scenario: Scenario, result: ResultFile, computer: ComputerPlayers): Result<GameState, ResultProblem> {
  let state = newGame(scenario, result.seed, lessonRules(result.options));
  let built = positionOf(state);
  const log = result.decisions;
  const people = new Set(result.sides);
  /** The first computer move the file gets wrong, in words. */
  let wrong: { turn: number; path: string; difference: string } | null = null;
  const notReplayed = (): Result<never, ResultProblem> => refuse('student-moves', studentMovesMessage(result, wrong!.turn, wrong!.difference), 'decisions');
  for (let i = 0; i < log.length; i++) {
    const path = `decisions[${i}]`;
    if (state.ending) {
      if (wrong) return notReplayed();
      return refuse('too-many-decisions', t('class.resultFile.tooManyDecisions', { count: log.length, turn: state.ending.turn, detail: endingDetail(scenario, state.ending) }), path);
    }
    let decisions = log[i]!;
    const illegal = checkDecisions(state, decisions);
    const broken = (e: DecisionError) => problem('illegal-decisions', t('class.resultFile.illegal', { turn: state.turn, reason: decisionErrorText(scenario, e) }), path);
    if (illegal.length > 0) return wrong ? notReplayed() : err(illegal.map(broken));
    // The computer answers the calls the people chose to make.
    const expected = computer.decide(withCalls(state, decisions), result.sides, built);
    // Compared as canonical text would be (sameJson): the same decision however its keys were ordered.
    const differs = scenario.actors.find((a) => !people.has(a.id) && !sameJson(decisions[a.id], expected[a.id]));
    if (differs) {
      wrong ??= { turn: state.turn, path: `${path}.${differs.id}`, difference: computerMoveDifference(state, differs.id, decisions[differs.id], expected[differs.id]) };
      decisions = { ...Object.fromEntries(Object.entries(decisions).filter(([actor]) => people.has(actor))), ...expected };
    }
    const next = applyDecisions(state, decisions);
    built = positionOf(state, built, decisions);
    if (!next.ok) return wrong ? notReplayed() : err(next.errors.map(broken));
    state = next.value;
  }
  if (!wrong) return ok(state);
  if (stateHash(state) !== result.finalStateHash) return notReplayed();
  return refuse('computer-moves', sentences(wrong.difference, t('class.resultFile.computerMoves')), wrong.path);
}

/**
 * Whether two values of JSON read the same as canonical text (canonicalJson: keys sorted, a key whose value is
 * undefined left out, undefined and null alike elsewhere), without writing either out: the computer's moves are
 * compared so on every turn of every file, and writing them out cost more than the rest of the replay.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return (a ?? null) === null && (b ?? null) === null;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Every key `a` gives a value must hold the same in `b`, and `b` give values to no more keys.
  let keys = 0;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) continue;
    keys++;
    if (!Object.prototype.hasOwnProperty.call(y, k) || !sameJson(x[k], y[k])) return false;
  }
  for (const k of Object.keys(y)) if (y[k] !== undefined) keys--;
  return keys === 0;
}

/**
 * A name for a position by what it was built from: the scenario's version, the seed and the rules for the first, then
 * the name of the position before and the decisions that led on from it. The engine is deterministic, so one name is
 * never two positions (two paths to one position get two names, which only costs the memo a miss).
 */
function positionOf(state: GameState, before?: string, decisions?: Decisions): string {
  return before === undefined ? hashValue([state.scenario.hash, state.seed, state.rules]) : hashString(before + canonicalJson(decisions));
}

/** Why a file whose people's decisions lead elsewhere is flagged: the first place the computer meets another position. */
function studentMovesMessage(result: ResultFile, turn: number, difference: string): string {
  const who = result.sides.length > 1 ? 'pair' : 'one';
  return sentences(t('class.resultFile.studentMoves', { who }), difference, t('class.resultFile.studentMovesEdited', { who, turn }));
}

/** A support level as a message wants it: absent is 'none' for its select, else the game's own word for the answer. */
const levelOf = (level: SupportLevel | undefined) => (level === undefined ? { level: 'none', word: '' } : { level: 'given', word: supportWord(level) });

/** The first thing the file has the computer do differently, in words: what the file says, and what the computer would have done. */
function computerMoveDifference(state: GameState, actor: ActorId, said: ActorDecision | undefined, would: ActorDecision | undefined): string {
  const scenario = state.scenario;
  const name = (id: ActorId) => nameOf(scenario, id);
  const about = { turn: state.turn, actor: name(actor) };
  if (!said) return t('class.resultFile.computerLeftOut', about);

  for (const other of scenario.actors.map((a) => a.id)) {
    const a = said.postures?.[other];
    const b = would?.postures?.[other];
    if (a !== b) return t('class.resultFile.computerPosture', { ...about, other: name(other), said: a ?? 'kept', would: b ?? 'kept' });
  }

  const calls = new Map(state.agenda.crises.flatMap((c) => c.calls.map((call) => [call.id, { call, theatre: c.theatre }] as const)));
  for (const id of new Set([...Object.keys(said.answers ?? {}), ...Object.keys(would?.answers ?? {})])) {
    const a = said.answers?.[id];
    const b = would?.answers?.[id];
    if (a === b) continue;
    const found = calls.get(id);
    const theatre = found && lookup(scenario).theatre.get(found.theatre)?.name;
    const call = found
      ? { known: 'yes', caller: name(found.call.caller), theatre: theatre === undefined ? found.theatre : tx(theatre), id }
      : { known: 'no', caller: '', theatre: '', id };
    const [saidAs, wouldAs] = [levelOf(a), levelOf(b)];
    return t('class.resultFile.computerAnswer', { ...about, ...call, said: saidAs.level, saidWord: saidAs.word, would: wouldAs.level, wouldWord: wouldAs.word });
  }

  for (const id of new Set([...Object.keys(said.choices ?? {}), ...Object.keys(would?.choices ?? {})])) {
    const a = said.choices?.[id];
    const b = would?.choices?.[id];
    if (a === b) continue;
    const instance = state.agenda.choices.find((c) => c.id === id);
    const event = instance && lookup(scenario).event.get(instance.event);
    const label = (option: string | undefined) => {
      const found = event?.choices?.find((c) => c.id === option)?.label;
      return found === undefined ? (option ?? '') : tx(found);
    };
    return t('class.resultFile.computerChoice', {
      ...about,
      event: event ? tx(event.title) : id,
      said: a === undefined ? 'none' : 'chose',
      would: b === undefined ? 'none' : 'chose',
      saidLabel: label(a),
      wouldLabel: label(b),
    });
  }
  return t('class.resultFile.computerOtherwise', about);
}

/** `STEPS[n]` turns a version-n result (parsed JSON) into a version-(n+1) one, checking version n's shape first. */
const STEPS: Record<number, (old: Record<string, unknown>) => Result<unknown, ResultProblem>> = {
  1: (old) => {
    const problems = shapeProblems(old, 1);
    if (problems.length > 0) return err(problems);
    const v1 = old as unknown as ResultV1;
    if (resultChecksum(v1) !== v1.checksum) return refuse('checksum', t('class.resultFile.checksum'), 'checksum');
    const { checksum: _checksum, ...rest } = v1;
    // Every game before versions of the rules were counted was played under the first.
    const body: Omit<ResultV2, 'checksum'> = { ...rest, version: 2, rulesVersion: 1 };
    return ok({ ...body, checksum: resultChecksum(body) });
  },
  2: (old) => {
    const problems = shapeProblems(old, 2);
    if (problems.length > 0) return err(problems);
    const v2 = old as unknown as ResultV2;
    if (resultChecksum(v2) !== v2.checksum) return refuse('checksum', t('class.resultFile.checksum'), 'checksum');
    const { checksum: _checksum, savedAt, ...rest } = v2;
    // Written before rewinds were recorded: none are known (the report says so rather than count none).
    const body: Omit<ResultV3, 'checksum'> = { ...rest, version: 3, rewinds: [], savedAt };
    return ok({ ...body, checksum: resultChecksum(body) });
  },
};

function upgrade(value: unknown, version: number): Result<ResultFile, ResultProblem> {
  let current = value;
  for (let v = version; v < RESULT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return refuse('unknown-version', t('class.resultFile.unknownVersion', { version: v }), 'version');
    const next = step(current as Record<string, unknown>);
    if (!next.ok) return next;
    current = next.value;
  }
  return ok(current as ResultFile);
}

function verify(text: unknown, scenarios: readonly Scenario[], computer: ComputerPlayers): Result<VerifiedResult, ResultProblem> {
  if (typeof text !== 'string' || text.trim() === '') return refuse('empty', t('class.resultFile.empty'));
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (fault) {
    if (trimmed.startsWith('{') && unclosed(trimmed)) return refuse('truncated', t('class.resultFile.truncated', { length: trimmed.length }));
    return refuse('not-json', t('class.resultFile.notJson', { fault: fault instanceof Error ? fault.message : String(fault) }));
  }
  if (!isPlainObject(value) || value.format !== RESULT_FORMAT) {
    const what = isPlainObject(value) && value.format === 'bowstring-save' ? 'save' : 'other';
    return refuse('not-a-result', t('class.resultFile.notAResult', { what }), 'format');
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse('unknown-version', t('class.resultFile.noVersion', { version: String(version).slice(0, 20) }), 'version');
  if (version > RESULT_VERSION) return refuse('newer-version', t('class.resultFile.newerVersion', { version, most: RESULT_VERSION }), 'version');

  let result: ResultFile;
  let upgradedFrom: number | null = null;
  if (version < RESULT_VERSION) {
    const upgraded = upgrade(value, version);
    if (!upgraded.ok) return upgraded;
    result = upgraded.value;
    upgradedFrom = version;
  } else {
    const problems = shapeProblems(value, RESULT_VERSION);
    if (problems.length > 0) return err(problems);
    result = value as unknown as ResultFile;
    if (resultChecksum(result) !== result.checksum) return refuse('checksum', t('class.resultFile.checksum'), 'checksum');
  }

  if (result.rulesVersion > RULES_VERSION)
    return refuse('newer-rules', t('class.resultFile.newerRules', { claimed: result.rulesVersion, rules: RULES_VERSION }), 'rulesVersion');

  const scenario = scenarios.find((s) => s.id === result.scenarioId);
  if (!scenario) return refuse('unknown-scenario', t('class.resultFile.unknownScenario', { id: result.scenarioId }), 'scenarioId');
  if (scenario.hash !== result.scenarioHash) return refuse('scenario-changed', t('class.resultFile.scenarioChanged', { title: tx(scenario.title) }), 'scenarioHash');
  const sides = sidesProblem(scenario, result.options.side, result.sides);
  if (sides) return refuse('bad-sides', sides, 'sides');

  const checked = checkGame(scenario, result, computer);
  // Under other rules the same decisions make another game: say so, rather than that the student edited the file.
  if (!checked.ok && result.rulesVersion !== RULES_VERSION && checked.errors.some((e) => REPLAY_CODES.has(e.code)))
    return refuse('other-rules', t('class.resultFile.otherRules', { claimed: result.rulesVersion, rules: RULES_VERSION }), 'rulesVersion');
  if (!checked.ok) return checked;
  // A file that says so itself (version 2 on, not one upgraded from before versions were counted) and replays exactly here.
  if ((upgradedFrom === null || upgradedFrom >= 2) && result.rulesVersion < RULES_VERSION && hashesApartFrom(result.rulesVersion))
    return refuse('rules-contradicted', t('class.resultFile.rulesContradicted', { claimed: result.rulesVersion, rules: RULES_VERSION }), 'rulesVersion');
  const rewinds = upgradedFrom !== null && upgradedFrom < 3 ? null : result.rewinds.length;
  return ok({ result, game: checked.value, scenario, upgradedFrom, rewinds });
}

/** Problems that come from replaying the file: under other rules, an honest file can show any of them. */
const REPLAY_CODES: ReadonlySet<ResultProblemCode> = new Set(['illegal-decisions', 'too-many-decisions', 'computer-moves', 'student-moves', 'hash-mismatch', 'score-mismatch', 'ending-mismatch']);

/** The file's game rebuilt, and every claim the file makes about it checked: turns, hash, scores, ending. */
function checkGame(scenario: Scenario, result: ResultFile, computer: ComputerPlayers): Result<GameState, ResultProblem> {
  const replayed = replayWithComputer(scenario, result, computer);
  if (!replayed.ok) return replayed;
  const game = replayed.value;
  const hash = stateHash(game);
  if (hash !== result.finalStateHash)
    return refuse('hash-mismatch', t('class.resultFile.hashMismatch', { count: result.decisions.length, hash, claimed: result.finalStateHash }), 'finalStateHash');
  const points = (x: number) => num(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  for (const side of result.sides) {
    const actual = score(game, side);
    const claimed = result.score[side];
    if (claimed === undefined) return refuse('score-mismatch', t('class.resultFile.scoreMissing', { side, actual: points(actual) }), `score.${side}`);
    if (Math.abs(actual - claimed) > 1e-9) return refuse('score-mismatch', t('class.resultFile.scoreMismatch', { side, claimed: points(claimed), actual: points(actual) }), `score.${side}`);
  }
  const extra = Object.keys(result.score).filter((k) => !result.sides.includes(k));
  if (extra.length > 0) return refuse('score-mismatch', t('class.resultFile.scoreNobody', { sides: extra.join(', ') }), 'score');
  if (hashValue(asHashed(game.ending)) !== hashValue(asHashed(result.ending))) {
    const said = result.ending;
    const found = game.ending;
    return refuse(
      'ending-mismatch',
      t('class.resultFile.endingMismatch', {
        said: said ? said.reason.replace('-', '') : 'none',
        saidTurn: said?.turn ?? 0,
        found: found ? found.reason.replace('-', '') : 'none',
        foundTurn: found?.turn ?? 0,
      }),
      'ending',
    );
  }
  return ok(game);
}

/** An ending as the state hash covers it, whichever form the file holds it in. */
const asHashed = (ending: Ending | HashedEnding | null): HashedEnding | null => (ending === null || 'detail' in ending ? ending : endingAsHashed(ending));
/** An ending's fields beyond its reason and turn: its codes, or (written before codes) its words. */
const ENDING_FIELDS = ['initiator', 'target', 'actor', 'lessonTurns', 'detail'];

const FIELDS = ['format', 'version', 'scenarioId', 'scenarioHash', 'seed', 'options', 'player', 'sides', 'decisions', 'finalStateHash', 'score', 'turns', 'ending', 'savedAt', 'checksum'];

/** Every field of a version-1, 2 or 3 file checked in place, each problem named by its path; version 2 added
 *  `rulesVersion`, version 3 `rewinds`. */
function shapeProblems(value: Record<string, unknown>, version: 1 | 2 | 3): ResultProblem[] {
  const check = new ShapeCheck();
  const exact = (v: unknown, path: PathSegment[], required: string[], optional: string[] = []): v is Record<string, unknown> => {
    if (!isPlainObject(v)) {
      check.fail(path, t('class.resultFile.notAnObject', { path: formatPath(path) }));
      return false;
    }
    const where = { at: path.length ? 'field' : 'file', path: formatPath(path) };
    for (const key of required) if (!Object.prototype.hasOwnProperty.call(v, key)) check.fail(path, t('class.resultFile.missingField', { ...where, key }));
    for (const key of Object.keys(v)) if (!required.includes(key) && !optional.includes(key)) check.fail([...path, key], t('class.resultFile.extraField', { ...where, key }));
    return true;
  };
  exact(value, [], [...FIELDS, ...(version >= 2 ? ['rulesVersion'] : []), ...(version >= 3 ? ['rewinds'] : [])]);
  if (version >= 2 && !(Number.isInteger(value.rulesVersion) && (value.rulesVersion as number) >= 1))
    check.fail(['rulesVersion'], t('class.resultFile.badRulesVersion'));
  check.string(value.scenarioId, ['scenarioId'], { pattern: /./, what: 'scenario' });
  check.string(value.scenarioHash, ['scenarioHash'], HASH);
  check.string(value.seed, ['seed']);
  if (value.options !== undefined && exact(value.options, ['options'], ['side', 'advisor'], ['turns', 'temperament'])) {
    const o = value.options;
    if (!(CLASS_SIDES as readonly unknown[]).includes(o.side)) check.fail(['options', 'side'], t('class.resultFile.badOptionSide', { sides: CLASS_SIDES.join(', ') }));
    if (typeof o.advisor !== 'boolean') check.fail(['options', 'advisor'], t('class.resultFile.badOptionAdvisor'));
    if (o.turns !== undefined && !(Number.isInteger(o.turns) && (o.turns as number) >= 1)) check.fail(['options', 'turns'], t('class.resultFile.badOptionTurns'));
    if (o.temperament !== undefined && !(TEMPERAMENTS as readonly unknown[]).includes(o.temperament))
      check.fail(['options', 'temperament'], t('class.resultFile.badOptionTemperament', { temperaments: TEMPERAMENTS.join(', ') }));
  }
  if (check.string(value.player, ['player']) && value.player.length > MAX_NAME) check.fail(['player'], t('class.resultFile.longName', { length: value.player.length, most: MAX_NAME }));
  if (value.sides !== undefined) {
    if (Array.isArray(value.sides) && value.sides.length > 0) value.sides.forEach((s, i) => check.string(s, ['sides', i], { pattern: /./, what: 'actor' }));
    else check.fail(['sides'], t('class.resultFile.noSides'));
  }
  check.decisionLog(value.decisions, ['decisions']);
  check.rewinds(value.rewinds, ['rewinds']);
  check.string(value.finalStateHash, ['finalStateHash'], HASH);
  check.record(value.score, ['score'], (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) check.fail(p, t('class.resultFile.notANumber', { path: formatPath(p) }));
  });
  if (value.turns !== undefined && (!Number.isInteger(value.turns) || (Array.isArray(value.decisions) && value.turns !== value.decisions.length)))
    check.fail(['turns'], Array.isArray(value.decisions) ? t('class.resultFile.badTurnsCounted', { count: value.decisions.length }) : t('class.resultFile.badTurns'));
  if (value.ending !== undefined && value.ending !== null && exact(value.ending, ['ending'], ['reason', 'turn'], ENDING_FIELDS)) {
    const e = value.ending;
    if (!['last-turn', 'collapse', 'war'].includes(e.reason as string)) check.fail(['ending', 'reason'], t('class.resultFile.badEndingReason'));
    if (!Number.isInteger(e.turn)) check.fail(['ending', 'turn'], t('class.resultFile.badEndingTurn'));
    for (const key of ENDING_FIELDS) {
      const wanted = key === 'lessonTurns' ? 'number' : 'string';
      if (e[key] !== undefined && typeof e[key] !== wanted) check.fail(['ending', key], t('class.resultFile.badEndingField', { field: key, kind: wanted }));
    }
  }
  if (check.string(value.savedAt, ['savedAt']) && Number.isNaN(Date.parse(value.savedAt))) check.fail(['savedAt'], t('class.resultFile.badSavedAt'));
  check.string(value.checksum, ['checksum'], HASH);
  return check.result() as ResultProblem[];
}

/** Every reason in one paragraph, for a row of the class report. */
export const describeResultProblems = (problems: readonly ResultProblem[]): string => sentences(...problems.map((p) => p.message));
