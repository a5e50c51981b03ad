// The rules' own powers and exponentials (src/engine/exact.ts) agree with Math's to within a few units in the last
// place; they exist because Math.pow, Math.exp and Math.log differ between JavaScript engines in the last bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, ln, pow } from '../../src/engine';

const close = (a: number, b: number) => Math.abs(a - b) <= 8 * Number.EPSILON * Math.max(1, Math.abs(b));

describe('powers from the four operations', () => {
  it('ln and exp agree with Math to a few units in the last place', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => close(ln(x), Math.log(x))));
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => close(exp(z), Math.exp(z))));
  });

  it('ln answers at once where Math.log gives no finite number, rather than halving or doubling for ever', () => {
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-0.5)).toBeNaN();
    expect(ln(Infinity)).toBe(Infinity);
    expect(ln(Number.NaN)).toBeNaN();
    expect(pow(-0.5, 0.5)).toBeNaN();
  });

  it('pow agrees with ** for the shares and turn lengths the rules use, and is exact for whole exponents', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 36 }), (x, months) => close(pow(x, months / 12), x ** (months / 12))));
    expect(pow(0.5, 3)).toBe(0.125);
    expect(pow(0, 0.5)).toBe(0);
    expect(pow(0.7, 1)).toBe(0.7);
  });
});
