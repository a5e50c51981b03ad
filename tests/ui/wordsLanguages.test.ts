// The play screens' words in Russian and Chinese: the shared terms, a tie and what it owes, dates, a lesson's rules,
// an option's effects, a crisis's end and a crisis of one's own, each read whole in the page's language.
import { afterAll, describe, expect, it } from 'vitest';
import { newGame, type CrisisOutcome, type Effect, type TurnRecord } from '../../src/engine';
import { setLang, type Lang } from '../../src/i18n';
import { crisisTitle, describeEffect, outlookLine } from '../../src/ui/consequences';
import { GLOSSARY } from '../../src/ui/glossary';
import {
  crisisEndWords,
  nameOf,
  ownCrisisWords,
  periodOf,
  points,
  postureLabel,
  rulesWords,
  supportWord,
  tieChangeWords,
  tieWords,
  treatyOwes,
  youWord,
} from '../../src/ui/words';
import { shipped } from '../helpers';

const game = newGame(shipped('idlib-2021'), 'languages');
const name = (id: string) => (id === 'RUS' ? youWord() : nameOf(game.scenario, id));
const clash: CrisisOutcome = { crisis: 'c', initiator: 'TUR', target: 'RUS', theatre: 'idlib', escalated: false, winner: 'TUR', severity: 0.6, answers: [], stances: { target: 'yield' } };
const record = { turn: 1, decisions: {}, crises: [clash], tieChanges: [], choices: [] } as unknown as TurnRecord;
const effect: Effect = { kind: 'crisis', theatre: 'idlib', initiator: 'TUR', target: 'SYR', severity: 0.6 };

/** Every phrase the test reads, in the page's language at the time. */
function phrases(): Record<string, string> {
  return {
    posture: postureLabel('ally'),
    support: supportWord(3),
    tie: tieWords(game, 'RUS', 'SYR'),
    owes: treatyOwes(game, 'RUS', 'SYR'),
    period: periodOf(game.scenario, 2),
    rules: rulesWords(game.scenario, { turns: 3, temperament: 'hawkish' }).join(' '),
    effect: describeEffect(game, 'RUS', game.scenario.events[0]!, effect),
    title: crisisTitle(game, { event: null, initiator: 'TUR', target: 'SYR', theatre: 'idlib' }),
    outlook: outlookLine({ level: 1, escalation: 0.25, cost: 1.5, meets: false, sidedWith: null, alike: null }, nameOf(game.scenario, 'SYR'), 3, (id) => nameOf(game.scenario, id)),
    sided: outlookLine({ level: 1, escalation: 0.25, cost: 1.5, meets: false, sidedWith: 'TUR', alike: null }, nameOf(game.scenario, 'SYR'), 3, (id) => nameOf(game.scenario, id)),
    alike: outlookLine({ level: 2, escalation: 0.25, cost: 1.5, meets: false, sidedWith: null, alike: 'TUR' }, nameOf(game.scenario, 'SYR'), 3, (id) => nameOf(game.scenario, id)),
    end: crisisEndWords(game.scenario, clash, name),
    own: ownCrisisWords(game, record, clash, 'RUS', name),
    tieChange: tieChangeWords({ a: 'RUS', b: 'SYR', from: 'alliance', to: 'partnership', reason: 'grievance' }, name),
    points: points(3),
    glossary: `${GLOSSARY[1]!.term}: ${GLOSSARY[1]!.meaning} ${GLOSSARY[1]!.quote!.translation}`,
  };
}

const english = phrases();
const script: Record<Exclude<Lang, 'en'>, RegExp> = { ru: /[а-яё]/i, zh: /[\u4e00-\u9fff]/ };

describe('the play screens’ words in other languages', () => {
  afterAll(() => setLang('en'));

  for (const lang of ['ru', 'zh'] as const) {
    it(`${lang}: every phrase is written in it, whole, with no hole left`, async () => {
      await setLang(lang);
      const read = phrases();
      console.log(lang, read);
      for (const [key, words] of Object.entries(read)) {
        expect(words, key).not.toBe(english[key]);
        expect(words, key).toMatch(script[lang]);
        expect(words, key).not.toMatch(/\[object Object\]|[{}]|undefined/);
      }
    });
  }

  it('reads as it did in English once English is back', async () => {
    await setLang('en');
    expect(phrases()).toEqual(english);
    expect(english.posture).toBe('Ally');
    expect(english.own).toBe('You called on no one, and chose to back down: you backed down.');
  });
});
