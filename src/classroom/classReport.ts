// The teacher's class report: every result file verified by replay, a row per student, and the class's figures —
// scores, postures turn by turn, alliances formed and broken, abandonment and entrapment — beside the historical
// path. Flagged files get a row with the reason but stay out of every figure; so does each later copy of a game
// already handed in. A game stopped before the lesson's last turn keeps its row, set beside the historical path over
// its own turns, but stays out of the side's figures, which are of whole lessons. Its words are in the page's language: a worker is told it with the scenarios (see
// games.worker.ts).
import { lookup, newGame, score, type ActorId, type GameState, type Posture, type Scenario } from '../engine';
import { listWords, t, tx } from '../i18n/core';
import type { Lang } from '../i18n/langs';
import type { Catalog } from '../i18n/catalog/en';
import { playGame } from '../ai/autoplay';
import { mean, quantile, sd } from '../ai/stats';
import { copiesOf, gameKey } from './duplicates';
import { sideFigures, type SideFigures } from './figures';
import { lessonRules, lessonTurns, type ClassOptions, type ClassSettings } from './options';
import { sentences } from '../ui/words';
import { warmUp, warmUpScenario } from './warmUp';
import { computerPlayers, describeResultProblems, verifyResult, type ComputerPlayers, type ResultProblemCode } from './resultFile';

export interface ResultInput {
  /** The file's name as dropped, to find it again. */
  name: string;
  text: string;
}

/** Why a row was flagged: a problem of the file itself, or a verified game that is not the class's (`other-game`), not
 *  played under the class's lesson settings (`other-settings`), or the same game as a file handed in before it (`copy`). */
export type FlagCode = ResultProblemCode | 'other-game' | 'other-settings' | 'copy' | 'no-turns';

export interface StudentRow {
  file: string;
  /** As typed; empty when the file could not be read that far. */
  player: string;
  sides: ActorId[];
  verdict: 'verified' | 'flagged';
  /** Why a file was flagged, in sentences; empty when verified. */
  reason: string;
  codes: FlagCode[];
  /** One per side played; empty for a flagged file. */
  figures: SideFigures[];
  savedAt: string;
  /** How many times the student went back to replay turns (not a flag: a teacher may allow it); null when not known:
   *  a file that failed its own checks, or one written before rewinds were recorded. */
  rewinds: number | null;
  /** A verified game handed in before the lesson's last turn ("Stop and hand in"); null for one played to its end
   *  and for a flagged file. */
  stopped: Stopped | null;
}

/** How far a stopped game went, and what it is set against: the historical path over those same turns, as the
 *  game's own debrief sets it (its score for each side played). */
export interface Stopped {
  turns: number;
  /** The lesson's length. */
  of: number;
  historical: Record<ActorId, number>;
}

export interface Spread {
  n: number;
  mean: number;
  sd: number;
  min: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  max: number;
}

export type PostureCounts = Record<Posture, number>;

export interface SideReport {
  side: ActorId;
  /** The games played to the lesson's end: the figures below are theirs (a stopped game is left out). */
  games: number;
  /** The actors whose postures matter most here: the other playable side, else those the side starts close to. */
  focus: ActorId[];
  score: Spread;
  /** postures[i].toward[other]: how many students chose each posture toward `other` on turn i+1. */
  postures: { turn: number; toward: Record<ActorId, PostureCounts> }[];
  /** Alliances formed and broken across the class, by turn, with totals. */
  alliances: { turn: number; formed: number; broke: number }[];
  formed: number;
  broke: number;
  /** Students who lost at least one alliance. */
  studentsWithBreak: number;
  abandoned: Spread;
  entrapped: Spread;
  entrapmentCost: Spread;
  /** The same figures for the historical path: every actor following the record, on the class's seed. */
  historical: SideFigures;
}

export interface ClassReport {
  scenarioId: string;
  scenarioTitle: string;
  seed: string;
  settings: ClassSettings | null;
  files: number;
  verified: number;
  flagged: number;
  rows: StudentRow[];
  sides: SideReport[];
}

/** Which game a file was played in, and under which settings. */
export interface GameOf {
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  options: ClassSettings;
}

/**
 * One file's verdict as plain data, so that it can cross from a worker to the page: who played, and either the
 * figures of each side played (verified) or the reasons it was flagged.
 */
