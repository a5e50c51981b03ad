// P4 (seed 003): in the 2020s "should China and Russia ally?" scenario, under moderate US pressure a partnership lasts
// longer and scores higher than an alliance; under a severe direct threat to both at once, the alliance scores higher.
// Russia and China hold the tie fixed between them; everyone else plays its persona; the same seeds in every arm.
// The crossover comes from two mechanisms weighing differently as the threat grows: what an ally's backing is worth
// (its umbrella over security, and its deterrent), and what an alliance costs (the aid it owes in the partner's
// crises, and the camps it draws, which raise tension). The ablations switch each off.
import { describe, expect, it } from 'vitest';
import { score, withCoefficients, type Ablatable, type GameState, type Scenario } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { meanCI, pairedDiff, withInterval } from '../../src/ai/stats';
import { shipped } from '../helpers';
import { severe } from './climates';
import { gamesPerArm } from './games';

const base = shipped('alliance-question-2020');
const seeds = Array.from({ length: gamesPerArm(200) }, (_, i) => `p4-${i}`);

/** Games of `sc`, the first `games` seeds, with Russia and China holding `posture` toward each other. */
function play(sc: Scenario, posture: 'ally' | 'partner', games: number): GameState[] {
  return seeds.slice(0, games).map((seed) =>
    playGame(sc, {
      seed,
      policy: 'persona',
      adjust: (s, d) => {
        // Both keep the chosen posture toward each other unless a broken tie has sent them back to hedging.
        for (const [me, other] of [['RUS', 'CHN'], ['CHN', 'RUS']] as const) if (s.turn === 1 || s.postures[me]![other] !== 'hedge') d[me]!.postures![other] = posture;
      },
    }),
  );
}

const pairScore = (g: GameState) => (score(g, 'RUS') + score(g, 'CHN')) / 2;
const tieLife = (g: GameState) => g.log.find((r) => r.tieChanges.some((c) => [c.a, c.b].sort().join() === 'CHN,RUS' && c.to === 'none'))?.turn ?? g.scenario.turns + 1;

function compare(sc: Scenario, games = seeds.length) {
  const partner = play(sc, 'partner', games);
  const ally = play(sc, 'ally', games);
  return {
    partner: meanCI(partner.map(pairScore)),
    ally: meanCI(ally.map(pairScore)),
    diff: pairedDiff(ally.map(pairScore), partner.map(pairScore)),
    life: pairedDiff(partner.map(tieLife), ally.map(tieLife)),
  };
}

const print = (name: string, r: ReturnType<typeof compare>) =>
  console.log(`P4 ${name.padEnd(30)} mean score of Russia and China: partnership ${withInterval(r.partner)}, alliance ${withInterval(r.ally)}; alliance − partnership ${withInterval(r.diff)}; partnership outlived the alliance by ${withInterval(r.life, 1)} turns`);

describe('P4 — partnership under moderate pressure, alliance under a severe common threat', () => {
  it('has a crossover', () => {
    // 200 games an arm under moderate pressure: the partnership's lead, +0.26 ± 0.20, needs them all to show; the
    // partnership no longer outlives the alliance there (0.1 ± 0.1 turns: printed, not asserted; README says so). 50
    // under the severe threat: the alliance's lead there, +3.98 ± 0.55 at 200 (README), is +4.46 ± 1.14 at 50, its
    // interval's end still some seven standard errors above 0.
    const moderate = compare(base);
    const threat = compare(severe(base), gamesPerArm(50));
    print('moderate pressure', moderate);
    print('severe common threat', threat);
    expect(moderate.diff.mean + moderate.diff.half).toBeLessThan(0);
    expect(threat.diff.mean - threat.diff.half).toBeGreaterThan(0);
  });

  it('ablation: when an ally owes no more than a partner and an alliance draws no camps, the alliance no longer loses under moderate pressure', () => {
    const costless: Partial<Ablatable> = { AID: { none: 1, partnership: 2, alliance: 2 }, BLOC_TENSION: 0 };
    // 50 games an arm: at 200 (README) the gap is +0.02 ± 0.03 against a bound of −0.2, some fifteen standard errors
    // above it; at 50 it is −0.03 ± 0.08, still four above.
    const r = withCoefficients(costless, () => compare(base, gamesPerArm(50)));
    print('moderate, alliance costless', r);
    expect(r.diff.mean).toBeGreaterThan(-0.2);
  });

  it('ablation: when backing neither shields security nor deters, the alliance no longer wins under a severe threat', () => {
    const worthless: Partial<Ablatable> = { THREAT_SPAN: 0, DETERRENCE: 0 };
    // 100 games an arm: at 200 (README) the gap is −2.23 ± 0.57, some eight standard errors below 0; at 100 it is
    // −2.52 ± 0.85, and the interval's end still lies four standard errors below 0.
    const r = withCoefficients(worthless, () => compare(severe(base), gamesPerArm(100)));
    print('severe, backing worthless', r);
    expect(r.diff.mean - r.diff.half).toBeLessThan(0);
  });
});
