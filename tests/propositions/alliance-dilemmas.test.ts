// Propositions P1, P2, P3 and P7 (DESIGN.md §2), measured over many seeded games with common random numbers: every
// arm compared plays the same seeds. Each prints its effect with a 95% interval and asserts its direction with a
// margin; each ablation switches off the mechanism named in README's table and shows the effect go.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, restoreRng, seedRng, withCoefficients, trustIn, type ActorId, type Ablatable, type GameState, type Scenario } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { decideAll, type PolicyName } from '../../src/ai/policies';
import { pairFigures } from '../../src/ai/summary';
import { meanCI, pairedDiff, withInterval } from '../../src/ai/stats';
import { shipped } from '../helpers';
import { gamesPerArm } from './games';

const scenario = shipped('alliance-question-2020');
// 200 games an arm for P1, P2 and P7: P1's ablation without stakes leaves the abandonment gap at 0.04 ± 0.02 against
// half of 0.10 ± 0.02 as written, and P2's trust effect, 0.69 ± 0.26, must clear 0.1 by its interval: fewer games
// would leave them too little room. (P3 plays fewer: see there.)
const GAMES = gamesPerArm(200);
const seeds = Array.from({ length: GAMES }, (_, i) => `p-${i}`);
type Interval = { mean: number; half: number };
/** The interval lies wholly above `margin`. */
const above = (x: Interval, margin = 0) => expect(x.mean - x.half).toBeGreaterThan(margin);
/** The interval is within `margin` of zero: no effect left. */
const gone = (x: Interval, margin: number) => expect(Math.abs(x.mean) + x.half).toBeLessThan(margin);
const isPair = (a: string, b: string) => [a, b].sort().join() === 'CHN,RUS';

/** Games where Russia and China follow `policy` toward each other and their partners; everyone else plays its persona. */
function games(policy: PolicyName, sc: Scenario = scenario): GameState[] {
  return seeds.map((seed) => playGame(sc, { seed, policy: 'persona', policies: { RUS: policy, CHN: policy } }));
}

describe('P1 — commitment trades abandonment for entrapment (Snyder 1984)', () => {
  /** Per game, over both directions: of the crises in which one was attacked, the share in which the other gave no
   *  support; and how often, and at what price, one was drawn into the other's clashes. */
  const figures = (g: GameState) => {
    let attacked = 0;
    let failed = 0;
    for (const r of g.log) {
      for (const c of r.crises) {
        for (const [me, other] of [['RUS', 'CHN'], ['CHN', 'RUS']] as const) {
          if (c.target !== me || c.initiator === other) continue;
          attacked++;
          const answer = c.answers.find((a) => a.caller === me && a.callee === other);
          if (!answer || answer.delivered <= 1) failed++;
        }
      }
    }
    const both = [pairFigures(g, 'RUS', 'CHN'), pairFigures(g, 'CHN', 'RUS')];
    return { attacked, failed, drawnIn: both[0]!.drawnIn + both[1]!.drawnIn, cost: both[0]!.drawnInCost + both[1]!.drawnInCost };
  };
  type Figures = ReturnType<typeof figures>;
  /** Paired, over the games in which both arms were attacked at least once: the share failed in `a` less that in `b`. */
  const failedLess = (a: Figures[], b: Figures[]) => {
    const kept = a.map((x, i) => [x, b[i]!] as const).filter(([x, y]) => x.attacked > 0 && y.attacked > 0);
    return pairedDiff(kept.map(([x]) => x.failed / x.attacked), kept.map(([, y]) => y.failed / y.attacked));
  };
  const arms = (sc: Scenario) => {
    const [hedge, partner, ally] = (['all-hedge', 'all-partner', 'all-ally'] as const).map((p) => games(p, sc).map(figures)) as [Figures[], Figures[], Figures[]];
    const d = (a: Figures[], b: Figures[], k: 'drawnIn' | 'cost') => pairedDiff(a.map((x) => x[k]), b.map((x) => x[k]));
    const share = (xs: Figures[]) => xs.reduce((n, x) => n + x.failed, 0) / xs.reduce((n, x) => n + x.attacked, 0);
    return {
      abandonedLessAsPartner: failedLess(hedge, partner),
      abandonedLessAsAlly: failedLess(partner, ally),
      drawnInMoreAsPartner: d(partner, hedge, 'drawnIn'),
      paysMoreAsAlly: d(ally, partner, 'cost'),
      shares: [hedge, partner, ally].map(share),
    };
  };
  const print = (label: string, r: ReturnType<typeof arms>) =>
    console.log(
      `P1 ${label}: attacked, the other gave no support in ${r.shares.map((x) => `${(100 * x).toFixed(1)}%`).join(' / ')} of crises (hedge / partner / ally); ` +
        `per game, hedge − partner ${withInterval(r.abandonedLessAsPartner)}, partner − ally ${withInterval(r.abandonedLessAsAlly)}; ` +
        `drawn in, partner − hedge ${withInterval(r.drawnInMoreAsPartner)}/game; paid, ally − partner ${withInterval(r.paysMoreAsAlly)}/game`,
    );

  let asWritten: ReturnType<typeof arms> | undefined;
  it('more commitment, less abandonment when attacked, more entrapment', () => {
    const r = arms(scenario);
    asWritten = r;
    print('as written', r);
    above(r.abandonedLessAsPartner, 0.3);
    above(r.abandonedLessAsAlly, 0.02);
    above(r.drawnInMoreAsPartner, 1);
    above(r.paysMoreAsAlly, 1);
  });

  it('ablation: without the stakes of failing an ally (grievance by tie, reneging seen by all), the ally abandons no less than the partner', () => {
    const flat: Partial<Ablatable> = { GRIEVANCE_WEIGHT: { none: 0.7, partnership: 0.7, alliance: 0.7 }, RENEGING_WITNESS: 0 };
    const r = withCoefficients(flat, () => arms(scenario));
    print('no stakes', r);
    expect(asWritten).toBeDefined();
    // Most of the gap goes; what remains is the ally's larger stake in a tie it values more.
    expect(r.abandonedLessAsAlly.mean).toBeLessThan(asWritten!.abandonedLessAsAlly.mean / 2);
  });

  it('ablation: when an alliance promises no more aid than a partnership, the ally pays little more', () => {
    const r = withCoefficients({ AID: { none: 1, partnership: 2, alliance: 2 } }, () => arms(scenario));
    print('same aid', r);
    expect(asWritten).toBeDefined();
    // What remains is the tension an alliance's camps add, and with it more crises to be drawn into.
    expect(r.paysMoreAsAlly.mean).toBeLessThan(asWritten!.paysMoreAsAlly.mean / 3);
  });
});

