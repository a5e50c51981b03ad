// Files written by earlier versions of the game, kept as they were written: saves and a result file of finished games,
// on the frozen golden scenario. They must open, replay and verify as they did when they were written, however the
// state's own shape changes (a finished game's hash covers its ending). A change to the rules (RULES_VERSION) makes
// them games of other rules: then these tests say so, and the files are written again with the rules' new version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computerPlayers, verifyResult } from '../../src/classroom';
import { endingAsHashed, prepareScenario, type ScenarioDef } from '../../src/engine';
import { describeProblems, readSave } from '../../src/persistence';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const golden = prepareScenario(JSON.parse(fixture('golden-scenario.json')) as ScenarioDef);

describe('files written before the ending was kept as codes', () => {
  it.each([
    ['save-whole-game.json', 12, undefined],
    ['save-lesson.json', 4, 4],
  ] as const)('%s opens, replays to the hash it records and ends as it did', (file, turn, lessonTurns) => {
    const text = fixture(`earlier-files/${file}`);
    // The file holds its ending's words nowhere: only the state hash, which covered them, remembers them.
    expect(text).not.toMatch(/turns were played|reached its last turn/);
    const read = readSave(text, [golden]);
    if (!read.ok) throw new Error(describeProblems(read.errors));
    expect(read.value.game.ending).toEqual({ reason: 'last-turn', turn, ...(lessonTurns ? { lessonTurns } : {}) });
  });

  it('a result file holding the ending in words verifies by replay', () => {
    const text = fixture('earlier-files/result-lesson.json');
    expect(JSON.parse(text).ending).toEqual({ reason: 'last-turn', turn: 3, detail: "the lesson's 3 turns were played" });
    const v = verifyResult(text, [golden], computerPlayers());
    expect(v.ok, v.ok ? '' : v.errors.map((e) => e.message).join(' ')).toBe(true);
  });

  it('the state hash covers each kind of ending in the words the engine once kept in the state', () => {
    // The engine's former words, as turn.ts wrote them into every finished game.
    expect(endingAsHashed({ reason: 'war', turn: 5, initiator: 'RUS', target: 'TUR' })).toEqual({ reason: 'war', turn: 5, detail: 'RUS and TUR went to war' });
    expect(endingAsHashed({ reason: 'collapse', turn: 7, actor: 'CHN' })).toEqual({ reason: 'collapse', turn: 7, detail: 'CHN collapsed' });
    expect(endingAsHashed({ reason: 'last-turn', turn: 4, lessonTurns: 4 }).detail).toBe("the lesson's 4 turns were played");
    expect(endingAsHashed({ reason: 'last-turn', turn: 12 }).detail).toBe('the scenario reached its last turn');
  });
});
