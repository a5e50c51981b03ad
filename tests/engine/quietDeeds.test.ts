// What a deed tells: neutrality where no more was expected is what any power with no tie does, so it moves neither
// trust nor grievance (a hostile choice the scenario wrote as neutral used to raise the other side's trust, as in
// 1945 when China protested to Moscow "and to the world"); and a gesture on an event is judged against no more than
// the most the event's choices could give (Moscow declining to mediate for Chiang is the most the event lets it do
// for the Communists, and no shortfall).
import { describe, expect, it } from 'vitest';
import { expectedOnEvent, newGame, tellsOfReliability, tieOf, evidenceOn, grievanceAgainst, trustIn, type EventDef, type GameState, type SupportLevel } from '../../src/engine';
import { applyChoice } from '../../src/engine/effects';
import { cloneState } from '../../src/engine/state';
import { shipped } from '../helpers';

/** An event Russia decides, each choice a gesture of `level` toward `to`. */
function gestures(to: string, levels: SupportLevel[]): EventDef {
  return {
    id: 'test-gesture',
    kind: 'opportunity',
    title: 'A gesture',
    text: 'Russia may make a gesture.',
    weight: 1,
    decider: 'RUS',
    choices: levels.map((level) => ({ id: `level-${level}`, label: `Level ${level}`, effects: [{ kind: 'support' as const, to, level, cost: 0 }] })),
  } as unknown as EventDef;
}

function after(game: GameState, event: EventDef, choice: string): GameState {
  const state = cloneState(game);
  applyChoice(state, event, choice, 'RUS');
  return state;
}

describe('a deed that tells nothing of reliability', () => {
  it('is neutrality where neutrality was all that was expected, and nothing else', () => {
    expect(tellsOfReliability(1, 1)).toBe(false);
    expect(tellsOfReliability(1, 0)).toBe(true);
    expect(tellsOfReliability(1, 2)).toBe(true);
    expect(tellsOfReliability(2, 2)).toBe(true);
    expect(tellsOfReliability(3, 1)).toBe(true);
    expect(tellsOfReliability(0, 0)).toBe(false);
  });

  const game = newGame(shipped('alliance-question-2020'), 'quiet-deeds');
  it('moves neither trust nor grievance of a power with no tie; opposition lowers the one and raises the other', () => {
    expect(tieOf(game, 'RUS', 'USA')).toBe('none');
    const event = gestures('USA', [1, 0]);
    const neutral = after(game, event, 'level-1');
    const hostile = after(game, event, 'level-0');
    console.log(`US trust in Russia ${trustIn(game, 'USA', 'RUS').toFixed(3)}: after neutrality ${trustIn(neutral, 'USA', 'RUS').toFixed(3)}, after opposition ${trustIn(hostile, 'USA', 'RUS').toFixed(3)}`);
    expect(trustIn(neutral, 'USA', 'RUS')).toBe(trustIn(game, 'USA', 'RUS'));
    expect(evidenceOn(neutral, 'USA', 'RUS')).toBe(evidenceOn(game, 'USA', 'RUS'));
    expect(grievanceAgainst(neutral, 'USA', 'RUS')).toBe(grievanceAgainst(game, 'USA', 'RUS'));
    expect(trustIn(hostile, 'USA', 'RUS')).toBeLessThan(trustIn(game, 'USA', 'RUS'));
    expect(grievanceAgainst(hostile, 'USA', 'RUS')).toBeGreaterThan(grievanceAgainst(game, 'USA', 'RUS'));
  });

  it('judges a gesture to a partner against no more than the event offers it', () => {
    expect(tieOf(game, 'RUS', 'CHN')).toBe('partnership');
    // A partnership expects diplomatic support (2); an event whose best for China is neutrality expects only that.
    expect(expectedOnEvent(gestures('CHN', [2, 1]), 'CHN', 2)).toBe(2);
    expect(expectedOnEvent(gestures('CHN', [1, 0]), 'CHN', 2)).toBe(1);
    expect(expectedOnEvent(gestures('CHN', [3, 1]), 'CHN', 2)).toBe(2);
    const best = after(game, gestures('CHN', [1, 0]), 'level-1');
    const short = after(game, gestures('CHN', [2, 1]), 'level-1');
    expect(trustIn(best, 'CHN', 'RUS')).toBe(trustIn(game, 'CHN', 'RUS'));
    expect(grievanceAgainst(best, 'CHN', 'RUS')).toBe(grievanceAgainst(game, 'CHN', 'RUS'));
    expect(trustIn(short, 'CHN', 'RUS')).toBeLessThan(trustIn(game, 'CHN', 'RUS'));
    expect(grievanceAgainst(short, 'CHN', 'RUS')).toBeGreaterThan(grievanceAgainst(game, 'CHN', 'RUS'));
  });
});
