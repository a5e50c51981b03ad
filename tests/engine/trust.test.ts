import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bayesTrust } from '../../src/engine';

const p = fc.double({ min: 0, max: 1, noNaN: true });
const cost = fc.double({ min: 0, max: 1, noNaN: true });

describe('trust as a Bayesian belief', () => {
  it('stays within [0, 1]', () => {
    fc.assert(fc.property(p, fc.boolean(), cost, (prior, met, c) => {
      const post = bayesTrust(prior, met, c);
      return post >= 0 && post <= 1 && !Number.isNaN(post);
    }));
  });

  it('never rises after a failure to deliver (P7), whatever the prior and the cost', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), cost, (prior, c) => bayesTrust(prior, false, c) <= prior));
  });

  it('rises after a delivery, and more when the delivery was costly (P7)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.95, noNaN: true }), fc.double({ min: 0, max: 0.45, noNaN: true }), (prior, c) => {
        const cheap = bayesTrust(prior, true, c);
        const costly = bayesTrust(prior, true, c + 0.5);
        return cheap > prior && costly > cheap;
      }),
    );
  });

  it('moves by Bayes’ rule: one free success from 0.5', () => {
    // P(met|reliable)=0.75, P(met|unreliable)=0.6 → 0.5·0.75 / (0.5·0.75 + 0.5·0.6)
    expect(bayesTrust(0.5, true, 0)).toBeCloseTo(0.375 / 0.675, 10);
    expect(bayesTrust(0.5, false, 0)).toBeCloseTo(0.125 / 0.325, 10);
  });
});
