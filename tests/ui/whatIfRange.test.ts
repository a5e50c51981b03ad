// The what-if plots show the stretch of the scale the games fill, not a sliver of 0–100.
import { describe, expect, it } from 'vitest';
import type { WhatIfDistribution } from '../../src/classroom';
import { plotRange } from '../../src/ui/whatIfPanel';

const spread = (min: number, max: number) => ({ spread: { min, p25: min, p50: (min + max) / 2, p75: max, max } }) as unknown as WhatIfDistribution;

describe('the what-if plots’ range', () => {
  it('frames every policy’s spread and the player’s score, in steps of five', () => {
    expect(plotRange([spread(55.2, 58.1), spread(56, 61.3)], 49.6)).toEqual({ lo: 45, hi: 65 });
  });

  it('is never narrower than ten points, and stays within 0–100', () => {
    expect(plotRange([spread(57.1, 57.4)], 57.3)).toEqual({ lo: 55, hi: 65 });
    expect(plotRange([spread(0.5, 3)], 1)).toEqual({ lo: 0, hi: 10 });
    expect(plotRange([spread(96, 99.5)], 99)).toEqual({ lo: 90, hi: 100 });
  });
});
