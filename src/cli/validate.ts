// npm run validate -- <file...>: checks scenario files and lists every problem found.
// Exits 1 when any file has an error; warnings alone do not fail.
import { readFileSync } from 'node:fs';
import { allProblems, loadScenario } from '../scenarios/loader';
import { formatProblem } from '../scenarios/problems';
import { coverageWarnings } from '../scenarios/deckCoverage';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- <scenario.json> [more files…]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  // `scenarios/*.json` also matches the format's own JSON Schema, which is not a scenario.
  if (file.endsWith('.schema.json')) {
    console.log(`${file}: skipped (a JSON Schema, not a scenario)`);
    continue;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.log(`${file}: cannot be read (${(e as Error).message})`);
    failed = true;
    continue;
  }
  const report = loadScenario(text, file);
  for (const problem of allProblems(report)) console.log(formatProblem(problem));
  // Advice on the deck, for a file that loads: turns that give a side nothing to decide.
  const advice = report.ok ? coverageWarnings(report.value) : [];
  for (const a of advice) console.log(`${file}  warning  ${a.path}  ${a.message}`);
  const errors = report.ok ? 0 : report.errors.length;
  const warnings = report.warnings.length + advice.length;
  const verdict = errors > 0 ? 'refused' : 'ok';
  console.log(`${file}: ${verdict}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  if (errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
