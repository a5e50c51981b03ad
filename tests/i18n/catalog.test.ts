// Every message exists in every language, reads as ICU MessageFormat there, and asks for the same placeholders
// as its English: a translation that drops or renames a placeholder would print a hole.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalog/en';
import { ru } from '../../src/i18n/catalog/ru';
import { zh } from '../../src/i18n/catalog/zh';
import { LOCALE, type Lang } from '../../src/i18n';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

function placeholders(message: string, lang: Lang): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag
      if ([1, 2, 3, 4, 5, 6].includes(el.type) && el.value) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, LOCALE[lang]).getAst() as Element[]);
  return [...names].sort();
}

const catalogs: [Lang, Record<string, string>][] = [['en', en], ['ru', ru], ['zh', zh]];
const keys = Object.keys(en);

describe('message catalogs', () => {
  it('hold messages', () => expect(keys.length).toBeGreaterThan(0));
  for (const [lang, catalog] of catalogs) {
    it(`${lang}: every key of the English, no other, none empty`, () => {
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
      expect(Object.entries(catalog).filter(([, m]) => m.trim() === '').map(([k]) => k)).toEqual([]);
    });
    it(`${lang}: every message parses and asks for the English's placeholders`, () => {
      const wrong: string[] = [];
      for (const key of keys) {
        let found: string[];
        try {
          found = placeholders(catalog[key]!, lang);
        } catch (e) {
          wrong.push(`${key}: does not parse (${(e as Error).message})`);
          continue;
        }
        const wanted = placeholders(en[key as keyof typeof en], 'en');
        if (found.join() !== wanted.join()) wrong.push(`${key}: asks for {${found.join(', ')}}, English for {${wanted.join(', ')}}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
