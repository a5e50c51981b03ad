// War weariness (WAR_WEARINESS_PER_YEAR, src/engine/future.ts): the obligations a tie has carried weigh more for
// every year it has held, and only those: weariness counts against keeping a tie, never against deepening it.
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/read-scenario';
import { newGame, tieValue, type GameState } from '../../src/engine';
import { WAR_WEARINESS_PER_YEAR, withCoefficients } from '../../src/engine/coefficients';

const scenario = readScenarioFile('scenarios/moscow-format-2015.json');
const start = newGame(scenario, 'weariness');
/** The opening state, as if `years` had passed since the tie of every pair formed (a new record each time: the
 *  values a state gives are kept with it). */
const after = (years: number): GameState => ({ ...start, turn: start.turn + (years * 12) / scenario.monthsPerTurn });
const value = (s: GameState, a: string, b: string, kind: 'partnership' | 'alliance') => tieValue(s, a, b, kind, false);

describe('war weariness', () => {
  it('weighs a held alliance’s obligations 1 + WAR_WEARINESS_PER_YEAR × years more, and nothing else', () => {
    const fresh = value(after(0), 'USA', 'AFG', 'alliance');
    const tired = value(after(5), 'USA', 'AFG', 'alliance');
    const factor = 1 + WAR_WEARINESS_PER_YEAR * 5;
    console.log(`USA–AFG alliance to Washington: fresh ${fresh.total.toFixed(2)} (obligations ${fresh.obligations.toFixed(2)}, autonomy ${fresh.autonomy.toFixed(2)}); after five years ${tired.total.toFixed(2)}`);
    expect(fresh.obligations).toBeGreaterThan(0);
    expect(tired.obligations).toBeCloseTo(fresh.obligations * factor, 9);
    expect(tired.autonomy).toBeCloseTo(fresh.autonomy * factor, 9);
    expect(tired.backing).toBe(fresh.backing);
    expect(tired.trade).toBe(fresh.trade);
    expect(tired.influence).toBe(fresh.influence);
  });

  it('does not tell against deepening a tie: a partnership’s value to become an alliance gains what it did', () => {
    // RUS–CHN hold a partnership: the alliance's further obligations are new, so the gap between the two kinds is the
    // same after five years as at the start.
    const gap = (s: GameState) => value(s, 'RUS', 'CHN', 'alliance').total - value(s, 'RUS', 'CHN', 'partnership').total;
    const held = value(after(5), 'RUS', 'CHN', 'partnership');
    expect(held.total).toBeLessThan(value(after(0), 'RUS', 'CHN', 'partnership').total);
    expect(gap(after(5))).toBeCloseTo(gap(after(0)), 9);
  });

  it('is gone when switched off: the years held change nothing', () => {
    withCoefficients({ WAR_WEARINESS_PER_YEAR: 0 }, () => {
      expect(value(after(5), 'USA', 'AFG', 'alliance').total).toBe(value(after(0), 'USA', 'AFG', 'alliance').total);
    });
  });
});
