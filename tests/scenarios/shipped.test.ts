// Every scenario that ships with the game must load with no errors, play to its end under every policy,
// and quote its documents exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { POLICIES } from '../../src/ai/policies';
import type { Scenario } from '../../src/engine';
import { loadScenario } from '../../src/scenarios/loader';
import { formatPath, formatProblem } from '../../src/scenarios/problems';
import { checkQuotations, quotations } from '../../src/scenarios/quotations';
import { documentsDir, documentsFound } from '../documents';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();
function load(file: string): Scenario {
  const report = loadScenario(readFileSync(dir + file, 'utf8'), `scenarios/${file}`);
  if (!report.ok) throw new Error(report.errors.map((p) => formatProblem(p)).join('\n'));
  return report.value;
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

  const quotesChecked = documentsFound ? '%s quotes its documents word for word' : `%s: quotations not checked, the documents were not found at ${documentsDir}`;
  it.skipIf(!documentsFound).each(files)(quotesChecked, (file) => {
    const json: unknown = JSON.parse(readFileSync(dir + file, 'utf8'));
    expect(quotations(json).length).toBeGreaterThan(0);
    const documents = { where: documentsDir, text: (name: string) => (existsSync(join(documentsDir, name)) ? readFileSync(join(documentsDir, name), 'utf8') : undefined) };
    expect(checkQuotations(json, documents).map((f) => `${formatPath(f.path)}: ${f.message}`)).toEqual([]);
  });
});
