// The teacher's corner says how long the lesson set there is: its own turns and minutes, not the scenario's.
import { describe, expect, it } from 'vitest';
import { lengthHint } from '../../src/ui/teacher';
import { shipped } from '../helpers';

describe('the lesson’s length in the teacher’s corner', () => {
  it('gives a shorter lesson’s own turns and its share of the minutes, and the scenario’s for the whole of it', () => {
    const scenario = shipped('eastern-axis-2021');
    expect(scenario.turns).toBeGreaterThan(3);
    const share = Math.round((scenario.classMinutes * 3) / scenario.turns);
    expect(lengthHint(scenario, 3)).toBe(`3 turns of the scenario’s ${scenario.turns} · about ${share} minutes of play`);
    expect(lengthHint(scenario, 0)).toBe(`${scenario.turns} turns · about ${scenario.classMinutes} minutes of play`);
    expect(lengthHint(scenario, 1)).toMatch(/^1 turn of the scenario’s \d+ · about \d+ minutes? of play$/);
  });
});
