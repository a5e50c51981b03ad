import { describe, expect, it } from 'vitest';
import { fixedWindow } from '../../server/limits';

describe('the limit per address', () => {
  it('lets `limit` attempts through in a window, refuses the next, and counts each address apart', () => {
    let now = 0;
    const limiter = fixedWindow(3, 60_000, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limiter.take('10.0.0.2')).toBe(true);
    now = 59_999;
    expect(limiter.take('10.0.0.1')).toBe(false);
    now = 60_000;
    expect(limiter.take('10.0.0.1')).toBe(true);
  });
});
