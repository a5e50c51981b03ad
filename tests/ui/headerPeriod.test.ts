// The header's period never breaks inside a month and year ("окт. 2020 / г."): its parts are joined by non-breaking
// spaces, and only the dash between two months may break.
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { periodOf } from '../../src/ui/words';
import { shipped } from '../helpers';

const scenario = shipped('idlib-2021');

describe('the header’s period', () => {
  afterAll(() => setLang('en'));

  for (const lang of ['en', 'ru', 'zh'] as const) {
    it(`${lang}: each month and year is one unbroken word, the same words as the plain period`, async () => {
      await setLang(lang);
      const plain = periodOf(scenario, 1);
      const unbroken = periodOf(scenario, 1, { unbroken: true });
      console.log(lang, JSON.stringify({ plain, unbroken }));
      expect(unbroken.replace(/\u00a0/g, ' ')).toBe(plain);
      for (const part of unbroken.split(' – ')) expect(part).not.toMatch(/ /);
      if (lang === 'ru') expect(unbroken).toMatch(/\d\u00a0г\./);
    });
  }
});
