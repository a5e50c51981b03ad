// Result files: what a student hands in at the end of a lesson (or when the teacher says stop). Like a save, it keeps
// the seed and the whole decision log rather than the state, so the teacher's copy of the game can replay it and
// check that it arrives at the hash and score it claims: a score cannot be raised by editing the file.
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
  type ActorId,
  type Decisions,
  type Ending,
  type HashedEnding,
  type GameState,
  type Posture,
  type Result,
  type Scenario,
  type SupportLevel,
} from '../engine';
import { lookaheadOthers, type DecideOthers } from '../machine/others';
import { HASH, ShapeCheck, isPlainObject, unclosed } from '../persistence/shape';
import { formatPath, type PathSegment } from '../scenarios/problems';
import { CLASS_SIDES, TEMPERAMENTS, actorName, lessonRules, sidesProblem, type ClassSettings } from './options';
import { decisionErrorText, endingDetail } from '../ui/engineWords';

export const RESULT_FORMAT = 'bowstring-result';
/** The version this game writes; older ones are upgraded by `STEPS`, newer ones refused. */
export const RESULT_VERSION = 2;
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
export type ResultFile = ResultV2;

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

/** Why a result file was flagged: a sentence for the teacher, and where in the file when it is one field. */
export interface ResultProblem {
  code: ResultProblemCode;
  message: string;
  path: string;
}
const problem = (code: ResultProblemCode, message: string, path = ''): ResultProblem => ({ code, message, path });
const refuse = (code: ResultProblemCode, message: string, path = ''): Result<never, ResultProblem> => err([problem(code, message, path)]);

/** Hash of every field but the checksum: catches damage and careless edits. Replay is what catches careful ones. */
export function resultChecksum(result: (Omit<ResultV2, 'checksum'> | Omit<ResultV1, 'checksum'>) & { checksum?: string }): string {
  const { checksum: _ignored, ...rest } = result;
  return hashValue(rest);
}

/** The result of `game` as it stands, finished or stopped. */
export function makeResult(game: GameState, sides: readonly ActorId[], player: string, options: ClassSettings, savedAt: string): ResultFile {
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
    return refuse('internal', `This result file could not be checked because of a fault in the game itself (${String(fault)}). Please report it with the file.`);
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
      return refuse('too-many-decisions', `The file holds decisions for ${log.length} turns, but the game ended on turn ${state.ending.turn} (${endingDetail(scenario, state.ending)}).`, path);
    }
    let decisions = log[i]!;
    const illegal = checkDecisions(state, decisions);
    if (illegal.length > 0) return wrong ? notReplayed() : err(illegal.map((e) => problem('illegal-decisions', `Turn ${state.turn}'s decisions break the rules: ${decisionErrorText(scenario, e)}`, path)));
    // The computer answers the calls the people chose to make.
    const expected = computer.decide(withCalls(state, decisions), result.sides, built);
    const differs = scenario.actors.find((a) => !people.has(a.id) && hashValue(decisions[a.id] ?? null) !== hashValue(expected[a.id] ?? null));
    if (differs) {
      wrong ??= { turn: state.turn, path: `${path}.${differs.id}`, difference: computerMoveDifference(state, differs.id, decisions[differs.id], expected[differs.id]) };
      decisions = { ...Object.fromEntries(Object.entries(decisions).filter(([actor]) => people.has(actor))), ...expected };
    }
    const next = applyDecisions(state, decisions);
    built = positionOf(state, built, decisions);
    if (!next.ok) return wrong ? notReplayed() : err(next.errors.map((e) => problem('illegal-decisions', `Turn ${state.turn}'s decisions break the rules: ${decisionErrorText(scenario, e)}`, path)));
    state = next.value;
  }
  if (!wrong) return ok(state);
  if (stateHash(state) !== result.finalStateHash) return notReplayed();
  return refuse('computer-moves', `${wrong.difference} With the computer’s own moves there, the rest of the file replays exactly to the game it records: the computer’s moves were edited.`, wrong.path);
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
  const whose = result.sides.length > 1 ? 'the students’' : 'the student’s';
  return (
    `Replayed from the start, ${whose} decisions do not lead to the game this file records. ${difference} ` +
    `Played on with the computer’s own moves, the rest of the file does not replay either, so the game had already left the one it was played in: ${whose} decisions on turn ${turn} or before (or the lesson’s settings) were edited.`
  );
}

