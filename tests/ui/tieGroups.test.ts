// Ties formed on one turn are told together by the power that formed several of one kind, so that a turn on which a
// region lines up (Afghanistan's first, fourteen new partnerships) reads as a few lines, not a wall; a player's own
// ties, and ties lowered or broken, are still told one by one.
import { describe, expect, it } from 'vitest';
import type { TieChange } from '../../src/engine';
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

  it('tells a group in one sentence', () => {
    const [group] = tieChangeGroups(changes, ['CHN']);
    expect(formedManyWords(group!, namesFor(scenario, 'CHN'))).toBe('United States: partnerships formed with Afghan government, Uzbekistan and Kyrgyzstan, both sides choosing each.');
  });
});
