// Why a turn moved what it moved: over seeded turns of every shipped scenario, explaining a turn resolves it exactly as
// applyDecisions does, and for every actor the parts of every metric's change, of every trust's change and of every
// grievance's change add up to the change itself.
import { describe, expect, it } from 'vitest';
import { applyDecisions, explainTurn, grievanceAgainst, lookup, restoreRng, seedRng, stateHash, METRICS, trustIn, type GameState } from '../../src/engine';
import { newGame } from '../../src/engine';
import { randomLegal } from '../helpers';
import { shippedScenarios } from '../machine/support';

const sum = (parts: { amount: number }[]) => parts.reduce((t, p) => t + p.amount, 0);

describe('why a turn moved what it moved', () => {
  for (const scenario of shippedScenarios()) {
    it(`${scenario.id}: the parts add up, and explaining changes nothing`, () => {
      let checked = 0;
      let trustParts = 0;
      let grievanceParts = 0;
      let grievanceMoved = 0;
      for (let g = 0; g < 3; g++) {
        const rng = restoreRng(seedRng(`why:${scenario.id}:${g}`));
        let state: GameState = newGame(scenario, `why-${g}`);
        while (!state.ending) {
          const decisions = randomLegal(state, rng);
          const plain = applyDecisions(state, decisions);
          const told = explainTurn(state, decisions);
          if (!plain.ok || !told.ok) throw new Error('a legal turn was refused');
          const { next, why } = told.value;
          expect(stateHash(next)).toBe(stateHash(plain.value));
          for (const a of lookup(scenario).ids) {
            for (const m of METRICS) {
              expect(sum(why.metrics[a]![m])).toBeCloseTo(next.metrics[a]![m] - state.metrics[a]![m], 9);
              checked++;
            }
            for (const b of lookup(scenario).others[a]!) {
              const parts = why.trust[a]![b]!;
              expect(sum(parts)).toBeCloseTo(trustIn(next, a, b) - trustIn(state, a, b), 9);
              // Forgetting never moves a belief's mean: trust moves only on evidence.
              expect(parts.filter((p) => p.cause.kind === 'ageing' || p.cause.kind === 'rest')).toEqual([]);
              trustParts += parts.length;
              const grievance = why.grievance[a]![b]!;
              const change = grievanceAgainst(next, a, b) - grievanceAgainst(state, a, b);
              expect(Math.abs(sum(grievance) - change)).toBeLessThan(1e-9);
              grievanceParts += grievance.length;
              if (change !== 0) grievanceMoved++;
            }
          }
          state = next;
        }
      }
      console.log(`${scenario.id}: ${checked} metric changes, ${trustParts} parts of trust changes and ${grievanceParts} of grievance changes accounted for`);
      expect(checked).toBeGreaterThan(0);
      // Grievances did move in these games, so the check above read parts, not empty lists.
      expect(grievanceMoved).toBeGreaterThan(0);
    });
  }
});
