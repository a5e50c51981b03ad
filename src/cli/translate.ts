// npm run translate -- <scenario.json> <lang>: writes what the scenario lacks in <lang> (ru, zh) as a file of
// path → English for a translator, <scenario>.<lang>.todo.json, whose values are to be replaced by translations.
// npm run translate -- <scenario.json> <lang> --merge <translations.json>: writes them into the scenario's fields.
import '../i18n'; // the game's English messages, for what a check or a report says
import { readFileSync, writeFileSync } from 'node:fs';
import type { ScenarioDef } from '../engine';
import { isLang } from '../i18n/langs';
import { mergeTranslations, missingTexts } from '../scenarios/translations';

const usage = 'usage: npm run translate -- <scenario.json> <ru|zh> [--merge <translations.json>]';
const [file, lang, flag, from] = process.argv.slice(2);
if (!file || !isLang(lang) || lang === 'en' || (flag !== undefined && (flag !== '--merge' || !from))) fail(usage);

const def = JSON.parse(readFileSync(file, 'utf8')) as ScenarioDef;
if (flag === undefined) {
  const todo = missingTexts(def, lang);
  const out = file.replace(/\.json$/, `.${lang}.todo.json`);
  writeFileSync(out, `${JSON.stringify(Object.fromEntries(todo.map((t) => [t.path, t.en])), null, 2)}\n`);
  console.log(`${todo.length} texts of ${file} lack ${lang} (${todo.filter((t) => t.quote).length} of them quotations): ${out}`);
} else {
  const translations = JSON.parse(readFileSync(from!, 'utf8')) as Record<string, string>;
  const { def: merged, unknown } = mergeTranslations(def, lang, translations);
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  const left = missingTexts(merged, lang).length;
  console.log(`${file}: ${Object.keys(translations).length - unknown.length} texts merged in ${lang}; ${left} still lack it.`);
  if (unknown.length > 0) fail(`${unknown.length} paths are not in the scenario (first: ${unknown[0]}).`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
