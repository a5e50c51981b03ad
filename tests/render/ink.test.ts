import { describe, expect, it } from 'vitest';
import { inkFor, MIN_MARK_SIZE } from '../../src/render/map/view';

describe('marks and words on a map shown smaller than its world', () => {
  it('keep their design size on a map shown at full size or larger', () => {
    expect(inkFor(1)).toBe(1);
    expect(inkFor(1.5)).toBe(1);
  });

  it('are drawn larger on a smaller map, so that they keep at least MIN_MARK_SIZE of their size on screen', () => {
    for (const shown of [0.3, 0.475, 0.6, 0.79]) expect(inkFor(shown) * shown).toBeGreaterThanOrEqual(Math.min(MIN_MARK_SIZE, 2 * shown) - 1e-9);
    expect(inkFor(0.475)).toBeCloseTo(MIN_MARK_SIZE / 0.475);
  });

  it('grow no more than twice, and a map not yet laid out changes nothing', () => {
    expect(inkFor(0.1)).toBe(2);
    expect(inkFor(0)).toBe(1);
    expect(inkFor(Number.NaN)).toBe(1);
  });
});
