// A crisis dealt with the player's side as challenger, which the player did not choose, says so in the briefing: a
// rivalry came to a head on its own. One the player started last turn, or one an event dealt, does not. And a side
// with no crisis to start is told why: no rivalry of its own, challenged in every one, or the last turn.
import { describe, expect, it } from 'vitest';
import { legalOptions, newGame, type CrisisInstance, type TurnRecord } from '../../src/engine';
import { cameToAHead, noCrisisToStart } from '../../src/ui/consequences';
import { shipped, triangle } from '../helpers';

const crisis = (event: string | null = null): CrisisInstance => ({ id: 'k', event, theatre: 'east', initiator: 'C', target: 'B', severity: 0.5, calls: [] });
const lastTurn = (challenge?: { theatre: string; target: string }): TurnRecord => ({ turn: 1, decisions: { C: challenge ? { challenge } : {} }, crises: [], choices: [], tieChanges: [] });

describe('a crisis the challenger did not choose', () => {
  const game = newGame(triangle(), 'x');
  it('is one its rivalry brought to a head, for the challenger only', () => {
    expect(cameToAHead({ ...game, log: [lastTurn()] }, crisis(), 'C')).toBe(true);
    expect(cameToAHead({ ...game, log: [] }, crisis(), 'C')).toBe(true);
    expect(cameToAHead({ ...game, log: [lastTurn()] }, crisis(), 'B')).toBe(false);
  });
  it('is not one it started last turn against that target there, nor one an event dealt', () => {
    expect(cameToAHead({ ...game, log: [lastTurn({ theatre: 'east', target: 'B' })] }, crisis(), 'C')).toBe(false);
    expect(cameToAHead({ ...game, log: [lastTurn({ theatre: 'west', target: 'A' })] }, crisis(), 'C')).toBe(true);
    expect(cameToAHead({ ...game, log: [lastTurn()] }, crisis('an-event'), 'C')).toBe(false);
  });
});

describe('why a side has no crisis to start', () => {
  it('China in Afghanistan is challenged in every rivalry; China in the Moscow format has none; no one starts one on the last turn', () => {
    const afghanistan = newGame(shipped('afghanistan-2001'), 'x');
    const moscow = newGame(shipped('moscow-format-2015'), 'x');
    expect(legalOptions(afghanistan, 'CHN').challenges).toEqual([]);
    expect(legalOptions(moscow, 'CHN').challenges).toEqual([]);
    expect(noCrisisToStart(afghanistan, 'CHN')).toBe('challenged');
    expect(noCrisisToStart(moscow, 'CHN')).toBe('no-rivalry');
    // Russia has one in each: it may press the Islamic State at the Tajik border, and HTS in Idlib.
    expect(legalOptions(moscow, 'RUS').challenges.length).toBeGreaterThan(0);
    const idlib = newGame(shipped('idlib-2021'), 'x');
    expect(legalOptions(idlib, 'RUS').challenges).toEqual([{ theatre: 'idlib', target: 'HTS' }]);
    expect(noCrisisToStart({ ...idlib, turn: idlib.scenario.turns }, 'RUS')).toBe('last');
  });
});