const SUPPORT_WORDS: Record<SupportLevel, string> = { 0: 'opposition', 1: 'neutrality', 2: 'diplomatic support', 3: 'full support' };

/** The first thing the file has the computer do differently, in words: what the file says, and what the computer would have done. */
function computerMoveDifference(state: GameState, actor: ActorId, said: ActorDecision | undefined, would: ActorDecision | undefined): string {
  const scenario = state.scenario;
  const name = (id: ActorId) => actorName(scenario, id);
  const differ = (file: string, computer: string) => `On turn ${state.turn} the file says ${name(actor)} ${file}, but the computer would have ${computer}.`;
  if (!said) return `On turn ${state.turn} the file leaves out what ${name(actor)}, a computer player, decided.`;

  const posture = (p: Posture | undefined, other: ActorId, done: boolean) => {
    if (p === undefined) return `kept its posture toward ${name(other)}`;
    const verb = done ? 'chosen' : 'chose';
    return p === 'hedge' ? `${verb} to hedge toward ${name(other)}` : `${verb} to be ${p === 'ally' ? 'an ally' : 'a partner'} of ${name(other)}`;
  };
  for (const other of scenario.actors.map((a) => a.id)) {
    const a = said.postures?.[other];
    const b = would?.postures?.[other];
    if (a !== b) return differ(posture(a, other, false), posture(b, other, true));
  }

  const calls = new Map(state.agenda.crises.flatMap((c) => c.calls.map((call) => [call.id, { call, theatre: lookup(scenario).theatre.get(c.theatre)?.name ?? c.theatre }] as const)));
  // The second half of each sentence leaves out what the first has named.
  const answer = (level: SupportLevel | undefined, id: string, named: boolean) => {
    const found = calls.get(id);
    const what = named ? (found ? `${name(found.call.caller)}’s call in the crisis in ${found.theatre}` : `the call '${id}'`) : 'it';
    if (level === undefined) return `left ${what} unanswered`;
    return `answered ${named ? `${what} ` : ''}with ${SUPPORT_WORDS[level] ?? String(level)}`;
  };
  for (const id of new Set([...Object.keys(said.answers ?? {}), ...Object.keys(would?.answers ?? {})])) {
    const a = said.answers?.[id];
    const b = would?.answers?.[id];
    if (a !== b) return differ(answer(a, id, true), answer(b, id, false));
  }

  const choice = (option: string | undefined, id: string, named: boolean, done: boolean) => {
    const instance = state.agenda.choices.find((c) => c.id === id);
    const event = instance && lookup(scenario).event.get(instance.event);
    const title = named ? (event ? ` on ‘${event.title}’` : ` on '${id}'`) : '';
    if (option === undefined) return named ? `left ${title.slice(4)} undecided` : 'left it undecided';
    const label = event?.choices?.find((c) => c.id === option)?.label ?? option;
    return `${done ? 'chosen' : 'chose'} ‘${label}’${title}`;
  };
  for (const id of new Set([...Object.keys(said.choices ?? {}), ...Object.keys(would?.choices ?? {})])) {
    const a = said.choices?.[id];
    const b = would?.choices?.[id];
    if (a !== b) return differ(choice(a, id, true, false), choice(b, id, false, true));
  }
  return `On turn ${state.turn} the file records what ${name(actor)}, a computer player, decided differently from the way the game writes it.`;
}

