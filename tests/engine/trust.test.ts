// Trust as a Beta belief (rules v3): a mean (what A expects of B) and the evidence it rests on. Deeds move it by the
// Beta update; forgetting thins the evidence and never moves the mean (no drift back toward a baseline).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COSTLY_SIGNAL, EVIDENCE_KEPT_PER_YEAR, TRUST_MIN_EVIDENCE, applyDecisions, beliefSpread, newGame, updateBelief, evidenceOn, trustIn } from '../../src/engine';
import { triangle } from '../helpers';

const p = fc.double({ min: 0.001, max: 0.999, noNaN: true });
const n = fc.double({ min: TRUST_MIN_EVIDENCE, max: 50, noNaN: true });
const cost = fc.double({ min: 0, max: 1, noNaN: true });

describe('trust as a Beta belief', () => {
  it('stays within [0, 1] and its evidence grows with every deed', () => {
    fc.assert(fc.property(p, n, fc.boolean(), cost, (prior, ev, met, c) => {
      const post = updateBelief(prior, ev, met, c);
      return post.trust >= 0 && post.trust <= 1 && post.evidence > ev;
    }));
  });

  it('never rises after a failure to deliver (P7), whatever the prior, the evidence and the cost', () => {
    fc.assert(fc.property(p, n, cost, (prior, ev, c) => updateBelief(prior, ev, false, c).trust <= prior));
  });

  it('rises after a delivery, and more when the delivery was costly (P7)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.95, noNaN: true }), n, fc.double({ min: 0, max: 0.45, noNaN: true }), (prior, ev, c) => {
        const cheap = updateBelief(prior, ev, true, c).trust;
        const costly = updateBelief(prior, ev, true, c + 0.5).trust;
        return cheap > prior && costly > cheap;
      }),
    );
  });

  it('moves by the Beta update: a free delivery from 0.5 on 4 observations is 3 of 5; one at full cost weighs 1 + COSTLY_SIGNAL', () => {
    expect(updateBelief(0.5, 4, true, 0).trust).toBeCloseTo(3 / 5, 12);
    expect(updateBelief(0.5, 4, false, 0).trust).toBeCloseTo(2 / 5, 12);
    expect(updateBelief(0.5, 4, true, 1).trust).toBeCloseTo((2 + 1 + COSTLY_SIGNAL) / (4 + 1 + COSTLY_SIGNAL), 12);
  });

  it('a belief on less evidence is wider, and moves further on the same deed', () => {
    fc.assert(fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), n, (prior, ev) => {
      const thin = updateBelief(prior, ev, false, 0).trust;
      const thick = updateBelief(prior, ev + 10, false, 0).trust;
      return beliefSpread(prior, ev) > beliefSpread(prior, ev + 10) && thin <= thick;
    }));
  });

  it('forgets in quiet turns: the evidence thins by the yearly rate, down to its floor, and trust stays where it was', () => {
    // The triangle's turns are a year long; with no crisis and no event, nothing is observed.
    let s = newGame(triangle({ theatres: [] }), 'quiet');
    const trust = trustIn(s, 'A', 'B');
    const evidence = evidenceOn(s, 'A', 'B');
    const r = applyDecisions(s, {});
    if (!r.ok) throw new Error('quiet turn refused');
    s = r.value;
    expect(trustIn(s, 'A', 'B')).toBe(trust);
    expect(evidenceOn(s, 'A', 'B')).toBeCloseTo(Math.max(TRUST_MIN_EVIDENCE, evidence * EVIDENCE_KEPT_PER_YEAR), 12);
    for (let i = 0; i < 30 && !s.ending; i++) {
      const next = applyDecisions(s, {});
      if (!next.ok) throw new Error('quiet turn refused');
      s = next.value;
    }
    expect(trustIn(s, 'A', 'B')).toBe(trust);
    expect(evidenceOn(s, 'A', 'B')).toBe(TRUST_MIN_EVIDENCE);
  });
});