describe('P2 — confidence in partners emboldens (Snyder; Benson 2011)', () => {
  /** Crises Russia or China started in a game. */
  const started = (g: GameState) => g.log.reduce((n, r) => n + r.crises.filter((c) => c.initiator === 'RUS' || c.initiator === 'CHN').length, 0);
  /** The scenario with Russia and China allied from the start under `terms`. */
  const allied = (terms: 'offensive' | 'defensive', trust?: number): Scenario => ({
    ...scenario,
    ties: scenario.ties.map((t) => (isPair(t.a, t.b) ? { ...t, kind: 'alliance', terms } : t)),
    actors: trust === undefined ? scenario.actors : scenario.actors.map((a) => (a.id === 'CHN' || a.id === 'RUS' ? { ...a, trust: { ...a.trust, [a.id === 'CHN' ? 'RUS' : 'CHN']: trust } } : a)),
  });
  const arm = (sc: Scenario) => games('all-ally', sc).map(started);

  const measure = () => {
    const offensive = arm(allied('offensive'));
    const defensive = arm(allied('defensive'));
    const sure = arm(allied('offensive', 0.95));
    const unsure = arm(allied('offensive', 0.3));
    return { unconditional: pairedDiff(offensive, defensive), trust: pairedDiff(sure, unsure), means: [offensive, defensive].map(meanCI) };
  };

  it('an actor starts more crises when its partner backs it whoever starts them, and the more the surer it is of that backing', () => {
    const r = measure();
    console.log(`P2 crises started by Russia and China per game: offensive pact ${withInterval(r.means[0]!)}, defensive pact ${withInterval(r.means[1]!)} (offensive − defensive ${withInterval(r.unconditional)}); offensive pact, trust 0.95 − trust 0.3: ${withInterval(r.trust)}`);
    above(r.unconditional, 0.3);
    above(r.trust, 0.1);
  });

  it('ablation: without moral hazard in boldness, neither the terms nor trust change how many crises are started', () => {
    const r = withCoefficients({ MORAL_HAZARD: 0 }, measure);
    console.log(`P2 without moral hazard: offensive − defensive ${withInterval(r.unconditional)}; trust 0.95 − trust 0.3: ${withInterval(r.trust)}`);
    gone(r.unconditional, 0.35);
    gone(r.trust, 0.3);
  });
});