/** `STEPS[n]` turns a version-n result (parsed JSON) into a version-(n+1) one, checking version n's shape first. */
const STEPS: Record<number, (old: Record<string, unknown>) => Result<unknown, ResultProblem>> = {
  1: (old) => {
    const problems = shapeProblems(old, 1);
    if (problems.length > 0) return err(problems);
    const v1 = old as unknown as ResultV1;
    if (resultChecksum(v1) !== v1.checksum) return refuse('checksum', 'The file was changed after it was written: its contents no longer match its checksum.', 'checksum');
    const { checksum: _checksum, ...rest } = v1;
    // Every game before versions of the rules were counted was played under the first.
    const body: Omit<ResultV2, 'checksum'> = { ...rest, version: 2, rulesVersion: 1 };
    return ok({ ...body, checksum: resultChecksum(body) });
  },
};

function upgrade(value: unknown, version: number): Result<ResultFile, ResultProblem> {
  let current = value;
  for (let v = version; v < RESULT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return refuse('unknown-version', `This result file is in format version ${v}, which no version of Bowstring ever wrote.`, 'version');
    const next = step(current as Record<string, unknown>);
    if (!next.ok) return next;
    current = next.value;
  }
  return ok(current as ResultFile);
}

function verify(text: unknown, scenarios: readonly Scenario[], computer: ComputerPlayers): Result<VerifiedResult, ResultProblem> {
  if (typeof text !== 'string' || text.trim() === '') return refuse('empty', 'The result file is empty.');
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (fault) {
    if (trimmed.startsWith('{') && unclosed(trimmed)) return refuse('truncated', `The result file is cut short after ${trimmed.length} characters: it was probably not downloaded completely.`);
    return refuse('not-json', `The result file is damaged: it is not valid JSON (${fault instanceof Error ? fault.message : String(fault)}).`);
  }
  if (!isPlainObject(value) || value.format !== RESULT_FORMAT) {
    const what = isPlainObject(value) && value.format === 'bowstring-save' ? 'it is a saved game, not a result file' : 'it does not say "format": "bowstring-result"';
    return refuse('not-a-result', `This is not a Bowstring result file: ${what}.`, 'format');
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return refuse('unknown-version', `This result file has no usable format version (version is ${String(version).slice(0, 20)}).`, 'version');
  if (version > RESULT_VERSION) return refuse('newer-version', `This result file was written by a newer version of Bowstring (format ${version}); this one reads formats up to ${RESULT_VERSION}.`, 'version');

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
    if (resultChecksum(result) !== result.checksum) return refuse('checksum', 'The file was changed after it was written: its contents no longer match its checksum.', 'checksum');
  }

  if (result.rulesVersion > RULES_VERSION)
    return refuse(
      'newer-rules',
      `This file says it was played under version ${result.rulesVersion} of the game's rules, but this version of Bowstring plays by version ${RULES_VERSION} and knows no later one: either a newer Bowstring wrote it (check it there) or its rules version was edited.`,
      'rulesVersion',
    );

  const scenario = scenarios.find((s) => s.id === result.scenarioId);
  if (!scenario) return refuse('unknown-scenario', `This result is for the scenario '${result.scenarioId}', which this version of Bowstring does not have.`, 'scenarioId');
  if (scenario.hash !== result.scenarioHash)
    return refuse('scenario-changed', `This result was played on another version of the scenario '${scenario.title}' than this game has, so it cannot be replayed faithfully.`, 'scenarioHash');
  const sides = sidesProblem(scenario, result.options.side, result.sides);
  if (sides) return refuse('bad-sides', sides, 'sides');

  const checked = checkGame(scenario, result, computer);
  // Under other rules the same decisions make another game: say so, rather than that the student edited the file.
  if (!checked.ok && result.rulesVersion !== RULES_VERSION && checked.errors.some((e) => REPLAY_CODES.has(e.code)))
    return refuse(
      'other-rules',
      `This file was played under version ${result.rulesVersion} of the game's rules, and this version of Bowstring plays by version ${RULES_VERSION}: the game cannot be replayed as it was played, so it cannot be checked. Check it with the version of Bowstring it was played on, or ask for the game to be played again.`,
      'rulesVersion',
    );
  if (!checked.ok) return checked;
  // A file that says so itself (not one upgraded from before versions were counted) and replays exactly here.
  if (upgradedFrom === null && result.rulesVersion < RULES_VERSION && hashesApartFrom(result.rulesVersion))
    return refuse(
      'rules-contradicted',
      `This file says it was played under version ${result.rulesVersion} of the game's rules, but it replays exactly to the game it records under version ${RULES_VERSION}, the rules of this Bowstring, which no game played under version ${result.rulesVersion} can do (the rules have changed what a game holds since then): its rules version was edited.`,
      'rulesVersion',
    );
  return ok({ result, game: checked.value, scenario, upgradedFrom });
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
    return refuse('hash-mismatch', `Replaying the file's ${result.decisions.length} turns does not lead to the game it records (hash ${hash}, not ${result.finalStateHash}): its decisions or its hash were edited.`, 'finalStateHash');
  for (const side of result.sides) {
    const actual = score(game, side);
    const claimed = result.score[side];
    if (claimed === undefined || Math.abs(actual - claimed) > 1e-9)
      return refuse('score-mismatch', `The file claims a score of ${claimed === undefined ? 'nothing' : claimed.toFixed(1)} for ${side}, but its game, replayed, scores ${actual.toFixed(1)}: the score was edited.`, `score.${side}`);
  }
  const extra = Object.keys(result.score).filter((k) => !result.sides.includes(k));
  if (extra.length > 0) return refuse('score-mismatch', `The file claims scores for ${extra.join(', ')}, which nobody played.`, 'score');
  if (hashValue(asHashed(game.ending)) !== hashValue(asHashed(result.ending)))
    return refuse('ending-mismatch', `The file says the game ${result.ending ? `ended (${result.ending.reason}) on turn ${result.ending.turn}` : 'was stopped before its end'}, but replayed it ${game.ending ? `ended (${game.ending.reason}) on turn ${game.ending.turn}` : 'had not ended'}.`, 'ending');
  return ok(game);
}

