// A crisis the scenario deals as the record has it may name the player's side the challenger: the briefing says the
// side did not choose it (and why partners may owe only neutrality), as it does for a rivalry that came to a head.
import { describe, expect, it } from 'vitest';
import { newGame, type CrisisInstance } from '../../src/engine';
import { dealtAsChallenger } from '../../src/ui/consequences';
import { shipped } from '../helpers';

describe('a crisis the record deals with the side as challenger', () => {
  const scenario = shipped('alliance-question-2020');
  const game = newGame(scenario, 'dealt');
  const crisis = (event: string | null): CrisisInstance => ({ id: 'c', event, theatre: 'diaoyu', initiator: 'CHN', target: 'JPN', severity: 0.5, calls: [] });

  it('is the challenger’s, for a crisis event of the deck only', () => {
    expect(dealtAsChallenger(game, crisis('diaoyu-crisis'), 'CHN')).toBe(true);
    expect(dealtAsChallenger(game, crisis('diaoyu-crisis'), 'JPN')).toBe(false);
    // A rivalry that came to a head has its own words; an event that is a choice set it off by someone's decision.
    expect(dealtAsChallenger(game, crisis(null), 'CHN')).toBe(false);
    expect(dealtAsChallenger(game, crisis('exercise'), 'CHN')).toBe(false);
  });
});