export type FileCheck =
  | { file: string; verdict: 'verified'; player: string; sides: ActorId[]; savedAt: string; game: GameOf; figures: SideFigures[]; gameKey: string; rewinds: number | null }
  | { file: string; verdict: 'flagged'; player: string; sides: ActorId[]; reason: string; codes: FlagCode[] };

/** Verify one file by replay and read its figures. Never throws. Pass one `computer` to every file of a report. */
export function checkResultFile(input: ResultInput, scenarios: readonly Scenario[], computer: ComputerPlayers = computerPlayers()): FileCheck {
  const verdict = verifyResult(input.text, scenarios, computer);
  if (!verdict.ok) return { file: input.name, verdict: 'flagged', ...readable(input.text), reason: describeResultProblems(verdict.errors), codes: verdict.errors.map((e) => e.code) };
  const { result, game, rewinds } = verdict.value;
  try {
    return {
      file: input.name,
      verdict: 'verified',
      player: result.player,
      sides: result.sides,
      savedAt: result.savedAt,
      game: { scenarioId: result.scenarioId, scenarioHash: result.scenarioHash, seed: result.seed, options: result.options },
      figures: result.sides.map((side) => sideFigures(game, side)),
      gameKey: gameKey(result),
      rewinds,
    };
  } catch (fault) {
    return { file: input.name, verdict: 'flagged', player: result.player, sides: result.sides, codes: ['internal'], reason: t('class.classReport.fault', { fault: String(fault) }) };
  }
}

/**
 * Verify every file and sum up the verified ones. The class is `expected` (from the teacher's class code) when
 * given, else the game most files were played in, under the settings most of them had; a verified file of another
 * scenario or seed is flagged, and so is one whose lesson settings differ from the class's. One `computer` decides
 * for every file (pass one to see what it worked out and what it remembered).
 */
export function buildClassReport(files: readonly ResultInput[], scenarios: readonly Scenario[], expected?: ClassOptions, computer: ComputerPlayers = computerPlayers()): ClassReport {
  return summariseClass(
    files.map((f) => checkResultFile(f, scenarios, computer)),
    scenarios,
    expected,
  );
}

/** The class report from every file's check, in the order the files were given: the first of a game's copies counts. */
export function summariseClass(checks: readonly FileCheck[], scenarios: readonly Scenario[], expected?: ClassOptions): ClassReport {
  const copies = copiesOf(checks.flatMap((c, i) => (c.verdict === 'verified' ? [{ id: String(i), key: c.gameKey }] : [])));
  // A copy has no say in which game the class played either.
  const verified = checks.flatMap((c, i) => (c.verdict === 'verified' && !copies.has(String(i)) ? [c.game] : []));
  const classKey = expected ? keyOf(expected) : mostCommon(verified.map(keyOf));
  const inClass = (g: GameOf) => keyOf(g) === classKey;
  const settingsKey = expected ? keyOfSettings(expected) : mostCommon(verified.filter(inClass).map((g) => keyOfSettings(g.options)));
  const classSettings = expected ? settingsOf(expected) : (verified.find((g) => inClass(g) && keyOfSettings(g.options) === settingsKey)?.options ?? null);

  const titleOf = (id: string) => {
    const scenario = scenarios.find((s) => s.id === id);
    return scenario ? tx(scenario.title) : id;
  };
  const find = (id: string, hash: string) => scenarios.find((s) => s.id === id && s.hash === hash);
  const stoppedAt = stoppedGames(find);
  const rows: StudentRow[] = checks.map((c, i) => {
    const who = { file: c.file, player: c.player, sides: c.sides, rewinds: c.verdict === 'verified' ? c.rewinds : null, stopped: null };
    if (c.verdict === 'flagged') return { ...who, verdict: 'flagged', reason: c.reason, codes: c.codes, figures: [], savedAt: '' };
    const original = copies.get(String(i));
    if (original !== undefined) {
      const first = checks[Number(original)]!;
      const reason = t('class.classReport.copy', { file: first.file, named: first.player ? 'yes' : 'no', player: first.player });
      return { ...who, savedAt: c.savedAt, verdict: 'flagged', codes: ['copy'], figures: [], reason };
    }
    if (!inClass(c.game)) {
      const [id, , seed] = (classKey ?? '||').split('|');
      return {
        ...who,
        savedAt: c.savedAt,
        verdict: 'flagged',
        codes: ['other-game'],
        figures: [],
        reason: t('class.classReport.otherScenario', { title: titleOf(c.game.scenarioId), seed: c.game.seed, classTitle: titleOf(id ?? ''), classSeed: seed ?? '' }),
      };
    }
    if (classSettings && keyOfSettings(c.game.options) !== settingsKey)
      return { ...who, savedAt: c.savedAt, verdict: 'flagged', codes: ['other-settings'], figures: [], reason: otherSettings(c.game.options, classSettings, expected !== undefined) };
    return { ...who, savedAt: c.savedAt, verdict: 'verified', reason: '', codes: [], figures: c.figures, stopped: stoppedAt(c.game, c.figures) };
  });

  const first = verified.find(inClass);
  const scenario = first ? find(first.scenarioId, first.scenarioHash) : expected ? find(expected.scenarioId, expected.scenarioHash) : undefined;
  const settings: ClassSettings | null = classSettings;
  const seed = expected?.seed ?? first?.seed ?? '';
  const good = rows.filter((r) => r.verdict === 'verified');
  // Every power someone led: the playable sides, and in a shared world any power given to a player.
  const powers = scenario ? [...scenario.playable, ...scenario.actors.map((a) => a.id).filter((id) => !scenario.playable.includes(id))] : [];
  const sides = powers.filter((side) => good.some((r) => r.sides.includes(side)));
  return {
    scenarioId: scenario?.id ?? '',
    scenarioTitle: scenario ? tx(scenario.title) : '',
    seed,
    settings,
    files: checks.length,
    verified: good.length,
    flagged: rows.length - good.length,
    rows,
    sides: scenario ? sides.map((side) => sideReport(scenario, seed, settings, side, good.flatMap((r) => (r.stopped ? [] : r.figures.filter((f) => f.side === side))))) : [],
  };
}

