// War weariness (WAR_WEARINESS_PER_YEAR, wearinessOf in src/engine/future.ts): keeping an alliance costs more for
// every year the pair has held a tie, by the obligations of arms it has carried; only those, so that weariness tells
// against keeping an alliance and never against deepening a tie. A tie's worth in a crisis (tieValue) does not change.
import { describe, expect, it } from 'vitest';
import { explainPosture } from '../../src/ai/explain';
import type { Verdict } from '../../src/ai/lookahead';
import { keepValue } from '../../src/ai/persona';
import { readScenarioFile } from '../../src/cli/read-scenario';
import { newGame, tieValue, wearinessOf, type GameState } from '../../src/engine';
import { WAR_WEARINESS_PER_YEAR, withCoefficients } from '../../src/engine/coefficients';

const scenario = readScenarioFile('scenarios/moscow-format-2015.json');
const start = newGame(scenario, 'weariness');
/** The opening state, as if `years` had passed since every tie of the scenario formed (a new record each time: what
 *  a state is worth is kept with it). */
const after = (years: number): GameState => ({ ...start, turn: start.turn + (years * 12) / scenario.monthsPerTurn });

describe('war weariness', () => {
  it('is nothing for a tie just formed, and grows by WAR_WEARINESS_PER_YEAR a year of the obligations carried', () => {
    expect(wearinessOf(after(0), 'USA', 'AFG', 'alliance')).toBe(0);
    const v = tieValue(after(5), 'USA', 'AFG', 'alliance', false);
    expect(v.obligations + v.autonomy).toBeGreaterThan(0);
    expect(wearinessOf(after(5), 'USA', 'AFG', 'alliance')).toBeCloseTo(WAR_WEARINESS_PER_YEAR * 5 * (v.obligations + v.autonomy), 12);
    const [fresh, tired] = [keepValue(after(0), 'USA', 'AFG', 'alliance'), keepValue(after(5), 'USA', 'AFG', 'alliance')];
    console.log(`USA–AFG alliance, worth keeping to Washington: ${fresh.toFixed(2)} at the start, ${tired.toFixed(2)} five years on`);
    expect(tired).toBeLessThan(fresh);
  });

  it('leaves a tie’s worth in a crisis as it was', () => {
    expect(tieValue(after(5), 'USA', 'AFG', 'alliance')).toEqual(tieValue(after(0), 'USA', 'AFG', 'alliance'));
  });

  it('tells against keeping an alliance only: stepping down to a partnership, or deepening one, tires no one', () => {
    // A partnership owes words, not arms.
    expect(wearinessOf(after(5), 'USA', 'AFG', 'partnership')).toBe(0);
    // RUS–CHN hold a partnership: neither keeping it nor making it an alliance (whose arms would be new) tires.
    expect(wearinessOf(after(5), 'RUS', 'CHN', 'partnership')).toBe(0);
    expect(wearinessOf(after(5), 'RUS', 'CHN', 'alliance')).toBe(0);
  });

  it('is gone when switched off', () => {
    withCoefficients({ WAR_WEARINESS_PER_YEAR: 0 }, () => expect(wearinessOf(after(5), 'USA', 'AFG', 'alliance')).toBe(0));
  });
});

describe('war weariness in the computer’s reasons', () => {
  const verdict = (state: GameState) =>
    explainPosture(state, 'USA', { item: { kind: 'posture', ref: 'AFG', target: 'AFG', options: ['ally', 'partner', 'hedge'], reach: 1 }, baseline: 'partner', chosen: 'partner', weighed: [] } as unknown as Verdict);
  const weary = (state: GameState) => verdict(state).reasons.find((r) => r.code === 'weary');

  it('names the years an alliance has carried when a power steps back from it, and not before they weigh', () => {
    const tired = { ...after(5), postures: { ...after(5).postures, USA: { ...after(5).postures.USA!, AFG: 'ally' as const } } };
    expect(weary(tired)).toEqual({ code: 'weary', target: 'AFG', years: 5 });
    const fresh = { ...after(0), postures: tired.postures };
    expect(weary(fresh)).toBeUndefined();
  });
});
