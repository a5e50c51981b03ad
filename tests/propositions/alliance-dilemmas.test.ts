// Propositions P1, P2, P3 and P7 (DESIGN.md §2), measured over many seeded games with common random numbers:
// every policy compared plays the same seeds. Each prints its figures and asserts a direction with a margin.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, restoreRng, seedRng, type ActorId, type GameState, type Scenario } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { decideAll, type PolicyName } from '../../src/ai/policies';
import { pairFigures } from '../../src/ai/summary';
import { mean } from '../../src/ai/stats';
import { shipped } from '../helpers';

const scenario = shipped('alliance-question-2020');
const GAMES = 300;
const seeds = Array.from({ length: GAMES }, (_, i) => `p-${i}`);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Games where Russia and China follow `policy` toward each other and their partners; everyone else plays its persona. */
function games(policy: PolicyName, sc: Scenario = scenario): GameState[] {
  return seeds.map((seed) => playGame(sc, { seed, policy: 'persona', policies: { RUS: policy, CHN: policy } }));
}

describe('P1 — commitment trades abandonment for entrapment (Snyder 1984)', () => {
  it('raising commitment hedge → partner → ally lowers the share of crises a partner fails you in, and raises entrapment', () => {
    const rows = (['all-hedge', 'all-partner', 'all-ally'] as const).map((policy) => {
      const played = games(policy);
      const both = played.flatMap((g) => [pairFigures(g, 'RUS', 'CHN'), pairFigures(g, 'CHN', 'RUS')]);
      const crises = both.reduce((n, f) => n + f.crises, 0);
      const failed = both.reduce((n, f) => n + f.failed, 0);
      return {
        policy,
        failedShare: failed / crises,
        drawnInPerGame: mean(both.map((f) => f.drawnIn)) * 2,
        drawnInCostPerGame: mean(both.map((f) => f.drawnInCost)) * 2,
        crises,
      };
    });
    console.log('P1 (RUS–CHN, both directions, %d games each)', GAMES);
    for (const r of rows) console.log(`  ${r.policy.padEnd(12)} partner failed you in ${pct(r.failedShare)} of ${r.crises} crises · drawn into partner's clashes ${r.drawnInPerGame.toFixed(2)}/game, cost ${r.drawnInCostPerGame.toFixed(2)}/game`);
    const [hedge, partner, ally] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
    expect(hedge.failedShare - partner.failedShare).toBeGreaterThan(0.1);
    expect(partner.failedShare - ally.failedShare).toBeGreaterThan(0.05);
    expect(partner.drawnInPerGame - hedge.drawnInPerGame).toBeGreaterThan(0.1);
    expect(ally.drawnInPerGame - partner.drawnInPerGame).toBeGreaterThan(0.1);
    expect(ally.drawnInCostPerGame).toBeGreaterThan(1.5 * partner.drawnInCostPerGame);
  });
});