/**
 * Whether a verified game stopped before its lesson's last turn, and if so the historical path's score over the turns
 * it was played, each length of game played once (under the lesson's rules, on the game's seed).
 */
function stoppedGames(find: (id: string, hash: string) => Scenario | undefined): (game: GameOf, figures: readonly SideFigures[]) => Stopped | null {
  const paths = new Map<string, GameState>();
  return (game, figures) => {
    const scenario = find(game.scenarioId, game.scenarioHash);
    const turns = figures[0]?.turns ?? 0;
    if (!scenario || figures[0]?.ending !== 'stopped') return null;
    const of = lessonTurns(scenario, game.options);
    if (turns >= of) return null;
    const key = `${keyOf(game)}|${keyOfSettings(game.options)}|${turns}`;
    const rules = lessonRules(game.options);
    // A game stopped before its first turn stands where every game starts.
    const past = paths.get(key) ?? (turns === 0 ? newGame(scenario, game.seed, rules) : playGame(scenario, { seed: game.seed, policy: 'historical', rules: { ...rules, turns } }));
    paths.set(key, past);
    return { turns, of, historical: Object.fromEntries(figures.map((f) => [f.side, score(past, f.side)])) };
  };
}

// ---------------------------------------------------------------- in a Web Worker

export type ClassReportRequest =
  /** The scenarios files may be played in, and the page's language and messages for the reasons; sent first. */
  | { type: 'scenarios'; scenarios: Scenario[]; lang: Lang; messages: Catalog }
  | { type: 'check'; index: number; file: ResultInput }
  | { type: 'summarise'; checks: FileCheck[]; expected?: ClassOptions }
  /** Warm up on the scenarios (warmUp.ts) until the first file comes; sent before the teacher has picked any. */
  | { type: 'warm' };
export type ClassReportMessage =
  | { type: 'checked'; index: number; check: FileCheck }
  /** The warm-up ran to its end before any file came. */
  | { type: 'warmed' }
  | { type: 'report'; report: ClassReport }
  | { type: 'error'; message: string };

/**
 * What one worker of the class report does with each request (games.worker.ts; classReportPool.ts hands out
 * the work). It keeps one memo of the computer's decisions for all the files it is given.
 */
