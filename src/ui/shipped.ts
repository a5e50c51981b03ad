// The scenarios that ship with the game. Their files are bundled as static assets next to the code (found at build
// time, fetched from the page's own origin) rather than as JavaScript, which keeps the code the page runs small.
import { t, tx } from '../i18n/core';
import { prepareScenario, type Scenario, type ScenarioDef } from '../engine';
import { loadScenario } from '../scenarios/loader';
import { sentences } from './words';

const urls = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The scenario the game opens on, listed first. */
export const DEFAULT_SCENARIO = 'alliance-question-2020';

export interface Shipped {
  scenarios: Scenario[];
  /** Files that could not be fetched or loaded, in words. */
  problems: string[];
}

/**
 * Read a shipped file. While developing (`npm start`) every file goes through the loader, so an author editing one
 * sees its problems at once. The built game takes the quick path — the same scenario, the same content hash
 * (tests/ui/shipped.test.ts holds it so) — because the loader's full check of every file costs a few hundred
 * milliseconds before the first screen, and `npm test` has already checked every shipped file.
 */
function read(file: string, text: string): { scenario: Scenario } | { problem: string } {
  if (!import.meta.env.DEV) return { scenario: prepareScenario(JSON.parse(text) as ScenarioDef) };
  const report = loadScenario(text, file);
  if (report.ok) return { scenario: report.value };
  return { problem: t('files.shipped.refused', { file, problems: sentences(...report.errors.map((e) => t('files.shipped.problem', { line: e.line, column: e.column, message: e.message }))) }) };
}

export async function shippedScenarios(): Promise<Shipped> {
  const problems: string[] = [];
  const loaded = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const file = path.split('/').pop()!;
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const result = read(file, await response.text());
        if ('scenario' in result) return result.scenario;
        problems.push(result.problem);
      } catch (fault) {
        problems.push(t('files.shipped.unreadable', { file, fault: fault instanceof Error ? fault.message : String(fault) }));
      }
      return null;
    }),
  );
  const scenarios = loaded.filter((s): s is Scenario => s !== null);
  scenarios.sort((a, b) => Number(b.id === DEFAULT_SCENARIO) - Number(a.id === DEFAULT_SCENARIO) || a.startYear - b.startYear || tx(a.title).localeCompare(tx(b.title)));
  return { scenarios, problems };
}
