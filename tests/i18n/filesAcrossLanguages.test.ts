// A game played in one language is saved and handed in with no word of prose in it, so its save and its result
// file open, replay and verify alike in every language.
import { afterAll, describe, expect, it } from 'vitest';
import { computerPlayers, verifyResult, writeResult } from '../../src/classroom';
import { stateHash } from '../../src/engine';
import { setLang } from '../../src/i18n';
import { makeSave, readSave, writeSave } from '../../src/persistence';
import { SAVED_AT, playedInClass, resultOf, scenarios } from '../classroom/support';

/** Letters of the game's other languages: none belongs in a file, whatever language it was made in. */
const PROSE = /[\u0400-\u04FF\u4E00-\u9FFF]/;

afterAll(() => setLang('en'));

describe('files made in one language', () => {
  it('hold no prose, and open and verify the same in English, Russian and Chinese', async () => {
    await setLang('ru');
    const game = playedInClass('idlib-2021', 'languages');
    const save = writeSave(makeSave(game, ['RUS'], SAVED_AT));
    const result = writeResult(resultOf(game));
    expect(save).not.toMatch(PROSE);
    expect(result).not.toMatch(PROSE);
    const computer = computerPlayers();
    const seen: string[] = [];
    for (const lang of ['ru', 'zh', 'en'] as const) {
      await setLang(lang);
      const loaded = readSave(save, scenarios);
      expect(loaded.ok, `the save in ${lang}`).toBe(true);
      const verified = verifyResult(result, scenarios, computer);
      expect(verified.ok, `the result file in ${lang}`).toBe(true);
      if (loaded.ok && verified.ok) seen.push(`${lang}: turn ${loaded.value.game.turn}, ${stateHash(verified.value.game)}`);
    }
    // The same game whatever the language: one line repeated three times over.
    expect(new Set(seen.map((s) => s.slice(s.indexOf(':')))).size).toBe(1);
  });
});
