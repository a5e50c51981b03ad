// Numbers on screen in the page's language: a share and a signed change read "+1.0" in English, "+1,0" in Russian;
// the CSS width of a bar stays a CSS length whatever the language.
import { afterAll, describe, expect, it } from 'vitest';
import { setLang, type Lang } from '../../src/i18n';
import { cssPct, pct, signed } from '../../src/ui/dom';

const cases: { lang: Lang; pct: string; signed: [number, number, string][] }[] = [
  { lang: 'en', pct: '45%', signed: [[1, 1, '+1.0'], [-0.54, 1, '−0.5'], [0.01, 1, '±0.0'], [12.4, 0, '+12'], [-3.25, 2, '−3.25']] },
  // Russian writes a decimal comma and a space before the percent sign, as Intl does.
  { lang: 'ru', pct: '45\u00a0%', signed: [[1, 1, '+1,0'], [-0.54, 1, '−0,5'], [0.01, 1, '±0,0'], [12.4, 0, '+12'], [-3.25, 2, '−3,25']] },
  { lang: 'zh', pct: '45%', signed: [[1, 1, '+1.0'], [-0.54, 1, '−0.5'], [0.01, 1, '±0.0'], [12.4, 0, '+12'], [-3.25, 2, '−3.25']] },
];

describe('numbers in the page’s language', () => {
  afterAll(() => setLang('en'));
  for (const c of cases) {
    it(`${c.lang}: a share and a signed change`, async () => {
      await setLang(c.lang);
      // Intl may use a narrow no-break space; either reads as one word.
      expect(pct(0.449).replace('\u202f', '\u00a0')).toBe(c.pct);
      for (const [x, digits, words] of c.signed) expect(signed(x, digits)).toBe(words);
    });
  }

  it('a share that rounds to nothing has no minus sign', async () => {
    await setLang('en');
    expect(pct(-0.001)).toBe('0%');
  });

  it('a bar’s width is a CSS length in every language', async () => {
    await setLang('ru');
    expect(cssPct(0.449)).toBe('45%');
  });
});
