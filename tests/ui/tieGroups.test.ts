// Ties formed on one turn are told together by the power that formed several of one kind, so that a turn on which a
// region lines up (Afghanistan's first, fourteen new partnerships) reads as a few lines, not a wall; a player's own
// ties, and ties lowered or broken, are still told one by one.
import { describe, expect, it } from 'vitest';
import { newGame, type TieChange, type TurnRecord } from '../../src/engine';
import { playbackSteps } from '../../src/ui/playback/steps';
import { namesFor } from '../../src/ui/reportWords';
import { formedManyWords, tieChangeGroups } from '../../src/ui/words';
import { shipped } from '../helpers';

const formed = (a: string, b: string, to: 'partnership' | 'alliance' = 'partnership'): TieChange => ({ a, b, from: 'none', to, reason: 'formed' });

describe('tie changes told together', () => {
  const scenario = shipped('afghanistan-2001');
  const changes: TieChange[] = [
    formed('USA', 'AFG'),
    formed('USA', 'UZB'),
    formed('CHN', 'UZB'),
    formed('USA', 'KGZ'),
    { a: 'RUS', b: 'KGZ', from: 'alliance', to: 'partnership', reason: 'abrogated' },
    formed('USA', 'PAK', 'alliance'),
    formed('AFG', 'UZB'),
  ];

  it('groups the partnerships one power formed, keeps a player’s own and every other change apart, in order', () => {
    const groups = tieChangeGroups(changes, ['CHN']);
    expect(groups.map((g) => g.map((c) => `${c.a}-${c.b}`))).toEqual([['USA-AFG', 'USA-UZB', 'USA-KGZ'], ['CHN-UZB'], ['RUS-KGZ'], ['USA-PAK'], ['AFG-UZB']]);
    // With no player at the screen (a game of two at one screen is told to both), every power's are grouped.
    expect(tieChangeGroups(changes, []).map((g) => g.length)).toEqual([3, 1, 1, 1, 1]);
  });

  it('in the turn’s playback of a game of two at one screen, keeps both players’ own ties apart, as the report does', () => {
    const before = newGame(scenario, 'groups');
    // Only what the playback reads of a turn: its crises and its ties.
    const record = { turn: 1, crises: [], tieChanges: [formed('CHN', 'UZB'), formed('CHN', 'KGZ'), formed('USA', 'AFG'), formed('USA', 'UZB')] } as unknown as TurnRecord;
    const lines = (players: string[]) => playbackSteps(before, record, null, undefined, players).map((s) => s.line);
    expect(lines(['CHN', 'RUS'])).toHaveLength(3);
    expect(lines(['CHN', 'RUS']).filter((l) => l.includes('China'))).toHaveLength(2);
    // With no one named a player, China's two are one line too.
    expect(lines([])).toHaveLength(2);
  });

  it('tells a group in one sentence', () => {
    const [group] = tieChangeGroups(changes, ['CHN']);
    expect(formedManyWords(group!, namesFor(scenario, 'CHN'))).toBe('The United States: partnerships formed with the Afghan government, Uzbekistan and Kyrgyzstan, both sides choosing each.');
  });
});
