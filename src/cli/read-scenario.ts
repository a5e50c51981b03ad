// Reading a scenario file for the command-line tools: refused with every problem listed, or returned ready to play.
import { readFileSync } from 'node:fs';
import type { Scenario } from '../engine';
import { loadScenario } from '../scenarios/loader';
import { formatProblem } from '../scenarios/problems';

export function readScenarioFile(file: string): Scenario {
  const report = loadScenario(readFileSync(file, 'utf8'), file);
  if (!report.ok) {
    for (const p of report.errors) console.error(formatProblem(p, file));
    console.error(`${file}: refused, ${report.errors.length} error(s).`);
    process.exit(1);
  }
  return report.value;
}