describe('P3 — the same support erodes an alliance faster than a partnership (seed 003)', () => {
  /** Russia and China hold `posture` toward each other and always answer each other with diplomatic support. */
  function scripted(posture: 'ally' | 'partner', seed: string): GameState {
    return playGame(scenario, {
      seed,
      policy: 'persona',
      adjust: (s, d) => {
        for (const [me, other] of [['RUS', 'CHN'], ['CHN', 'RUS']] as const) {
          if (s.postures[me]![other] !== 'hedge' || s.turn === 1) d[me]!.postures![other] = posture;
          for (const c of s.agenda.crises.flatMap((k) => k.calls)) if (c.callee === me && c.caller === other) d[me]!.answers![c.id] = 2;
        }
      },
    });
  }
  const mutualTrust = (g: GameState) => (trustIn(g, 'RUS', 'CHN') + trustIn(g, 'CHN', 'RUS')) / 2;
  const broke = (g: GameState) => (g.log.some((r) => r.tieChanges.some((c) => isPair(c.a, c.b) && (c.reason === 'grievance' || c.reason === 'trust'))) ? 1 : 0);
  // 50 games an arm: at 200 (README) trust falls 0.283 ± 0.006 further under alliance and the tie breaks in 0.890 ±
  // 0.043 more games, against bounds of 0.03 and 0.05; at 50 they are 0.289 ± 0.010 and 0.880 ± 0.091, some fifty and
  // eighteen standard errors clear, and the ablation's 0.000 ± 0.003 and 0.000 stay as far inside their bounds.
  const few = seeds.slice(0, gamesPerArm(50));
  const measure = () => {
    const partner = few.map((seed) => scripted('partner', seed));
    const ally = few.map((seed) => scripted('ally', seed));
    return { trust: pairedDiff(partner.map(mutualTrust), ally.map(mutualTrust)), broke: pairedDiff(ally.map(broke), partner.map(broke)) };
  };

  it('trust falls further and the tie breaks more often under alliance, for the same events and answers', () => {
    const r = measure();
    console.log(`P3 end-of-game mutual trust, partnership − alliance ${withInterval(r.trust, 3)}; tie broke, alliance − partnership ${withInterval(r.broke, 3)} of games`);
    above(r.trust, 0.03);
    above(r.broke, 0.05);
  });

  it('ablation: when an alliance expects no more than a partnership, and a shortfall weighs the same, the difference goes', () => {
    const r = withCoefficients({ AID: { none: 1, partnership: 2, alliance: 2 }, GRIEVANCE_WEIGHT: { none: 0.7, partnership: 0.7, alliance: 0.7 } }, measure);
    console.log(`P3 ablated: trust, partnership − alliance ${withInterval(r.trust, 3)}; broke, alliance − partnership ${withInterval(r.broke, 3)}`);
    gone(r.trust, 0.03);
    gone(r.broke, 0.05);
  });
});

describe('P7 — trust never rises after a failure; costly signals count more (Kydd 2005)', () => {
  it('in played games, a turn in which a partner only failed you never raises your trust in it', () => {
    let checked = 0;
    for (const seed of seeds) {
      const rng = restoreRng(seedRng(`ai:${seed}`));
      let s = newGame(scenario, seed);
      while (!s.ending) {
        const r = applyDecisions(s, decideAll(s, () => 'persona', rng));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const next = r.value;
        const record = next.log.at(-1)!;
        const outcomes = new Map<string, boolean[]>();
        for (const c of record.crises) for (const a of c.answers) {
          const key = `${a.caller}|${a.callee}`;
          outcomes.set(key, [...(outcomes.get(key) ?? []), a.delivered >= a.expected]);
        }
        for (const [key, met] of outcomes) {
          if (met.some(Boolean)) continue;
          const [caller, callee] = key.split('|') as [ActorId, ActorId];
          // Only a pair judged on crises alone this turn: no event choice between them.
          if (record.choices.length > 0) continue;
          expect(trustIn(next, caller, callee)).toBeLessThanOrEqual(trustIn(s, caller, callee));
          checked++;
        }
        s = next;
      }
    }
    console.log(`P7 failures checked in play: ${checked}`);
    expect(checked).toBeGreaterThan(50);
  });

  // The same turn with and without a Chinese gesture toward Russia: the difference is what the gesture alone did.
  const gesture = (cost: number) => {
    const choices = [{ id: 'do', label: 'Do it', effects: [{ kind: 'support' as const, to: 'RUS', level: 2 as const, cost }] }, { id: 'skip', label: 'Skip', effects: [] }];
    const sc: Scenario = { ...scenario, events: [{ id: 'g', kind: 'opportunity', title: 'Gesture', text: '', decider: 'CHN', weight: 1, turns: { from: 1, to: 1 }, choices }] };
    const s = newGame(sc, 'gesture');
    const trustAfter = (choice: string) => {
      const r = applyDecisions(s, { CHN: { choices: { [s.agenda.choices[0]!.id]: choice } } });
      if (!r.ok) throw new Error('refused');
      return trustIn(r.value, 'RUS', 'CHN');
    };
    return trustAfter('do') - trustAfter('skip');
  };

  it('a costly gesture raises the partner’s trust more than a cheap one', () => {
    const cheap = gesture(0.05);
    const costly = gesture(0.6);
    console.log(`P7 Russia's trust gain from a Chinese gesture: cheap ${cheap.toFixed(3)}, costly ${costly.toFixed(3)}`);
    expect(cheap).toBeGreaterThan(0);
    expect(costly).toBeGreaterThan(1.4 * cheap);
  });

  it('ablation: when a costly delivery counts as one observation like any other, the costly gesture counts no more', () => {
    const [cheap, costly] = withCoefficients({ COSTLY_SIGNAL: 0 }, () => [gesture(0.05), gesture(0.6)]);
    console.log(`P7 without costly signals: cheap ${cheap!.toFixed(3)}, costly ${costly!.toFixed(3)}`);
    expect(costly).toBeCloseTo(cheap!, 12);
  });
});
