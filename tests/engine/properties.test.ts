import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  METRICS,
  POSTURES,
  applyDecisions,
  newGame,
  restoreRng,
  seedRng,
  stateHash,
  byActors,
  type Decisions,
  type GameState,
} from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { randomLegal, shipped } from '../helpers';
import { decisionErrorText } from '../../src/i18n/engineWords';

const scenario = shipped('alliance-question-2020');


function checkSane(s: GameState) {
  const trust = byActors(s.scenario, s.trust);
  for (const a in trust) for (const b in trust[a]) {
    const t = trust[a]![b]!;
    if (!(t >= 0 && t <= 1)) throw new Error(`trust ${a}→${b} = ${t} on turn ${s.turn}`);
  }
  for (const a in s.metrics) for (const m of METRICS) {
    const v = s.metrics[a]![m];
    if (!(v >= 0 && v <= 100)) throw new Error(`${a}.${m} = ${v} on turn ${s.turn}`);
  }
  for (const t in s.tension) if (!(s.tension[t]! >= 0 && s.tension[t]! <= 1)) throw new Error(`tension ${t} = ${s.tension[t]}`);
}

describe('engine properties', () => {
  it('keeps trust in [0,1] and every figure a number over 1,000 turns of random legal play', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (seed) => {
        const long = { ...scenario, turns: 1000 };
        const rng = restoreRng(seedRng(`random:${seed}`));
        let s = newGame(long, String(seed));
        let turns = 0;
        while (!s.ending) {
          const r = applyDecisions(s, randomLegal(s, rng));
          if (!r.ok) throw new Error(JSON.stringify(r.errors));
          s = r.value;
          checkSane(s);
          turns++;
        }
        // A game may end early in war or collapse; otherwise it runs its thousand turns.
        return s.ending.reason !== 'last-turn' || turns === 1000;
      }),
      { numRuns: 4 },
    );
  });

  it('is deterministic: the same scenario, seed and decisions give the same hash', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), (seed) => {
        const played = playGame(scenario, { seed, policy: 'persona' });
        let replay = newGame(scenario, seed);
        for (const record of played.log) {
          const r = applyDecisions(replay, record.decisions);
          if (!r.ok) return false;
          replay = r.value;
        }
        return stateHash(replay) === stateHash(played) && stateHash(playGame(scenario, { seed, policy: 'persona' })) === stateHash(played);
      }),
      { numRuns: 15 },
    );
  });

  it('gives different games for different seeds', () => {
    const hashes = new Set(['a', 'b', 'c', 'd'].map((seed) => stateHash(playGame(scenario, { seed, policy: 'persona' }))));
    expect(hashes.size).toBe(4);
  });

  it('never changes the state it is given, and refuses junk without a partial change', () => {
    const start = newGame(scenario, 'junk');
    const hash = stateHash(start);
    const ids = [...scenario.actors.map((a) => a.id), 'ZZZ'];
    const junk = fc.dictionary(
      fc.constantFrom(...ids),
      fc.record({
        postures: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...POSTURES, 'enemy' as never)),
        answers: fc.dictionary(fc.constantFrom(...start.agenda.crises.flatMap((c) => c.calls.map((k) => k.id)), 'x:1'), fc.integer({ min: -1, max: 4 }) as fc.Arbitrary<never>),
      }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(junk, (decisions) => {
        const r = applyDecisions(start, decisions as Decisions);
        if (!r.ok) for (const e of r.errors) if (!e.code || !decisionErrorText(scenario, e)) return false;
        return stateHash(start) === hash;
      }),
      { numRuns: 300 },
    );
  });
});
