// Someone else's game opened to look through (a teacher opening a student's game from the class report): it plays
// and rewinds like any game, but is never autosaved, so this browser never offers it back as its own game.
import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../src/machine';
import { playToDebrief, shippedScenarios, startFlow } from './support';

const scenarios = shippedScenarios();
const scenario = scenarios.find((s) => s.id === 'idlib-2021')!;

describe('a game opened to look through', () => {
  const seed = 'review';
  const student = startFlow({ scenarios });
  student.send({ type: 'START', scenario: scenario.id, seed, players: ['RUS'] });
  const finished = playToDebrief(student, seed).final.context.saves.latest!;

  it('is never autosaved, through a rewind and the turns played again', () => {
    const teacher = startFlow({ scenarios });
    teacher.send({ type: 'LOAD', text: finished, review: true });
    expect(phaseOf(teacher.getSnapshot())).toBe('debrief');
    teacher.send({ type: 'REWIND', turn: 1 });
    expect(phaseOf(teacher.getSnapshot())).toBe('briefing');
    playToDebrief(teacher, 'another way');
    expect(teacher.getSnapshot().context.saves).toEqual({ latest: null, previous: null });
  });

  it('stopped part-way, has a debrief so far, and is never autosaved through it', () => {
    const teacher = startFlow({ scenarios });
    teacher.send({ type: 'LOAD', text: finished, review: true });
    teacher.send({ type: 'REWIND', turn: 3 });
    teacher.send({ type: 'DEBRIEF' });
    expect(phaseOf(teacher.getSnapshot())).toBe('debrief');
    expect(teacher.getSnapshot().context.game!.ending).toBeNull();
    expect(teacher.getSnapshot().context.game!.log.length).toBe(2);
    teacher.send({ type: 'PLAY_ON' });
    expect(phaseOf(teacher.getSnapshot())).toBe('briefing');
    expect(teacher.getSnapshot().context.saves).toEqual({ latest: null, previous: null });
  });

  it('while a file loaded as one’s own is, from its first turn played', () => {
    const own = startFlow({ scenarios });
    own.send({ type: 'LOAD', text: finished });
    own.send({ type: 'REWIND', turn: 1 });
    playToDebrief(own, 'another way');
    expect(own.getSnapshot().context.saves.latest).not.toBeNull();
  });

  it('a new game after it is autosaved again', () => {
    const teacher = startFlow({ scenarios });
    teacher.send({ type: 'LOAD', text: finished, review: true });
    teacher.send({ type: 'QUIT' });
    teacher.send({ type: 'START', scenario: scenario.id, seed: 'mine', players: ['RUS'] });
    playToDebrief(teacher, 'mine');
    expect(teacher.getSnapshot().context.saves.latest).not.toBeNull();
  });
});
