// The teacher's class report: every result file verified by replay, a row per student, and the class's figures —
// scores, postures turn by turn, alliances formed and broken, abandonment and entrapment — beside the historical
// path. Flagged files get a row with the reason but stay out of every figure.
import { lookup, type ActorId, type Posture, type Scenario } from '../engine';
import { playGame } from '../ai/autoplay';
import { mean, quantile, sd } from '../ai/stats';
import { sideFigures, type SideFigures } from './figures';
import { lessonTurns, type ClassOptions, type ClassSettings } from './options';
import { describeResultProblems, verifyResult, type ResultFile, type ResultProblemCode } from './resultFile';

export interface ResultInput {
  /** The file's name as dropped, to find it again. */
  name: string;
  text: string;
}

export type FlagCode = ResultProblemCode | 'other-game';

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

/**
 * Verify every file and sum up the verified ones. The class is `expected` (from the teacher's class code) when
 * given, else the game most files were played in; a verified file of another scenario or seed is flagged.
 */
export function buildClassReport(files: readonly ResultInput[], scenarios: readonly Scenario[], expected?: ClassOptions): ClassReport {
  const checked = files.map((f) => ({ file: f, verdict: verifyResult(f.text, scenarios) }));
  const verified = checked.flatMap((c) => (c.verdict.ok ? [c.verdict.value] : []));
  const classKey = expected ? keyOf(expected) : mostCommon(verified.map((v) => keyOf(v.result)));
  const inClass = (r: ResultFile) => keyOf(r) === classKey;

  const rows: StudentRow[] = checked.map(({ file, verdict }) => {
    const base = { file: file.name, player: '', sides: [] as ActorId[], figures: [] as SideFigures[], savedAt: '' };
    if (!verdict.ok) return { ...base, ...readable(file.text), verdict: 'flagged', reason: describeResultProblems(verdict.errors), codes: verdict.errors.map((e) => e.code) };
    const { result, game } = verdict.value;
    const who = { player: result.player, sides: result.sides, savedAt: result.savedAt };
    if (!inClass(result)) {
      const [id, , seed] = (classKey ?? '||').split('|');
      return { ...base, ...who, verdict: 'flagged', codes: ['other-game'], reason: `This file is from another game: scenario '${result.scenarioId}' with seed '${result.seed}', where the class played '${id}' with seed '${seed}'.` };
    }
    return { ...base, ...who, verdict: 'verified', reason: '', codes: [], figures: result.sides.map((s) => sideFigures(game, s)) };
  });

  const first = verified.find((v) => inClass(v.result));
  const scenario = first?.scenario ?? scenarios.find((s) => expected && s.id === expected.scenarioId && s.hash === expected.scenarioHash);
  const settings: ClassSettings | null = expected ? settingsOf(expected) : first ? first.result.options : null;
  const seed = expected?.seed ?? first?.result.seed ?? '';
  const good = rows.filter((r) => r.verdict === 'verified');
  const sides = scenario ? scenario.playable.filter((side) => good.some((r) => r.sides.includes(side))) : [];
  return {
    scenarioId: scenario?.id ?? '',
    scenarioTitle: scenario?.title ?? '',
    seed,
    settings,
    files: files.length,
    verified: good.length,
    flagged: rows.length - good.length,
    rows,
    sides: scenario ? sides.map((side) => sideReport(scenario, seed, settings, side, good.flatMap((r) => r.figures.filter((f) => f.side === side)))) : [],
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
  const history = playGame(scenario, { seed, policy: 'historical', maxTurns: settings ? lessonTurns(scenario, settings) : scenario.turns });
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

/** The verified students, one row per file, with a block of columns for each side played in the class. */
export function toCsv(report: ClassReport): string {
  const sides = report.sides.map((s) => s.side);
  const perSide = ['score', 'alliances formed', 'alliances broken', 'abandoned', 'entrapped', 'entrapment cost'];
  const header = ['player', 'file', 'sides', 'turns', 'ending', ...sides.flatMap((s) => perSide.map((c) => `${s} ${c}`)), 'saved at'];
  const lines = [header.map(csvField).join(',')];
  for (const row of report.rows) {
    if (row.verdict !== 'verified') continue;
    const first = row.figures[0]!;
    const cells: (string | number)[] = [row.player, row.file, row.sides.join('+'), first.turns, first.ending];
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
    cells.push(row.savedAt);
    lines.push(cells.map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
