// Time in years (rules v3): when each turn begins, and how a yearly rate becomes a turn's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawnBelowPerTurn, keptPerTurn, perTurn, turnStart } from '../../src/engine';
import { shipped } from '../helpers';

describe('time in years', () => {
  it('dates each turn from the scenario’s first month', () => {
    expect(turnStart(shipped('sino-soviet-1950'), 1)).toEqual({ year: 1950, month: 2 });
    expect(turnStart(shipped('sino-soviet-1950'), 20)).toEqual({ year: 1969, month: 2 });
    expect(turnStart(shipped('idlib-2021'), 6)).toEqual({ year: 2021, month: 11 });
    expect(turnStart({ startYear: 2000, monthsPerTurn: 6 }, 3)).toEqual({ year: 2001, month: 1 });
  });

  it('turns a yearly chance and a yearly share kept into a turn’s, whatever the turn’s length', () => {
    expect(perTurn(0.58, 1)).toBeCloseTo(0.58, 12);
    // Two half-year turns without the event are one year without it.
    expect((1 - perTurn(0.58, 0.5)) ** 2).toBeCloseTo(1 - 0.58, 12);
    expect(keptPerTurn(0.7, 1 / 6) ** 6).toBeCloseTo(0.7, 12);
  });

  it('tells whether a draw comes up under a yearly chance exactly as the chance worked out by the rules’ power does', () => {
    const chance = fc.double({ min: 0, max: 1, noNaN: true });
    const months = fc.integer({ min: 1, max: 36 });
    const below = (draw: number, p: number, m: number) => drawnBelowPerTurn(draw, p, m / 12) === draw < perTurn(p, m / 12);
    fc.assert(fc.property(chance, months, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (p, m, draw) => below(draw, p, m)));
    // Draws at the chance itself and at Math.pow's figure for it, which often differ in the last place: there the
    // answer must still be the rules' power's.
    fc.assert(fc.property(chance, months, (p, m) => below(perTurn(p, m / 12), p, m) && below(1 - Math.pow(1 - p, m / 12), p, m)));
  });
});
