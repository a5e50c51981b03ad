// A class as the server keeps it: made from a teacher's request (checked against its scenario), described to
// students, and summed up in the class report from the verdicts in the database.
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summariseClass, type ClassReport } from '../src/classroom/classReport';
import type { ClassOptions } from '../src/classroom/options';
import { prepareScenario, type Scenario, type ScenarioDef } from '../src/engine';
import { joinCodeFrom } from '../src/live/joinCode';
import { checkCreateClass, type Checked, type ClassCreated, type ClassInfo, type CreateClass } from '../src/live/protocol';
import { loadScenario } from '../src/scenarios/loader';
import { secretHash, type ClassRow, type ClassStore } from './store';

/** The scenarios the game ships, read from their folder as the built game reads them (npm test checks each file). */
export function shippedScenarios(dir: string): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => prepareScenario(JSON.parse(readFileSync(join(dir, f), 'utf8')) as ScenarioDef));
}

/** A secret of `bytes` random bytes, as URL-safe text. */
export const secret = (bytes = 24): string => randomBytes(bytes).toString('base64url');

export function classInfo(row: ClassRow): ClassInfo {
  return {
    code: row.code,
    mode: row.mode,
    status: row.status,
    scenarioId: row.scenarioId,
    scenarioHash: row.scenarioHash,
    seed: row.seed,
    settings: row.settings,
    ...(row.lang ? { lang: row.lang } : {}),
    ...(row.scenarioFile ? { scenarioFile: row.scenarioFile } : {}),
    ...(row.world ? { world: row.world } : {}),
  };
}

export const classOptions = (row: ClassRow): ClassOptions => ({ scenarioId: row.scenarioId, scenarioHash: row.scenarioHash, seed: row.seed, ...row.settings });

export function classes(store: ClassStore, shipped: readonly Scenario[]) {
  /** Custom scenarios by their text's hash: each file is loaded (and checked whole) once. */
  const custom = new Map<string, Scenario>();
  const loadCustom = (text: string): Checked<Scenario> => {
    const key = secretHash(text);
    const known = custom.get(key);
    if (known) return { ok: true, value: known };
    const report = loadScenario(text, 'scenario');
    if (!report.ok) return { ok: false, message: `The scenario file is refused: ${report.errors.slice(0, 3).map((e) => `line ${e.line}, column ${e.column}: ${e.message}`).join(' ')}` };
    custom.set(key, report.value);
    return { ok: true, value: report.value };
  };

  /** The scenario a request names, and whether the lesson fits it. */
  function scenarioFor(c: CreateClass): Checked<Scenario> {
    let scenario: Scenario;
    if (c.scenarioFile !== undefined) {
      const loaded = loadCustom(c.scenarioFile);
      if (!loaded.ok) return loaded;
      scenario = loaded.value;
      if (scenario.id !== c.scenarioId) return { ok: false, message: `The scenario file is '${scenario.id}', not '${c.scenarioId}'.` };
      if (shipped.some((s) => s.id === scenario.id)) return { ok: false, message: `A scenario file may not take the id '${scenario.id}' of a scenario the game ships.` };
    } else {
      const found = shipped.find((s) => s.id === c.scenarioId);
      if (!found) return { ok: false, message: `The game has no scenario '${c.scenarioId.slice(0, 100)}'.` };
      scenario = found;
    }
    const { side, turns } = c.settings;
    if ((side === 'RUS' || side === 'CHN') && !scenario.playable.includes(side)) return { ok: false, message: `${side} cannot be played in this scenario; it offers ${scenario.playable.join(', ')}.` };
    if (side === 'hotseat' && scenario.playable.length < 2) return { ok: false, message: 'This scenario has one playable power, so it cannot be played hot-seat.' };
    if (turns !== undefined && turns > scenario.turns) return { ok: false, message: `The lesson asks for ${turns} turns, but the scenario has only ${scenario.turns}.` };
    const actors = new Set(scenario.actors.map((a) => a.id));
    const stranger = c.world?.seats.find((s) => !actors.has(s));
    if (stranger) return { ok: false, message: `The scenario has no power '${stranger}' to give a player.` };
    return { ok: true, value: scenario };
  }

  return {
    /** A class made from the teacher's request: the code, and the teacher's key (kept only as a hash). */
    async create(body: unknown): Promise<Checked<ClassCreated>> {
      const checked = checkCreateClass(body);
      if (!checked.ok) return checked;
      const c = checked.value;
      const scenario = scenarioFor(c);
      if (!scenario.ok) return scenario;
      const teacherKey = secret();
      for (let attempt = 0; attempt < 8; attempt++) {
        const code = joinCodeFrom(randomBytes(32));
        if (!code) continue;
        const made = await store.createClass({
          code,
          teacherKeyHash: secretHash(teacherKey),
          scenarioId: scenario.value.id,
          scenarioHash: scenario.value.hash,
          scenarioFile: c.scenarioFile ?? null,
          settings: c.settings,
          seed: c.seed ?? secret(6),
          lang: c.lang ?? null,
          mode: c.mode,
          world: c.world ?? null,
          status: 'open',
        });
        if (made) return { ok: true, value: { code, teacherKey } };
      }
      throw new Error('No free class code was found in eight draws.');
    },

    /** The scenario a stored class is played in; null when it can no longer be loaded (a changed shipped file). */
    scenarioOf(row: ClassRow): Scenario | null {
      const scenario = row.scenarioFile !== null ? loadCustom(row.scenarioFile) : { ok: true as const, value: shipped.find((s) => s.id === row.scenarioId) };
      if (!scenario.ok || !scenario.value || scenario.value.hash !== row.scenarioHash) return null;
      return scenario.value;
    },

    /** The class report from the verdicts in the database, in hand-in order: the same summary as the file route's, which
     *  flags each later copy of a game naming whose game it repeats. */
    async report(row: ClassRow, scenario: Scenario): Promise<ClassReport> {
      const results = await store.resultsOf(row.code);
      return summariseClass(
        results.map((r) => r.check),
        [scenario],
        classOptions(row),
      );
    },
  };
}

export type Classes = ReturnType<typeof classes>;

/** Why a game handed in after the same game was is flagged. */
export const copyReason = (original: string): string => `This game repeats, move for move, the game ${original} finished earlier: a copy, or the same choices made by both.`;