describe('P2 — confidence in partners emboldens (Snyder; Benson 2011)', () => {
  const started = (played: GameState[], actor: ActorId) =>
    mean(played.map((g) => g.log.reduce((n, r) => n + r.crises.filter((c) => c.initiator === actor && c.crisis.includes('.c') && c.escalated).length, 0)));
  const rivalryCrises = (played: GameState[], actor: ActorId) =>
    mean(played.map((g) => g.log.reduce((n, r) => n + r.crises.filter((c) => c.initiator === actor).length, 0)));

  it('an actor starts more crises, and presses more of them, when its partners are committed', () => {
    const hedge = games('all-hedge');
    const ally = games('all-ally');
    const figures = (played: GameState[]) => ({ started: rivalryCrises(played, 'CHN') + rivalryCrises(played, 'RUS'), pressed: started(played, 'CHN') + started(played, 'RUS') });
    const h = figures(hedge);
    const a = figures(ally);
    console.log(`P2 crises started by RUS+CHN per game: hedging ${h.started.toFixed(2)}, allied ${a.started.toFixed(2)}; escalated ${h.pressed.toFixed(2)} → ${a.pressed.toFixed(2)}`);
    expect(a.started).toBeGreaterThan(h.started * 1.1);
    expect(a.pressed).toBeGreaterThan(h.pressed * 1.1);
  });

  it('with the tie held fixed, more trust in the partner means more crises started', () => {
    const withTrust = (t: number): Scenario => ({
      ...scenario,
      actors: scenario.actors.map((a) => (a.id === 'CHN' ? { ...a, trust: { ...a.trust, RUS: t } } : a)),
    });
    const low = games('all-ally', withTrust(0.35));
    const high = games('all-ally', withTrust(0.95));
    const l = rivalryCrises(low, 'CHN');
    const h = rivalryCrises(high, 'CHN');
    console.log(`P2 crises started by CHN per game, allied with Russia: trust 0.35 → ${l.toFixed(2)}, trust 0.95 → ${h.toFixed(2)}`);
    expect(h).toBeGreaterThan(l * 1.05);
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

  it('trust falls and the tie breaks more often under alliance, for the same events and answers', () => {
    const measure = (posture: 'ally' | 'partner') => {
      const played = seeds.map((seed) => scripted(posture, seed));
      return {
        trust: mean(played.map((g) => (g.trust.RUS!.CHN! + g.trust.CHN!.RUS!) / 2)),
        broke: mean(played.map((g) => (g.log.some((r) => r.tieChanges.some((c) => [c.a, c.b].sort().join() === 'CHN,RUS' && (c.reason === 'grievance' || c.reason === 'trust'))) ? 1 : 0))),
      };
    };
    const partner = measure('partner');
    const ally = measure('ally');
    console.log(`P3 end-of-game mutual trust: partnership ${partner.trust.toFixed(3)}, alliance ${ally.trust.toFixed(3)}; tie broke in ${pct(partner.broke)} vs ${pct(ally.broke)} of games`);
    expect(partner.trust - ally.trust).toBeGreaterThan(0.1);
    expect(ally.broke - partner.broke).toBeGreaterThan(0.15);
  });
});

describe('P7 — trust never rises after a failure; costly signals count more (Kydd 2005)', () => {
  it('in played games, a turn in which a partner only failed you never raises your trust in it', () => {
    let checked = 0;
    for (const seed of seeds.slice(0, 100)) {
      const rng = restoreRng(seedRng(`ai:${seed}`));
      let s = newGame(scenario, seed);
      while (!s.ending) {
        const r = applyDecisions(s, decideAll(s, () => 'persona', rng));
        if (!r.ok) throw new Error(r.errors[0]!.message);
        const next = r.value;
        const record = next.log.at(-1)!;
        const outcomes = new Map<string, boolean[]>();
        for (const c of record.crises) for (const a of c.answers) {
          const key = `${a.caller}|${a.callee}`;
          outcomes.set(key, [...(outcomes.get(key) ?? []), a.delivered >= a.expected]);
        }
        for (const [key, met] of outcomes) {
          if (met.some(Boolean)) continue;
          const [caller, callee] = key.split('|') as [string, string];
          // Only a pair judged on crises alone this turn: no event choice between them.
          if (record.choices.length > 0) continue;
          expect(next.trust[caller]![callee]!).toBeLessThanOrEqual(s.trust[caller]![callee]!);
          checked++;
        }
        s = next;
      }
    }
    console.log(`P7 failures checked in play: ${checked}`);
    expect(checked).toBeGreaterThan(100);
  });

  it('a costly gesture raises the partner’s trust more than a cheap one', () => {
    // The same turn with and without the gesture: the difference is what the gesture alone did to trust.
    const gesture = (cost: number) => {
      const choices = [{ id: 'do', label: 'Do it', effects: [{ kind: 'support' as const, to: 'RUS', level: 2 as const, cost }] }, { id: 'skip', label: 'Skip', effects: [] }];
      const sc: Scenario = { ...scenario, events: [{ id: 'g', kind: 'opportunity', title: 'Gesture', text: '', decider: 'CHN', weight: 1, turns: { from: 1, to: 1 }, choices }] };
      const s = newGame(sc, 'gesture');
      const trustAfter = (choice: string) => {
        const r = applyDecisions(s, { CHN: { choices: { [s.agenda.choices[0]!.id]: choice } } });
        if (!r.ok) throw new Error('refused');
        return r.value.trust.RUS!.CHN!;
      };
      return trustAfter('do') - trustAfter('skip');
    };
    const cheap = gesture(0.05);
    const costly = gesture(0.6);
    console.log(`P7 Russia's trust gain from a Chinese gesture: cheap ${cheap.toFixed(3)}, costly ${costly.toFixed(3)}`);
    expect(cheap).toBeGreaterThan(0);
    expect(costly).toBeGreaterThan(2 * cheap);
  });
});
