// Time in years (rules v3): when each turn begins, and how a yearly rate becomes a turn's.
import { describe, expect, it } from 'vitest';
import { keptPerTurn, perTurn, turnStart } from '../../src/engine';
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
});
