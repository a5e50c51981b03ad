// The class report's histogram: bands narrow enough to tell a class apart whose scores lie close together, wide
// enough to hold any class in ten bars.
import { describe, expect, it } from 'vitest';
import { scoreBands } from '../../src/ui/classReportScreen';

describe('the bands of the class histogram', () => {
  it('tells apart a class within a point of each other', () => {
    // Two students at 55.2 and 56.0, history at 57.9: half-point bands from 55.
    expect(scoreBands([55.2, 56.0, 57.9])).toEqual({ from: 55, width: 0.5, count: 6 });
  });

  it('widens the bands as the scores spread, and holds every score', () => {
    for (const values of [[30, 70], [12.3, 48.9, 50], [0, 100], [99.9, 100], [41, 41]]) {
      const { from, width, count } = scoreBands(values);
      expect(count).toBeLessThanOrEqual(10);
      for (const v of values) expect(Math.min(count - 1, Math.floor((v - from) / width))).toBeGreaterThanOrEqual(0);
      expect(from).toBeLessThanOrEqual(Math.min(...values));
      expect(from + count * width).toBeGreaterThanOrEqual(Math.max(...values));
    }
    expect(scoreBands([30, 70])).toEqual({ from: 30, width: 5, count: 9 });
    expect(scoreBands([0, 100])).toEqual({ from: 0, width: 10, count: 10 });
  });
});
