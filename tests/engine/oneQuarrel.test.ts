// One crisis between two powers in a theatre a turn, whichever started it: a rivalry listed both ways (Moscow and
// Beijing each pressing its claim on the border) never opens two mirror crises in one turn.
import { describe, expect, it } from 'vitest';
import { newGame, restoreRng, type CrisisInstance } from '../../src/engine';
import { deal, openCrisis } from '../../src/engine/deal';
import { triangle } from '../helpers';

describe('one quarrel, one crisis', () => {
  it('a mirror crisis in the same theatre is not opened; one elsewhere is', () => {
    const game = newGame(triangle(), 'x');
    const crises: CrisisInstance[] = [];
    openCrisis(game, crises, null, 'east', 'C', 'B', 0.5);
    openCrisis(game, crises, null, 'east', 'B', 'C', 0.5);
    openCrisis(game, crises, null, 'west', 'B', 'C', 0.5);
    expect(crises.map((c) => `${c.theatre}:${c.initiator}>${c.target}`)).toEqual(['east:C>B', 'west:B>C']);
  });

  it('a rivalry listed both ways, hot enough to flare every turn, deals one crisis between the two', () => {
    const scenario = triangle({
      theatres: [{ id: 'east', name: 'East', lon: 0, lat: 0, tension: 1, rivals: [{ challenger: 'C', defender: 'B' }, { challenger: 'B', defender: 'C' }], exposure: { A: 0.4 } }],
    });
    let both = 0;
    for (let k = 0; k < 50; k++) {
      const game = newGame(scenario, `mirror-${k}`);
      const rng = restoreRng(game.rng);
      deal(game, rng);
      const between = game.agenda.crises.filter((c) => c.theatre === 'east');
      expect(between.length).toBeLessThanOrEqual(1);
      if (between.length === 1) both++;
    }
    console.log(`crises dealt between B and C in 50 games' first turns: ${both}`);
    expect(both).toBeGreaterThan(0);
  });
});