/** An ending as the state hash covers it, whichever form the file holds it in. */
const asHashed = (ending: Ending | HashedEnding | null): HashedEnding | null => (ending === null || 'detail' in ending ? ending : endingAsHashed(ending));
/** An ending's fields beyond its reason and turn: its codes, or (written before codes) its words. */
const ENDING_FIELDS = ['initiator', 'target', 'actor', 'lessonTurns', 'detail'];

const FIELDS = ['format', 'version', 'scenarioId', 'scenarioHash', 'seed', 'options', 'player', 'sides', 'decisions', 'finalStateHash', 'score', 'turns', 'ending', 'savedAt', 'checksum'];

/** Every field of a version-1 or version-2 file checked in place, each problem named by its path; version 2 added `rulesVersion`. */
function shapeProblems(value: Record<string, unknown>, version: 1 | 2): ResultProblem[] {
  const check = new ShapeCheck();
  const exact = (v: unknown, path: PathSegment[], required: string[], optional: string[] = []): v is Record<string, unknown> => {
    if (!isPlainObject(v)) {
      check.fail(path, `'${formatPath(path)}' must be an object.`);
      return false;
    }
    for (const key of required) if (!Object.prototype.hasOwnProperty.call(v, key)) check.fail(path, `${path.length ? `'${formatPath(path)}'` : 'The result file'} is missing the field '${key}'.`);
    for (const key of Object.keys(v)) if (!required.includes(key) && !optional.includes(key)) check.fail([...path, key], `${path.length ? `'${formatPath(path)}'` : 'The result file'} has a field '${key}' that result files do not have.`);
    return true;
  };
  exact(value, [], version >= 2 ? [...FIELDS, 'rulesVersion'] : FIELDS);
  if (version >= 2 && !(Number.isInteger(value.rulesVersion) && (value.rulesVersion as number) >= 1))
    check.fail(['rulesVersion'], `'rulesVersion' must be the version of the game's rules, a whole number from 1.`);
  check.string(value.scenarioId, ['scenarioId'], { pattern: /./, what: 'a scenario id' });
  check.string(value.scenarioHash, ['scenarioHash'], HASH);
  check.string(value.seed, ['seed']);
  if (value.options !== undefined && exact(value.options, ['options'], ['side', 'advisor'], ['turns', 'temperament'])) {
    const o = value.options;
    if (!(CLASS_SIDES as readonly unknown[]).includes(o.side)) check.fail(['options', 'side'], `'options.side' must be one of ${CLASS_SIDES.join(', ')}.`);
    if (typeof o.advisor !== 'boolean') check.fail(['options', 'advisor'], `'options.advisor' must be true or false.`);
    if (o.turns !== undefined && !(Number.isInteger(o.turns) && (o.turns as number) >= 1)) check.fail(['options', 'turns'], `'options.turns' must be a whole number of turns.`);
    if (o.temperament !== undefined && !(TEMPERAMENTS as readonly unknown[]).includes(o.temperament)) check.fail(['options', 'temperament'], `'options.temperament' must be one of ${TEMPERAMENTS.join(', ')}.`);
  }
  if (check.string(value.player, ['player']) && value.player.length > MAX_NAME) check.fail(['player'], `'player' is ${value.player.length} characters long; a name has at most ${MAX_NAME}.`);
  if (value.sides !== undefined) {
    if (Array.isArray(value.sides) && value.sides.length > 0) value.sides.forEach((s, i) => check.string(s, ['sides', i], { pattern: /./, what: 'an actor id' }));
    else check.fail(['sides'], `'sides' must list the sides people played.`);
  }
  check.decisionLog(value.decisions, ['decisions']);
  check.string(value.finalStateHash, ['finalStateHash'], HASH);
  check.record(value.score, ['score'], (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) check.fail(p, `'${formatPath(p)}' must be a number.`);
  });
  if (value.turns !== undefined && (!Number.isInteger(value.turns) || (Array.isArray(value.decisions) && value.turns !== value.decisions.length)))
    check.fail(['turns'], `'turns' must be the number of turns in 'decisions'${Array.isArray(value.decisions) ? ` (${value.decisions.length})` : ''}.`);
  if (value.ending !== undefined && value.ending !== null && exact(value.ending, ['ending'], ['reason', 'turn'], ENDING_FIELDS)) {
    const e = value.ending;
    if (!['last-turn', 'collapse', 'war'].includes(e.reason as string)) check.fail(['ending', 'reason'], `'ending.reason' must be last-turn, collapse or war.`);
    if (!Number.isInteger(e.turn)) check.fail(['ending', 'turn'], `'ending.turn' must be a turn number.`);
    for (const key of ENDING_FIELDS) if (e[key] !== undefined && typeof e[key] !== (key === 'lessonTurns' ? 'number' : 'string')) check.fail(['ending', key], `'ending.${key}' must be ${key === 'lessonTurns' ? 'a number of turns' : 'text'}.`);
  }
  if (check.string(value.savedAt, ['savedAt']) && Number.isNaN(Date.parse(value.savedAt))) check.fail(['savedAt'], `'savedAt' must be a date and time.`);
  check.string(value.checksum, ['checksum'], HASH);
  return check.result() as ResultProblem[];
}

/** Every reason in one paragraph, for a row of the class report. */
export const describeResultProblems = (problems: readonly ResultProblem[]): string => problems.map((p) => p.message).join(' ');