export function reportService(): (request: ClassReportRequest) => ClassReportMessage | null {
  let scenarios: Scenario[] = [];
  const computer = computerPlayers();
  return (request) => {
    try {
      if (request.type === 'scenarios') {
        scenarios = request.scenarios;
        return null;
      }
      if (request.type === 'check') return { type: 'checked', index: request.index, check: checkResultFile(request.file, scenarios, computer) };
      // Warming up is a worker's (reportServer): answered here, it has nothing to do.
      if (request.type === 'warm') return null;
      return { type: 'report', report: summariseClass(request.checks, scenarios, request.expected) };
    } catch (fault) {
      return { type: 'error', message: String(fault) };
    }
  };
}

/**
 * reportService, serving a worker: answers go to `post`, and a warm-up runs a turn at a time through `later` (the
 * worker's setTimeout), so that the first request for real work is heard between two turns and ends it.
 */
export function reportServer(post: (message: ClassReportMessage) => void, later: (step: () => void) => void): (request: ClassReportRequest) => void {
  const serve = reportService();
  let scenarios: Scenario[] = [];
  let warming: Generator<void, void, void> | null = null;
  const step = () => {
    if (!warming) return;
    let done: boolean | undefined;
    try {
      done = warming.next().done;
    } catch {
      // A warm-up is no one's work: were it to fail, the files it was to speed up will say why.
      done = true;
    }
    if (!done) return later(step);
    warming = null;
    post({ type: 'warmed' });
  };
  return (request) => {
    if (request.type === 'warm') {
      const scenario = warmUpScenario(scenarios);
      warming = scenario ? warmUp(scenario) : null;
      if (warming) later(step);
      return;
    }
    warming = null;
    if (request.type === 'scenarios') scenarios = request.scenarios;
    const answer = serve(request);
    if (answer) post(answer);
  };
}

function sideReport(scenario: Scenario, seed: string, settings: ClassSettings | null, side: ActorId, games: SideFigures[]): SideReport {
  const turns = Math.max(0, ...games.map((g) => g.turns));
  const others = scenario.actors.map((a) => a.id).filter((id) => id !== side);
  const postures = Array.from({ length: turns }, (_, i) => ({
    turn: i + 1,
    toward: Object.fromEntries(others.map((o) => [o, { ally: 0, partner: 0, hedge: 0 } as PostureCounts])),
  }));
  const alliances = Array.from({ length: turns }, (_, i) => ({ turn: i + 1, formed: 0, broke: 0 }));
  for (const g of games) {
    g.postures.forEach((chosen, i) => {
      for (const o of others) postures[i]!.toward[o]![chosen[o]!]++;
    });
    for (const a of g.alliances) alliances[a.turn - 1]![a.event === 'formed' ? 'formed' : 'broke']++;
  }
  const otherPlayable = scenario.playable.filter((p) => p !== side);
  const start = lookup(scenario).start[side]!;
  // The historical path under the lesson's rules too, so that it is comparable with the students' games.
  // The lesson's rules end the historical path where the students' games ended.
  const history = playGame(scenario, { seed, policy: 'historical', ...(settings ? { rules: lessonRules(settings) } : {}) });
  return {
    side,
    games: games.length,
    focus: otherPlayable.length > 0 ? otherPlayable : others.filter((o) => start[o] !== 'hedge'),
    score: spread(games.map((g) => g.score)),
    postures,
    alliances,
    formed: alliances.reduce((n, a) => n + a.formed, 0),
    broke: alliances.reduce((n, a) => n + a.broke, 0),
    studentsWithBreak: games.filter((g) => g.alliances.some((a) => a.event === 'broke')).length,
    abandoned: spread(games.map((g) => g.abandoned)),
    entrapped: spread(games.map((g) => g.entrapped)),
    entrapmentCost: spread(games.map((g) => g.entrapmentCost)),
    historical: sideFigures(history, side),
  };
}

export function spread(xs: readonly number[]): Spread {
  const q = (p: number) => quantile(xs, p);
  return { n: xs.length, mean: mean(xs), sd: sd(xs), min: q(0), p10: q(0.1), p25: q(0.25), p50: q(0.5), p75: q(0.75), p90: q(0.9), max: q(1) };
}

/** A game is the same game when scenario, its version and the seed agree. */
const keyOf = (r: { scenarioId: string; scenarioHash: string; seed: string }) => `${r.scenarioId}|${r.scenarioHash}|${r.seed}`;

