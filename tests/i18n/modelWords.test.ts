// The engine's and the AI's codes said in every language: endings, refused decisions, explanations and the advisor's
// outlook come out whole (no placeholder left, no object printed) and, in Russian and Chinese, not in English.
import { afterAll, describe, expect, it } from 'vitest';
import { decideAllWithReasons } from '../../src/ai/reasoned';
import { checkDecisions, newGame, restoreRng, seedRng, type Ending } from '../../src/engine';
import { setLang, type Lang } from '../../src/i18n';
import { decisionErrorText, endingDetail } from '../../src/i18n/engineWords';
import { explanationText } from '../../src/ui/explainWords';
import { endingText } from '../../src/i18n/engineWords';
import { shipped } from '../helpers';

const scenario = shipped('idlib-2021');
const game = newGame(scenario, 'words');
const [a, b] = scenario.actors.map((x) => x.id) as [string, string];
const endings: Ending[] = [
  { reason: 'war', turn: 3, initiator: a, target: b },
  { reason: 'collapse', turn: 4, actor: a },
  { reason: 'last-turn', turn: 6, lessonTurns: 6 },
  { reason: 'last-turn', turn: scenario.turns },
];
const refused = checkDecisions(game, { ZZZ: {}, [a]: { postures: { QQ: 'ally' }, answers: { 'x:1': 1 }, choices: { 'e:1': 'no' }, stances: { c9: 'press' } } });
const { explanations } = decideAllWithReasons(game, () => 'persona', restoreRng(seedRng('words')), { you: a });

function said(): string[] {
  return [
    ...endings.flatMap((e) => [endingText(scenario, e), endingDetail(scenario, e)]),
    ...refused.map((e) => decisionErrorText(scenario, e)),
    ...explanations.map((e) => explanationText(scenario, e)),
  ];
}

describe('the codes of the engine and the AI in words', () => {
  afterAll(() => setLang('en'));
  const english = said();
  it('in English, as the game has always said them', () => {
    expect(refused.length).toBeGreaterThan(3);
    expect(endingText(scenario, endings[2]!)).toBe(`The lesson’s 6 turns were played: it ended after turn 6 of the scenario’s ${scenario.turns}.`);
    expect(endingDetail(scenario, endings[2]!)).toBe("the lesson's 6 turns were played");
  });
  it.each(['ru', 'zh'] as Lang[])('in %s: whole, and translated', async (lang) => {
    await setLang(lang);
    const words = said();
    console.log(words.slice(0, 6).join('\n'));
    expect(words.filter((w) => /[{}]|\[object|undefined/.test(w))).toEqual([]);
    expect(words.filter((w, i) => w === english[i])).toEqual([]);
  });
});
