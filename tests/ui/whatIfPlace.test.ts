// Where the player's score stands among the what-if games: "above all" or "below all" only when it is, a share
// otherwise, in every language.
import { afterAll, describe, expect, it } from 'vitest';
import { placeInDistribution } from '../../src/classroom';
import { setLang } from '../../src/i18n';
import { placeWords, twinOf } from '../../src/ui/whatIfPanel';

const games = Array.from({ length: 250 }, (_, i) => 40 + i / 10);

describe('the place of a score among the what-if games', () => {
  afterAll(() => setLang('en'));

  it('en: above all, below all, and a share never rounded to 0% or 100%', () => {
    expect(placeWords(placeInDistribution(90, games))).toBe('Your score is above all of these games.');
    expect(placeWords(placeInDistribution(10, games))).toBe('Your score is below all of these games.');
    expect(placeWords(placeInDistribution(50, games))).toBe('Your score is above 40% of these games.');
    // One game above: 99.6% would round to "100%".
    expect(placeWords(placeInDistribution(64.85, games))).toBe('Your score is above 99% of these games.');
  });

  for (const lang of ['ru', 'zh'] as const) {
    it(`${lang}: all, none and a share are three different sentences, with no 100% or 0%`, async () => {
      await setLang(lang);
      const all = placeWords(100);
      const none = placeWords(0);
      const some = placeWords(99.6);
      console.log(lang, { all, none, some });
      expect(new Set([all, none, some]).size).toBe(3);
      for (const x of [all, none]) expect(x).not.toMatch(/\d/);
      expect(some).toMatch(/99/);
    });
  }
});

describe('strategies that came to the same thing', () => {
  const spread = { n: 3, mean: 0, sd: 0, min: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, max: 0 };
  const of = (policy: 'all-ally' | 'all-partner' | 'all-hedge', scores: number[]) => ({ policy, scores, spread });
  it('names the earlier strategy whose games ended with the very same scores, and no other', () => {
    const ds = [of('all-ally', [1, 2, 3]), of('all-partner', [1, 2, 3]), of('all-hedge', [1, 2, 3.0001])];
    expect(twinOf(ds, 0)).toBeUndefined();
    expect(twinOf(ds, 1)?.policy).toBe('all-ally');
    expect(twinOf(ds, 2)).toBeUndefined();
  });
});
