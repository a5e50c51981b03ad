// The built game reads its shipped scenarios by the quick path (parse and prepare, without the loader's checks):
// it must arrive at exactly the scenario the loader makes, or saves made in one would not resume in the other.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareScenario, type ScenarioDef } from '../../src/engine';
import { loadScenario } from '../../src/scenarios/loader';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('the shipped scenarios in the built game', () => {
  it.each(files)('%s reads the same by the quick path as through the loader', (file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    const report = loadScenario(text, file);
    if (!report.ok) throw new Error(`${file} does not load`);
    const quick = prepareScenario(JSON.parse(text) as ScenarioDef);
    expect(quick.hash).toBe(report.value.hash);
    expect(quick).toEqual(report.value);
  });
});
