// Reading a scenario file for the command-line tools: refused with every problem listed, or returned ready to play.
import { readFileSync } from 'node:fs';
import { prepareScenario, type Scenario, type ScenarioDef } from '../engine';

export function readScenarioFile(file: string): Scenario {
  const text = readFileSync(file, 'utf8');
  return prepareScenario(JSON.parse(text) as ScenarioDef);
}
