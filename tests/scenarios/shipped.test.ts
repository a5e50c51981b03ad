// Every scenario that ships with the game must load with no errors, play to its end under every policy,
// and quote its documents exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { POLICIES } from '../../src/ai/policies';
import type { Scenario, SourceRef } from '../../src/engine';
import { loadScenario } from '../../src/scenarios/loader';
import { formatProblem } from '../../src/scenarios/problems';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();
/** The source documents live beside the project, in shared/seeds. */
const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

function load(file: string): Scenario {
  const report = loadScenario(readFileSync(dir + file, 'utf8'), `scenarios/${file}`);
  if (!report.ok) throw new Error(report.errors.map((p) => formatProblem(p)).join('\n'));
  return report.value;
}

/** Every quotation anywhere in a scenario, with where it sits. */
function quotations(value: unknown, path = ''): { path: string; source: SourceRef }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotations(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const here = path.endsWith('sources]') || /sources\[\d+\]$/.test(path);
  if (here && typeof obj.document === 'string' && typeof obj.quote === 'string') return [{ path, source: obj as unknown as SourceRef }];
  return Object.entries(obj).flatMap(([k, v]) => quotations(v, path ? `${path}.${k}` : k));
}

describe('shipped scenarios', () => {
  it('include the six scenarios the course is built on', () => expect(files.length).toBeGreaterThanOrEqual(6));

  it.each(files)('%s loads with no errors', (file) => {
    const report = loadScenario(readFileSync(dir + file, 'utf8'), `scenarios/${file}`);
    const errors = report.ok ? [] : report.errors.map((p) => formatProblem(p));
    expect(errors).toEqual([]);
  });

  it.each(files)('%s plays to its end under every simulator policy', (file) => {
    const scenario = load(file);
    for (const policy of POLICIES) {
      const game = playGame(scenario, { seed: `shipped-${policy}`, policy });
      expect(game.ending, `${file} under ${policy}`).not.toBeNull();
      expect(game.log.length).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s quotes its documents word for word', (file) => {
    if (!existsSync(seedsDir)) {
      console.log(`source documents not found at ${seedsDir}: quotations of ${file} not checked`);
      return;
    }
    const scenario = load(file);
    const quotes = quotations(scenario);
    expect(quotes.length).toBeGreaterThan(0);
    const wrong = quotes.filter(({ source }) => {
      const path = seedsDir + source.document;
      return !existsSync(path) || !readFileSync(path, 'utf8').includes(source.quote);
    });
    expect(wrong.map((w) => `${w.path}: “${w.source.quote.slice(0, 60)}…” not found in ${w.source.document}`)).toEqual([]);
  });
});
