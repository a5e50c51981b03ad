// A cause that speaks of "you" (what ties oblige you to, weaker partners relying on you) is worded for whose change it
// is: another power's dossier names that power, in every language.
import { afterAll, describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { setLang } from '../../src/i18n';
import { causeWords, nameOf } from '../../src/ui/words';
import { shipped } from '../helpers';

const game = newGame(shipped('idlib-2021'), 'causes');

describe('a cause is worded for whose change it is', () => {
  afterAll(() => setLang('en'));

  it('en: the viewer’s own change says “you”, another power’s names that power', () => {
    for (const kind of ['reliance', 'obligations'] as const) {
      const own = causeWords(game, { kind }, 'RUS', 'RUS');
      const theirs = causeWords(game, { kind }, 'RUS', 'TUR');
      console.log(kind, { own, theirs });
      expect(own).toMatch(/\byou\b/);
      expect(theirs).not.toMatch(/\byou\b/);
      expect(theirs).toContain(nameOf(game.scenario, 'TUR'));
    }
  });

  for (const lang of ['ru', 'zh'] as const) {
    it(`${lang}: another power’s change names that power and differs from the viewer’s`, async () => {
      await setLang(lang);
      for (const kind of ['reliance', 'obligations'] as const) {
        const own = causeWords(game, { kind }, 'RUS', 'RUS');
        const theirs = causeWords(game, { kind }, 'RUS', 'TUR');
        console.log(lang, kind, { own, theirs });
        expect(theirs).toContain(nameOf(game.scenario, 'TUR'));
        expect(theirs).not.toBe(own);
      }
    });
  }
});
