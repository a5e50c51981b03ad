import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine';
import { sameJson } from '../../src/classroom/resultFile';

/** The same object with its keys in reverse order, and a key given undefined (which canonical text leaves out). */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { left: undefined };
  // Defined, not assigned: a key "__proto__" (which JSON.parse makes an own key) stays a key.
  for (const k of Object.keys(value).reverse()) Object.defineProperty(out, k, { value: reordered((value as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

describe('sameJson', () => {
  // Decisions as files and the computer hold them: small records of ids, numbers, strings and lists.
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(fc.constantFrom(0, 1, 2, 3, -0, 0.5), fc.constantFrom('ally', 'partner', 'hedge', '1'), fc.boolean(), fc.constant(null)),
    node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'RUS', 'c1', '__proto__'), tie('node'), { maxKeys: 3 })),
  })).node;

  it('agrees with comparing canonical text, for values alike and unlike', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, reordered(a))).toBe(true);
        expect(sameJson(reordered(a), b)).toBe(canonicalJson(a) === canonicalJson(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart what canonical text tells apart', () => {
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(true);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson(undefined, null)).toBe(true);
    expect(sameJson({ postures: { CHN: 'ally' } }, { postures: { CHN: 'ally', USA: 'hedge' } })).toBe(false);
  });
});
