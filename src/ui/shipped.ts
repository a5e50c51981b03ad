// The scenarios that ship with the game. Their files are bundled as static assets next to the code (found at build
// time, fetched from the page's own origin) rather than as JavaScript, which keeps the code the page runs small.
// A scenario file holds its prose in every language, three times the English alone; the build also writes each in
// English only (`x.en.json`, see vite.config.ts), which an English page loads first. Once the page speaks another
// language, the whole files are fetched and their texts written into the scenarios already in play, in place: a game
// under way keeps its scenario, which now reads in the new language (the rules and the hash are the English's).
import { beforeLang } from '../i18n';
import { t, tx } from '../i18n/core';
import type { Lang } from '../i18n/langs';
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

/** The address of a file's English-only copy in the build; while developing, the whole file. */
const englishUrl = (url: string): string => (import.meta.env.DEV ? url : url.replace(/\.json$/, '.en.json'));

/** The scenarios as loaded, and whether they hold every language's texts yet. */
let shipped: Promise<{ scenarios: Scenario[]; whole: boolean }> | null = null;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Writes the texts of `source` (a whole file) into `target` (the same scenario, loaded in English only), in place. */
function addTexts(target: Record<string, unknown>, source: Record<string, unknown>): void {
  const isText = (v: unknown): boolean =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { en?: unknown }).en === 'string' && Object.keys(v).every((k) => k === 'en' || k === 'ru' || k === 'zh');
  for (const [key, from] of Object.entries(source)) {
    const into = target[key];
    if ((isText(from) && (typeof into === 'string' || isText(into))) || (key === 'translation' && into === undefined)) target[key] = from;
    else if (typeof from === 'object' && from !== null && typeof into === 'object' && into !== null) addTexts(into as Record<string, unknown>, from as Record<string, unknown>);
  }
}

// Before the page speaks a language other than English, the scenarios in play get its texts.
beforeLang(async (lang: Lang) => {
  if (lang === 'en' || !shipped) return;
  const loaded = await shipped;
  if (loaded.whole) return;
  await Promise.all(
    loaded.scenarios.map(async (scenario) => {
      const url = Object.entries(urls).find(([path]) => path.endsWith(`/${scenario.id}.json`))?.[1];
      if (!url) return;
      addTexts(scenario as unknown as Record<string, unknown>, JSON.parse(await fetchText(url)) as Record<string, unknown>);
    }),
  );
  loaded.whole = true;
});

/** The shipped scenarios, for a page that opens in `lang`: in English only when it is English, whole otherwise. */
export async function shippedScenarios(lang: Lang = 'en'): Promise<Shipped> {
  const whole = lang !== 'en';
  const problems: string[] = [];
  let done!: (loaded: { scenarios: Scenario[]; whole: boolean }) => void;
  shipped = new Promise((resolve) => (done = resolve));
  const loaded = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const file = path.split('/').pop()!;
      try {
        const response = await fetch(whole ? url : englishUrl(url));
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
  done({ scenarios, whole: whole || import.meta.env.DEV });
  return { scenarios, problems };
}
