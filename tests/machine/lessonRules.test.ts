// A lesson's rules through the turn flow: a game started with a turn count ends after that many turns; rewinding and
// loading its save rebuild it by the same rules to the same hash; rules no game can have are refused at the start.
import { english } from '../../src/engine/prose';
import { describe, expect, it } from 'vitest';
import { lastTurn, stateHash, type GameRules } from '../../src/engine';
import { phaseOf, viewOf } from '../../src/machine';
import { readSave } from '../../src/persistence';
import { playToDebrief, shippedScenarios, startFlow } from './support';

const scenarios = shippedScenarios();
const ID = 'eastern-axis-2021';
const LESSON: GameRules = { turns: 2, temperament: 'calm' };

function playLesson(seed: string, players = ['RUS']) {
  const actor = startFlow({ scenarios });
  actor.send({ type: 'START', scenario: ID, seed, players, rules: LESSON });
  const played = playToDebrief(actor, seed);
  return { actor, played, game: played.final.context.game! };
}

describe('a game started with a lesson’s rules', () => {
  it('ends after the lesson’s turns, not the scenario’s, and keeps the rules', () => {
    expect(scenarios.find((s) => s.id === ID)!.turns).toBeGreaterThan(LESSON.turns!);
    const { played, game } = playLesson('short', ['RUS', 'CHN']);
    expect(played.turns).toBe(LESSON.turns);
    expect(game.log).toHaveLength(LESSON.turns!);
    expect(game.ending).toMatchObject({ reason: 'last-turn', turn: LESSON.turns });
    expect(game.rules).toEqual(LESSON);
    expect(lastTurn(game)).toBe(LESSON.turns);
  });

  it('is another game than the plain one on the same seed, which has no rules', () => {
    const plain = startFlow({ scenarios });
    plain.send({ type: 'START', scenario: ID, seed: 'short', players: ['RUS'] });
    const lesson = startFlow({ scenarios });
    lesson.send({ type: 'START', scenario: ID, seed: 'short', players: ['RUS'], rules: LESSON });
    expect(plain.getSnapshot().context.game!.rules).toBeUndefined();
    expect(stateHash(lesson.getSnapshot().context.game!)).not.toBe(stateHash(plain.getSnapshot().context.game!));
  });

  it('rewinds by its rules to every turn exactly as played, and plays on to the same end', () => {
    const { actor, played, game } = playLesson('rewind');
    for (let turn = game.turn; turn >= 1; turn--) {
      actor.send({ type: 'REWIND', turn });
      const rewound = actor.getSnapshot().context.game!;
      expect(phaseOf(actor.getSnapshot())).toBe('briefing');
      expect(rewound.rules).toEqual(LESSON);
      expect(stateHash(rewound), `rewind to turn ${turn}`).toBe(played.hashAtTurn.get(turn));
    }
    const again = playToDebrief(actor, 'rewind');
    expect(again.turns).toBe(LESSON.turns);
    expect(stateHash(again.final.context.game!)).toBe(stateHash(game));
  });

  it('its autosave carries the rules: loaded finished, or resumed midway, it is the same game', () => {
    const { actor, played, game } = playLesson('saved');
    const finished = actor.getSnapshot().context.saves.latest!;
    const read = readSave(finished, scenarios);
    expect(read.ok && read.value.save.rules).toEqual(LESSON);

    const loaded = startFlow({ scenarios });
    loaded.send({ type: 'LOAD', text: finished });
    expect(phaseOf(loaded.getSnapshot())).toBe('debrief');
    expect(loaded.getSnapshot().context.game!.rules).toEqual(LESSON);
    expect(stateHash(loaded.getSnapshot().context.game!)).toBe(stateHash(game));

    actor.send({ type: 'REWIND', turn: 2 });
    const midway = actor.getSnapshot().context.saves.latest!;
    const resumed = startFlow({ scenarios }, { latest: midway, previous: null });
    resumed.send({ type: 'RESUME', slot: 'latest' });
    const back = resumed.getSnapshot().context.game!;
    expect(phaseOf(resumed.getSnapshot())).toBe('briefing');
    expect(back.turn).toBe(2);
    expect(lastTurn(back)).toBe(LESSON.turns);
    expect(stateHash(back)).toBe(played.hashAtTurn.get(2));
    // One more turn and the lesson is over, after a reload as before it.
    expect(playToDebrief(resumed, 'saved').turns).toBe(1);
    expect(resumed.getSnapshot().context.game!.ending).toMatchObject({ reason: 'last-turn', turn: LESSON.turns });
  });
});

describe('rules no game can have', () => {
  const refused = (rules: unknown) => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario: ID, seed: 's', players: ['RUS'], rules: rules as GameRules });
    expect(phaseOf(flow.getSnapshot())).toBe('menu');
    expect(flow.getSnapshot().context.game).toBeNull();
    return viewOf(flow.getSnapshot(), 'RUS').refusals;
  };

  it('are refused at the start with a sentence, and no game begins', () => {
    expect(refused({ turns: 0 })).toEqual([{ code: 'bad-rules', message: "The lesson's number of turns must be a whole number, at least 1, got 0." }]);
    expect(refused({ turns: 1.5 })[0]!.message).toContain('got 1.5');
    const scenario = scenarios.find((s) => s.id === ID)!;
    expect(refused({ turns: scenario.turns + 1 })[0]!.message).toBe(`The lesson asks for ${scenario.turns + 1} turns, but '${english(scenario.title)}' has only ${scenario.turns}.`);
    expect(refused({ temperament: 'wild' })[0]!.message).toContain('one of calm, normal, hawkish, got "wild"');
    expect(refused('short')[0]!.message).toContain('must be an object');
  });

  it('while rules that change nothing start the plain game', () => {
    const flow = startFlow({ scenarios });
    const scenario = scenarios.find((s) => s.id === ID)!;
    flow.send({ type: 'START', scenario: ID, seed: 's', players: ['RUS'], rules: { turns: scenario.turns, temperament: 'normal' } });
    expect(phaseOf(flow.getSnapshot())).toBe('briefing');
    expect(flow.getSnapshot().context.game!.rules).toBeUndefined();
  });
});
