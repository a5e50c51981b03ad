// npm run validate -- [--documents DIR] <file...>: checks scenario files and lists every problem found.
// With --documents, every quotation is also looked for in DIR/<document file name>.
// Exits 1 when any file has an error; warnings alone do not fail.
import '../i18n'; // the game's English messages, for what a check or a report says
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { atlasCodes } from '../scenarios/advice';
import { allProblems, loadScenario } from '../scenarios/loader';
import { formatProblem } from '../scenarios/problems';
import type { DocumentSource } from '../scenarios/quotations';
import { t } from '../i18n/core';
import { coverageWarnings, repeatWarnings } from '../scenarios/deckCoverage';
import { deckRepeats } from '../ai/deckRepeats';
import { languageGaps } from '../scenarios/translations';

const usage = 'usage: npm run validate -- [--documents DIR] <scenario.json> [more files…]';
const files: string[] = [];
let documentsDir: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--documents' || arg.startsWith('--documents=')) {
    documentsDir = arg === '--documents' ? args[++i] : arg.slice('--documents='.length);
    if (!documentsDir) fail(`--documents needs a folder.\n${usage}`);
  } else if (arg.startsWith('--')) fail(`unknown option ${arg}.\n${usage}`);
  else files.push(arg);
}
// Written without npm's "--" (npm run validate --documents DIR …), npm keeps the flag to itself, sets
// npm_config_documents and passes the folder on as a file: take it back as the folder of documents.
if (documentsDir === undefined && process.env.npm_config_documents !== undefined) {
  const folder = files.findIndex((f) => existsSync(f) && statSync(f).isDirectory());
  if (folder >= 0) documentsDir = files.splice(folder, 1)[0];
}
if (files.length === 0) fail(usage);
if (documentsDir !== undefined && !(existsSync(documentsDir) && statSync(documentsDir).isDirectory())) {
  fail(`--documents ${documentsDir}: no such folder, so no quotation could be checked.`);
}

const documents = documentsDir === undefined ? undefined : folderDocuments(documentsDir);
// The map the game draws (src/main.ts loads the same file): an actor's country code must be one of its countries.
const mapCodes = atlasCodes(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')));

/** Games played to measure how often a side meets the same deck event again: a second or two a file. */
const REPEAT_GAMES = 50;

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
  const report = loadScenario(text, file, { mapCodes, ...(documents ? { documents } : {}) });
  for (const problem of allProblems(report)) console.log(formatProblem(problem));
  // Advice on the deck, for a file that loads: turns that give a side nothing to decide.
  const advice = report.ok ? coverageWarnings(report.value) : [];
  // And, in play, the same events met again and again (every power played by the computer). A file the rules cannot
  // play through says so, and the rest of its report stands.
  if (report.ok) {
    try {
      advice.push(...repeatWarnings(report.value, deckRepeats(report.value, REPEAT_GAMES), REPEAT_GAMES));
    } catch (e) {
      advice.push({ path: 'events', message: t('files.deckCoverage.unplayable', { problem: (e as Error).message }) });
    }
  }
  // A language the file lacks: its players read those texts in English (\`npm run translate\` lists them).
  if (report.ok) {
    for (const gap of languageGaps(report.value)) {
      advice.push({ path: gap.first, message: `${gap.missing} texts are not in ${new Intl.DisplayNames('en', { type: 'language' }).of(gap.lang)} (${gap.lang}), the first here; players in that language read them in English. npm run translate -- ${file} ${gap.lang} lists them.` });
    }
  }
  for (const a of advice) console.log(`${file}  warning  ${a.path}  ${a.message}`);
  const errors = report.ok ? 0 : report.errors.length;
  const warnings = report.warnings.length + advice.length;
  const verdict = errors > 0 ? 'refused' : 'ok';
  console.log(`${file}: ${verdict}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  if (errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);

/** The documents in a folder, each read once however many files quote it. */
function folderDocuments(dir: string): DocumentSource {
  const read = new Map<string, string | undefined>();
  return {
    where: `the documents folder ${dir}`,
    text(file) {
      if (!read.has(file)) {
        const path = join(dir, file);
        read.set(file, existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined);
      }
      return read.get(file);
    },
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
