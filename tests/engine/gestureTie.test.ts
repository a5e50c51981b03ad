// A gesture made on an event is judged by the tie in force when it was chosen, at the turn's start, as a call's answer
// is: two partners who form an alliance in the turn they each offer words of support (2020, turn 1: Valdai and Wang
// Yi) each meet what the other expected, and trust rises; it is not read as an ally falling short of full support.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDecisions, legalOptions, newGame, prepareScenario, tieOf, trustIn, type Decisions, type ScenarioDef } from '../../src/engine';

const scenario = prepareScenario(JSON.parse(readFileSync('scenarios/alliance-question-2020.json', 'utf8')) as ScenarioDef);

function turnOne(formAlliance: boolean) {
  const game = newGame(scenario, 'gesture');
  const pick = (side: string, event: string, option: string) =>
    Object.fromEntries(legalOptions(game, side).choices.map((c) => [c.id, c.event === event ? option : c.options[0]!]));
  const decisions: Decisions = {
    RUS: { postures: formAlliance ? { CHN: 'ally' } : {}, choices: pick('RUS', 'valdai', 'float') },
    CHN: { postures: formAlliance ? { RUS: 'ally' } : {}, choices: pick('CHN', 'wangyi', 'welcome') },
  };
  const next = applyDecisions(game, decisions);
  if (!next.ok) throw new Error(JSON.stringify(next.errors));
  return { before: game, after: next.value };
}

describe('a gesture is judged by the tie it was made under', () => {
  it('words offered as partners meet a partner’s expectation, though the two ally the same turn', () => {
    const allied = turnOne(true);
    const partners = turnOne(false);
    expect(tieOf(allied.after, 'RUS', 'CHN')).toBe('alliance');
    expect(tieOf(partners.after, 'RUS', 'CHN')).toBe('partnership');
    for (const [a, b] of [['RUS', 'CHN'], ['CHN', 'RUS']] as const) {
      const rose = trustIn(allied.after, a, b) - trustIn(allied.before, a, b);
      console.log(`${a}'s trust in ${b}: ${trustIn(allied.before, a, b).toFixed(3)} → ${trustIn(allied.after, a, b).toFixed(3)} (allied the same turn), → ${trustIn(partners.after, a, b).toFixed(3)} (still partners)`);
      expect(rose).toBeGreaterThan(0);
      expect(trustIn(allied.after, a, b)).toBeCloseTo(trustIn(partners.after, a, b), 9);
    }
  });
});
