// A tie's card warns before the tie breaks: strained when a grievance the turn's end will leave nears what the tie can
// bear, "breaks at the end of this turn" when it will pass it, and nothing when the tie bears little strain.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { grievanceAhead, newGame, pairAt, prepareScenario, type ScenarioDef } from '../../src/engine';
import { strainWords } from '../../src/ui/decisions';

describe('the strain on a tie, said before it breaks', () => {
  const s = prepareScenario(JSON.parse(readFileSync('scenarios/sino-soviet-1945.json', 'utf8')) as ScenarioDef);
  const at = (grievance: number) => {
    const game = newGame(s, 'strain');
    game.grievance[pairAt(s, 'CHN', 'RUS')] = grievance;
    return game;
  };

  it('says nothing of a tie under little strain, warns of one near breaking, and says when it will break', () => {
    const limit = s.rules.breakThreshold;
    expect(strainWords(at(0), 'CHN', 'RUS')).toBeNull();
    const near = strainWords(at(0.75 * limit), 'CHN', 'RUS');
    const past = strainWords(at(2 * limit), 'CHN', 'RUS');
    console.log({ near: near?.text, past: past?.text });
    expect(grievanceAhead(at(0.75 * limit), 'CHN', 'RUS').a).toBeLessThanOrEqual(limit);
    expect(near?.breaks).toBe(false);
    expect(near?.text).toMatch(/^Strained: your grievance against the Soviet Union will stand at/);
    expect(past?.breaks).toBe(true);
    expect(past?.text).toMatch(/^⚠ This tie breaks at the end of this turn: your grievance against the Soviet Union will stand at [\d.]+, past the/);
    // From the other side of the same tie: the grievance is the other's.
    expect(strainWords(at(2 * limit), 'RUS', 'CHN')?.text).toMatch(/the grievance of the Republic of China .* against you/);
  });

  it('says what walking out of the alliance adds to the other’s grievance, and when the partnership left breaks too', () => {
    const limit = s.rules.breakThreshold;
    // Soviet grievance against China (RUS → CHN), as the 1896 game's student met it: held, then China steps down to partner.
    const game = newGame(s, 'strain');
    game.grievance[pairAt(s, 'RUS', 'CHN')] = 0.7 * limit;
    game.postures.RUS!.CHN = 'ally';
    expect(strainWords(game, 'CHN', 'RUS', 'ally')?.text).toMatch(/^Strained: the grievance of the Soviet Union against you/);
    const lowered = strainWords(game, 'CHN', 'RUS', 'partner');
    console.log({ lowered: lowered?.text });
    expect(lowered?.breaks).toBe(true);
    expect(lowered?.text).toMatch(/^⚠ With the posture you chose, the tie you leave standing breaks at the end of this turn: walking out adds 2\.0 to the grievance of the Soviet Union against you/);
    // With a grievance far below, stepping down is said, but nothing breaks.
    game.grievance[pairAt(s, 'RUS', 'CHN')] = 0;
    expect(strainWords(game, 'CHN', 'RUS', 'partner')).toMatchObject({ breaks: false });
    // Walking out to no tie leaves nothing to break.
    expect(strainWords(game, 'CHN', 'RUS', 'hedge')).toBeNull();
  });
});
