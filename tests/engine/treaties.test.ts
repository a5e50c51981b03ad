// Treaties signed in play: a pair that forms a tie takes the terms the scenario gives it for that kind of tie (a
// basing agreement, a later treaty), its starting treaty if it re-forms the tie it started with, and otherwise the
// standard terms. The terms decide what each side owes, and a burden weighs on its side every year the tie holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allProblems, loadScenario } from '../../src/scenarios/loader';
import { newGame, obligation, treatyFor, tieOf, withPostures, type GameState } from '../../src/engine';
import { triangle } from '../helpers';

// In the triangle A and B start as partners and C challenges both; A and C have no tie.
const scenario = () =>
  triangle({
    treaties: [
      { a: 'A', b: 'C', kind: 'partnership', terms: 'neutrality', burden: { actor: 'A', grievancePerYear: 0.5 } },
      { a: 'A', b: 'B', kind: 'alliance', terms: 'offensive', against: ['C'] },
    ],
  });
const agree = (g: GameState, a: string, b: string, posture: 'partner' | 'ally') => withPostures({ ...g, postures: { ...g.postures, [b]: { ...g.postures[b]!, [a]: posture } } }, a, { [b]: posture });

describe('treaties signed in play', () => {
  it('a tie formed in play takes the terms the scenario gives the pair for that kind, burden and all', () => {
    const g = agree(newGame(scenario(), 'treaties'), 'A', 'C', 'partner');
    expect(tieOf(g, 'A', 'C')).toBe('partnership');
    expect(g.ties[['A', 'C'].sort().join('|')]).toMatchObject({ terms: 'neutrality', burden: { actor: 'A', grievancePerYear: 0.5 } });
    // A neutrality pact owes the partner nothing against anyone.
    expect(obligation(g, g.ties[['A', 'C'].sort().join('|')], 'partnership', false, 'B')).toBe(1);
  });

  it('a pair warming its starting tie into another kind signs that kind’s treaty; the starting terms stay with the starting kind', () => {
    const g = newGame(scenario(), 'treaties');
    expect(treatyFor(g, 'A', 'B', 'partnership')).toMatchObject({ terms: 'consultation' });
    const allied = agree(g, 'A', 'B', 'ally');
    expect(tieOf(allied, 'A', 'B')).toBe('alliance');
    expect(treatyFor(allied, 'A', 'B', 'alliance')).toMatchObject({ terms: 'offensive', against: ['C'] });
  });

  it('a tie with no treaty given takes the standard terms', () => {
    const g = agree(newGame(triangle(), 'treaties'), 'A', 'C', 'partner');
    expect(g.ties[['A', 'C'].sort().join('|')]).toMatchObject({ terms: 'consultation' });
    expect(g.ties[['A', 'C'].sort().join('|')]!.burden).toBeUndefined();
  });
});

describe('treaties in a scenario file', () => {
  const file = readFileSync(new URL('../../scenarios/alliance-question-2020.json', import.meta.url), 'utf8');
  const withTreaties = (treaties: unknown[]) => loadScenario(JSON.stringify({ ...JSON.parse(file), treaties }, null, 2), 'treaties.json');
  const problems = (treaties: unknown[]) => allProblems(withTreaties(treaties)).map((p) => `${p.path} | ${p.message}`);

  it('are taken when each is for a pair and kind of its own that does not start tied that way', () => {
    const report = withTreaties([
      { a: 'RUS', b: 'CHN', kind: 'alliance', terms: 'defensive', against: ['USA'], burden: { actor: 'CHN', grievancePerYear: 0.2 } },
      { a: 'USA', b: 'KAZ', kind: 'partnership', terms: 'consultation' },
    ]);
    expect(report.ok, allProblems(report).map((p) => p.message).join('\n')).toBe(true);
  });

  it('are refused for a tie already in force at the start, twice for one pair and kind, or with the wrong sides named', () => {
    expect(
      problems([
        { a: 'CHN', b: 'RUS', kind: 'partnership' },
        { a: 'USA', b: 'KAZ', kind: 'partnership' },
        { a: 'KAZ', b: 'USA', kind: 'partnership', terms: 'neutrality' },
        { a: 'RUS', b: 'CHN', kind: 'alliance', against: ['CHN'], burden: { actor: 'USA', grievancePerYear: 1 } },
      ]),
    ).toEqual([
      'treaties[0] | treaties[0] is for the partnership that CHN and RUS hold at the start; its terms belong in ties[0].',
      'treaties[2] | treaties[2] gives KAZ and USA a second treaty for a tie of kind partnership; treaties[1] already does, and a pair signs only one of each kind.',
      'treaties[3].against[0] | treaties[3].against names CHN, one of the two sides of the tie; a treaty is aimed at a third power.',
      'treaties[3].burden.actor | treaties[3].burden.actor is USA, but only RUS or CHN can resent the terms of their own treaty.',
    ]);
  });
});
