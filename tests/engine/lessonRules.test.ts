// A lesson's rules: a shorter game and the temperament, both kept in the state so a replay honours them.
import { describe, expect, it } from 'vitest';
import { boldness, newGame, riskOf, stateHash } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import { shipped, triangle } from '../helpers';

describe('lesson rules', () => {
  it('a game with a turn count ends after that many turns, saying so', () => {
    const game = playGame(triangle(), { seed: 's', policy: 'all-partner', rules: { turns: 4 } });
    expect(game.log.length).toBe(4);
    expect(game.ending).toEqual({ reason: 'last-turn', turn: 4, lessonTurns: 4 });
  });

  it('rules that change nothing are not stored, so plain games keep their hash', () => {
    const scenario = triangle();
    const plain = stateHash(newGame(scenario, 's'));
    expect(stateHash(newGame(scenario, 's', { turns: scenario.turns, temperament: 'normal' }))).toBe(plain);
    expect(stateHash(newGame(scenario, 's', { turns: 99 }))).toBe(plain);
    expect(stateHash(newGame(scenario, 's', { turns: 3 }))).not.toBe(plain);
    expect(stateHash(newGame(scenario, 's', { temperament: 'calm' }))).not.toBe(plain);
  });

  it('refuses a turn count that is not a whole number of turns, and a temperament it does not know', () => {
    expect(() => newGame(triangle(), 's', { turns: 0 })).toThrow(/whole number/);
    expect(() => newGame(triangle(), 's', { turns: 2.5 })).toThrow(/whole number/);
    expect(() => newGame(triangle(), 's', { temperament: 'wild' as never })).toThrow(/temperament/);
  });

  it('temperament scales the appetite for risk, and with it boldness', () => {
    const scenario = triangle({}, []);
    const at = (temperament: 'calm' | 'normal' | 'hawkish') => {
      const s = newGame(scenario, 's', { temperament });
      s.tension = Object.fromEntries(Object.keys(s.tension).map((t) => [t, 0.8]));
      return { risk: riskOf(s, 'C'), bold: boldness(s, 'C', 'A', Object.keys(s.tension)[0]!) };
    };
    const calm = at('calm');
    const normal = at('normal');
    const hawkish = at('hawkish');
    expect(calm.risk).toBeCloseTo(0.3);
    expect(hawkish.risk).toBeCloseTo(0.75);
    expect(calm.bold).toBeLessThan(normal.bold);
    expect(hawkish.bold).toBeGreaterThan(normal.bold);
  });

  it('a hawkish world starts more crises than a calm one over the same seeds', () => {
    const scenario = shipped('alliance-question-2020');
    const crises = (temperament: 'calm' | 'hawkish') => {
      let n = 0;
      for (let i = 0; i < 60; i++) {
        const g = playGame(scenario, { seed: `temper-${i}`, policy: 'persona', rules: { temperament } });
        n += g.log.reduce((sum, r) => sum + r.crises.length, 0) / g.log.length;
      }
      return n / 60;
    };
    const calm = crises('calm');
    const hawkish = crises('hawkish');
    console.log(`crises per turn, 60 games each: calm ${calm.toFixed(2)}, hawkish ${hawkish.toFixed(2)}`);
    expect(hawkish).toBeGreaterThan(calm * 1.3);
  });
});
