// Every shipped scenario speaks every language: each prose field and each quotation has its Russian and Chinese,
// and a translation keeps the years its English names (a date dropped or changed in translation is a wrong fact).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapProse, type ScenarioDef } from '../../src/engine';
import { missingTexts } from '../../src/scenarios/translations';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const years = (s: string) => new Set(s.match(/\b1[6-9]\d\d\b|\b20\d\d\b/g) ?? []);

describe('shipped scenarios in three languages', () => {
  it('are found', () => expect(files.length).toBeGreaterThanOrEqual(9));
  for (const file of files) {
    const def = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as ScenarioDef;
    for (const lang of ['ru', 'zh'] as const) {
      it(`${file} in ${lang}: no text missing, none left in English, no year lost`, () => {
        expect(missingTexts(def, lang).map((t) => t.path)).toEqual([]);
        const wrong: string[] = [];
        const check = (en: string, translated: string | undefined, path: string) => {
          if (translated === undefined) return;
          if (translated === en && /[a-z]{3,}\s+[a-z]{3,}/i.test(en)) wrong.push(`${path}: still English`);
          for (const year of years(en)) if (!translated.includes(year)) wrong.push(`${path}: ${year} is not in the translation`);
        };
        mapProse(def, {
          text(text, path) {
            if (typeof text !== 'string') check(text.en, text[lang], path);
            return text;
          },
          quote(ref, path) {
            check(ref.quote, ref.translation?.[lang], path);
            return ref;
          },
        });
        expect(wrong).toEqual([]);
      });
    }
  }
});
