// P4 (seed 003): in the 2020s "should China and Russia ally?" scenario, under moderate US pressure a partnership lasts
// longer and scores higher than an alliance; under a severe direct threat to both at once, the alliance scores higher.
// Russia and China hold the tie fixed between them; everyone else plays its persona; the same seeds in every arm.
import { describe, expect, it } from 'vitest';
import { score, type GameState, type Scenario } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { mean } from '../../src/ai/stats';
import { shipped } from '../helpers';

const base = shipped('alliance-question-2020');
const seeds = Array.from({ length: 200 }, (_, i) => `p4-${i}`);
const BOTH = ['RUS', 'CHN'];
const HOSTILE = new Set(['USA', 'NATO']);

/** A severe direct threat to both at once: wherever the US side challenges one of them, it challenges both, at the
 *  boiling point, with both exposed, and it is readier to press. */
function severe(sc: Scenario): Scenario {
  return {
    ...sc,
    theatres: sc.theatres.map((t) => {
      const challengers = [...new Set(t.rivals.filter((r) => HOSTILE.has(r.challenger) && BOTH.includes(r.defender)).map((r) => r.challenger))];
      if (challengers.length === 0) return t;
      const rivals = [...t.rivals];
      for (const c of challengers) for (const d of BOTH) if (!rivals.some((r) => r.challenger === c && r.defender === d)) rivals.push({ challenger: c, defender: d });
      return { ...t, tension: 0.95, rivals, exposure: { ...t.exposure, RUS: 0.95, CHN: 0.95 } };
    }),
    actors: sc.actors.map((a) => (HOSTILE.has(a.id) ? { ...a, persona: { ...a.persona, risk: 0.7 } } : a)),
  };
}

function play(sc: Scenario, posture: 'ally' | 'partner'): GameState[] {
  return seeds.map((seed) =>
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

function compare(sc: Scenario) {
  const partner = play(sc, 'partner');
  const ally = play(sc, 'ally');
  const diff = ally.map((g, i) => pairScore(g) - pairScore(partner[i]!));
  const m = mean(diff);
  const se = Math.sqrt(mean(diff.map((x) => (x - m) ** 2)) / diff.length);
  return { partner: mean(partner.map(pairScore)), ally: mean(ally.map(pairScore)), diff: m, se, lifePartner: mean(partner.map(tieLife)), lifeAlly: mean(ally.map(tieLife)) };
}

describe('P4 — partnership under moderate pressure, alliance under a severe common threat', () => {
  it('has a crossover', () => {
    const moderate = compare(base);
    const threat = compare(severe(base));
    for (const [name, r] of [['moderate pressure', moderate], ['severe common threat', threat]] as const) {
      console.log(`P4 ${name.padEnd(20)} mean score of Russia and China: partnership ${r.partner.toFixed(2)}, alliance ${r.ally.toFixed(2)} (alliance − partnership ${r.diff.toFixed(2)} ± ${r.se.toFixed(2)}); tie lasted ${r.lifePartner.toFixed(1)} vs ${r.lifeAlly.toFixed(1)} turns`);
    }
    expect(moderate.diff).toBeLessThan(-3 * moderate.se);
    expect(moderate.lifePartner - moderate.lifeAlly).toBeGreaterThan(1);
    expect(threat.diff).toBeGreaterThan(2 * threat.se);
  });
});