/** The lesson's settings as one key: the same lesson when side, advisor, turns and temperament agree. */
const keyOfSettings = (o: ClassSettings) => `${o.side}|${o.advisor}|${o.turns ?? ''}|${o.temperament ?? ''}`;

/**
 * Why a verified game played under other settings than the class's is flagged. Replay checks the turns and the
 * temperament, since they make the game; the side is checked against the sides played. But nothing in a game records
 * whether the advisor was asked, so its setting can only be held against the class's.
 */
function otherSettings(file: ClassSettings, lesson: ClassSettings, fromCode: boolean): string {
  const words = (o: ClassSettings) => ({
    side: t('class.classReport.settingSide', { side: o.side }),
    advisor: t('class.classReport.settingAdvisor', { on: o.advisor ? 'yes' : 'no' }),
    turns: o.turns === undefined ? t('class.classReport.settingFullLength') : t('class.classReport.settingTurns', { count: o.turns }),
    temperament: t('class.classReport.settingTemperament', { temperament: o.temperament ?? 'own' }),
  });
  const [mine, theirs] = [words(file), words(lesson)];
  const differ = (Object.keys(mine) as (keyof typeof mine)[]).filter((k) => mine[k] !== theirs[k]);
  const list = (w: typeof mine) => listWords(differ.map((k) => w[k]));
  const played = t('class.classReport.otherSettings', { mine: list(mine), theirs: list(theirs), source: fromCode ? 'code' : 'files' });
  return file.advisor !== lesson.advisor ? sentences(played, t('class.classReport.advisorUnchecked')) : played;
}

function mostCommon(keys: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > counts.get(best)!) best = k;
  return best;
}

function settingsOf(o: ClassOptions): ClassSettings {
  const { scenarioId: _id, scenarioHash: _hash, seed: _seed, ...settings } = o;
  return settings;
}

/** Name and sides of a flagged file when it is readable JSON, so the teacher knows whose it is. */
function readable(text: string): { player: string; sides: ActorId[] } {
  try {
    const v = JSON.parse(text) as { player?: unknown; sides?: unknown };
    return {
      player: typeof v.player === 'string' ? v.player.slice(0, 120) : '',
      sides: Array.isArray(v.sides) ? v.sides.filter((s): s is string => typeof s === 'string').slice(0, 4) : [],
    };
  } catch {
    return { player: '', sides: [] };
  }
}

// ---------------------------------------------------------------- CSV

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180); a leading =, +, - or @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every file, one row each in the order given, with a block of columns for each side played in the class, then the
 * verdict, the rewinds (empty when not known) and the reasons; a flagged file's figures are left empty. The headers
 * and the verdict are in the page's language; what a program reads (sides, how the game ended, times) stays in codes,
 * in the columns it always had.
 */
export function toCsv(report: ClassReport): string {
  const sides = report.sides.map((s) => s.side);
  const perSide = ['score', 'formed', 'broken', 'abandoned', 'entrapped', 'cost'] as const;
  const header = [
    t('class.classReport.csvPlayer'),
    t('class.classReport.csvFile'),
    t('class.classReport.csvSides'),
    t('class.classReport.csvTurns'),
    t('class.classReport.csvEnding'),
    ...sides.flatMap((side) => perSide.map((column) => t('class.classReport.csvSideColumn', { side, column }))),
    t('class.classReport.csvSavedAt'),
    t('class.classReport.csvVerdict'),
    t('class.classReport.csvRewinds'),
    t('class.classReport.csvReasons'),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of report.rows) {
    const first = row.figures[0];
    const cells: (string | number)[] = [row.player, row.file, row.sides.join('+'), first?.turns ?? '', first?.ending ?? ''];
    for (const s of sides) {
      const f = row.figures.find((x) => x.side === s);
      if (!f) cells.push(...perSide.map(() => ''));
      else
        cells.push(
          f.score,
          f.alliances.filter((a) => a.event === 'formed').length,
          f.alliances.filter((a) => a.event === 'broke').length,
          f.abandoned,
          f.entrapped,
          f.entrapmentCost,
        );
    }
    cells.push(row.savedAt, t('class.classReport.csvVerdictWord', { verdict: row.verdict }), row.rewinds ?? '', row.reason);
    lines.push(cells.map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
