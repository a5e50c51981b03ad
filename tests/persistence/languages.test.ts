// A problem with a file is said in the page's language when it is found: a save refused in Russian or Chinese names
// the same code and the same field as in English, and its sentence carries the file's own facts (the scenario it
// names, the field, the figures) in that language's words and numbers.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, type Lang } from '../../src/i18n';
import { inspectSave, readSave, type SaveProblem } from '../../src/persistence';
import { loadScenario } from '../../src/scenarios/loader';
import { LIMITS } from '../../src/scenarios/limits';
import { shipped } from '../helpers';

const CYRILLIC = /[А-Яа-яЁё]/;
const HAN = /[\u4e00-\u9fff]/;
const SCRIPT: Record<Exclude<Lang, 'en'>, RegExp> = { ru: CYRILLIC, zh: HAN };
/** English words the sentences of a refusal are made of; none belongs in another language's sentence. */
const ENGLISH = /\b(the|save|must|got|this|which|file|scenario)\b/i;

const idlib = shipped('idlib-2021');
const forSave = (id: string) =>
  JSON.stringify({ format: 'bowstring-save', version: 0, scenario: { id, hash: '0123456789abcdef' }, seed: 's', side: 'RUS', log: [], hash: '0123456789abcdef', time: 0 });

async function refusedIn(lang: Lang, read: () => { ok: boolean; errors?: SaveProblem[] }): Promise<SaveProblem[]> {
  await setLang(lang);
  const result = read();
  if (result.ok) throw new Error('expected a refusal');
  return result.errors!;
}

afterEach(async () => {
  await setLang('en');
});

describe('a refused save, in Russian and in Chinese', () => {
  for (const lang of ['ru', 'zh'] as const) {
    it(`${lang}: a save for a scenario the game lacks names it, with the same code and field as in English`, async () => {
      const english = await refusedIn('en', () => readSave(forSave('atlantis'), [idlib]));
      const other = await refusedIn(lang, () => readSave(forSave('atlantis'), [idlib]));
      console.log(`${lang}: ${other[0]!.message}`);
      expect(other.map((p) => [p.code, p.path])).toEqual(english.map((p) => [p.code, p.path]));
      expect(other[0]!.message).toMatch(SCRIPT[lang]);
      expect(other[0]!.message).toContain('atlantis');
      expect(other[0]!.message).toContain('idlib-2021');
      expect(other[0]!.message).not.toMatch(ENGLISH);
    });

    it(`${lang}: a malformed field is named by its path, and what it held is said in ${lang === 'ru' ? 'Russian' : 'Chinese'}`, async () => {
      const text = JSON.stringify({ format: 'bowstring-save', version: 0, scenario: { id: 'x', hash: '0123456789abcdef' }, seed: 's', side: 'USA', log: [], hash: '0123456789abcdef', time: 0 });
      const [problem] = await refusedIn(lang, () => inspectSave(text));
      console.log(`${lang}: ${problem!.message}`);
      expect(problem).toMatchObject({ code: 'bad-field', path: 'side' });
      expect(problem!.message).toMatch(SCRIPT[lang]);
      expect(problem!.message).toContain('"USA"');
      expect(problem!.message).not.toMatch(ENGLISH);
    });

    it(`${lang}: a scenario file past the size limit gives its figures in the language's own numbers`, async () => {
      await setLang(lang);
      const report = loadScenario(' '.repeat(LIMITS.fileCharacters + 1));
      const message = report.ok ? '' : report.errors[0]!.message;
      console.log(`${lang}: ${message}`);
      expect(message).toMatch(SCRIPT[lang]);
      expect(message).toContain(new Intl.NumberFormat(lang === 'ru' ? 'ru' : 'zh-Hans').format(LIMITS.fileCharacters));
      expect(message).not.toMatch(ENGLISH);
    });
  }
});
