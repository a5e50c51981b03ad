// What the page says and records about a lesson's rules: the briefing's plain words, the debrief's ending, the lesson a
// game belongs to (the same world played by the same rules) and the settings its result file records.
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import type { ClassOptions } from '../../src/classroom';
import { lessonOf, settingsFor } from '../../src/ui/lesson';
import { endingText } from '../../src/i18n/engineWords';
import { rulesWords } from '../../src/ui/words';
import { shippedScenarios } from '../machine/support';

const scenario = shippedScenarios().find((s) => s.id === 'alliance-question-2020')!;
const lesson: ClassOptions = { scenarioId: scenario.id, scenarioHash: scenario.hash, seed: 'class', side: 'RUS', advisor: false, turns: 3, temperament: 'hawkish' };

describe('a lesson’s rules in words', () => {
  it('tell the length and the temperament, and nothing for a plain game', () => {
    const words = rulesWords(scenario, { turns: 3, temperament: 'hawkish' });
    expect(words).toHaveLength(2);
    expect(words[0]).toBe(`This lesson lasts 3 of the scenario’s ${scenario.turns} turns: it ends after turn 3 (Oct 2021 – Mar 2022).`);
    expect(words[1]).toMatch(/^The powers are hawkish in this lesson: quicker than usual to start a crisis/);
    expect(rulesWords(scenario, { temperament: 'calm' })).toEqual([expect.stringMatching(/^The powers are calm in this lesson: slower than usual/)]);
    expect(rulesWords(scenario, undefined)).toEqual([]);
    expect(rulesWords(scenario, { turns: scenario.turns, temperament: 'normal' })).toEqual([]);
  });

  it('the ending of a lesson’s shorter game says that the lesson’s turns were played', () => {
    const ending = { reason: 'last-turn' as const, turn: 3, lessonTurns: 3 };
    expect(endingText(scenario, ending)).toBe(`The lesson’s 3 turns were played: it ended after turn 3 of the scenario’s ${scenario.turns}.`);
    expect(endingText(scenario, { reason: 'last-turn', turn: scenario.turns })).toBe(`The scenario reached its last turn (turn ${scenario.turns}).`);
  });
});

describe('the lesson a game belongs to', () => {
  const game = newGame(scenario, 'class', { turns: 3, temperament: 'hawkish' });

  it('is the class code’s only when the game is played by the code’s rules', () => {
    expect(lessonOf(lesson, game, ['RUS'])).toBe(lesson);
    expect(lessonOf(lesson, newGame(scenario, 'class'), ['RUS'])).toBeNull();
    expect(lessonOf(lesson, newGame(scenario, 'class', { turns: 3 }), ['RUS'])).toBeNull();
    expect(lessonOf(lesson, newGame(scenario, 'class', { turns: 4, temperament: 'hawkish' }), ['RUS'])).toBeNull();
    // A code that spells out the scenario's own length and temperament is the plain game.
    const spelled: ClassOptions = { ...lesson, turns: scenario.turns, temperament: 'normal' };
    expect(lessonOf(spelled, newGame(scenario, 'class'), ['RUS'])).toBe(spelled);
  });

  it('records its rules in the result file’s settings, from the code or else from the game itself', () => {
    expect(settingsFor(lesson, game, ['RUS'])).toEqual({ side: 'RUS', advisor: false, turns: 3, temperament: 'hawkish' });
    // A lesson's save loaded in another tab: no class code, but the game keeps its rules.
    expect(settingsFor(null, game, ['RUS'])).toEqual({ side: 'RUS', advisor: true, turns: 3, temperament: 'hawkish' });
    expect(settingsFor(null, game, ['RUS', 'CHN'])).toEqual({ side: 'hotseat', advisor: true, turns: 3, temperament: 'hawkish' });
    expect(settingsFor(null, newGame(scenario, 'class'), ['CHN'])).toEqual({ side: 'CHN', advisor: true });
  });
});
