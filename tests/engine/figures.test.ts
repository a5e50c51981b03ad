// The rules that read a state's figures by index (future.ts) must agree to the last bit with those that read its
// records by name: the same sums in the same order.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { readScenarioFile } from '../../src/cli/read-scenario';
import { rivalryHazards } from '../../src/engine/crisis';
import { figuresOf, hazardsIn } from '../../src/engine/future';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('figures read by index', () => {
  it('give every rivalry the hazard rivalryHazards gives it, in every shipped scenario, turn after turn', () => {
    let checked = 0;
    for (const file of files) {
      const scenario = readScenarioFile(`scenarios/${file}`);
      for (let g = 0; g < 3; g++) {
        playGame(scenario, {
          seed: `figures-${g}`,
          policy: 'persona',
          adjust: (state) => {
            expect(hazardsIn(figuresOf(state))).toEqual(rivalryHazards(state));
            checked++;
          },
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
