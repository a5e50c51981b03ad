import { describe, expect, it } from 'vitest';
import { JOIN_ALPHABET, JOIN_CODE_LENGTH, joinCodeFrom, normaliseJoinCode } from '../../src/live/joinCode';

describe('join codes', () => {
  it('leaves out the characters that look alike', () => {
    for (const c of '01OIL') expect(JOIN_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_ALPHABET).size).toBe(JOIN_ALPHABET.length);
  });

  it('draws six characters from the bytes, skipping bytes that would favour some characters', () => {
    expect(joinCodeFrom(Uint8Array.from([0, 1, 2, 3, 4, 5]))).toBe('ABCDEF');
    // 248 and above lie past the last whole round of the 31 characters (8 × 31 = 248).
    expect(joinCodeFrom(Uint8Array.from([255, 248, 30, 31, 0, 0, 0, 0]))).toBe('9AAAAA');
    expect(joinCodeFrom(Uint8Array.from([250, 251, 1, 2, 3, 4, 5]))).toBeNull();
  });

  it('spreads codes evenly over the alphabet (every byte value once)', () => {
    const counts = new Map<string, number>();
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let start = 0; start < 248; start += JOIN_CODE_LENGTH) {
      const code = joinCodeFrom(all.subarray(start));
      for (const c of code ?? '') counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const figures = [...counts.values()];
    console.log(`characters drawn: ${figures.reduce((a, b) => a + b, 0)}, least ${Math.min(...figures)}, most ${Math.max(...figures)}`);
    expect(counts.size).toBe(JOIN_ALPHABET.length);
    expect(Math.max(...figures) - Math.min(...figures)).toBeLessThanOrEqual(1);
  });

  it('reads a code as typed, and refuses what is not one', () => {
    expect(normaliseJoinCode(' abc-d2e ')).toBe('ABCD2E');
    expect(normaliseJoinCode('ABC D2E')).toBe('ABCD2E');
    expect(normaliseJoinCode('ABCD2')).toBeNull();
    expect(normaliseJoinCode('ABCD2EF')).toBeNull();
    expect(normaliseJoinCode('ABCD0E')).toBeNull();
    expect(normaliseJoinCode('ABCDIE')).toBeNull();
    expect(normaliseJoinCode('')).toBeNull();
  });
});
