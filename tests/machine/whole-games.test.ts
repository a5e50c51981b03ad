// Every shipped scenario played to its end through the turn flow, in Node: as Russia, as China where China is
// playable, and in hot-seat with both. Each game must agree with the engine run directly on its own decision log,
// rewind to every earlier turn exactly as it was, and come back whole from its save.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, stateHash, type GameState } from '../../src/engine';
import { phaseOf, type FlowEvent } from '../../src/machine';
import { readSave } from '../../src/persistence';
import { playToDebrief, shippedScenarios, startFlow } from './support';

const scenarios = shippedScenarios();

const modes = (playable: readonly string[]) =>
  [['RUS'], ['CHN'], ['RUS', 'CHN']].filter((players) => players.every((p) => playable.includes(p)));

describe.each(scenarios.map((s) => [s.id, s] as const))('%s, played through the flow', (_id, scenario) => {
  it.each(modes(scenario.playable).map((players) => [players.join(' and '), players] as const))('as %s', (_name, players) => {
    const seed = `whole:${players.join('+')}`;
    const actor = startFlow({ scenarios });
    actor.send({ type: 'START', scenario: scenario.id, seed, players: [...players] });
    const played = playToDebrief(actor, seed);
    const game = played.final.context.game!;

    // The game ran to its end, one resolved turn per record.
    expect(game.ending).not.toBeNull();
    expect(played.turns).toBe(game.log.length);
    expect(game.log.length).toBe(game.ending!.turn);
    // Every actor no one plays decided each turn; a player who asked for nothing leaves no entry.
    const others = scenario.actors.map((a) => a.id).filter((id) => !players.includes(id)).sort();
    for (const record of game.log) expect(Object.keys(record.decisions).filter((id) => !players.includes(id)).sort()).toEqual(others);

    // The engine alone, fed the same decisions, reaches the same game.
    let direct: GameState = newGame(scenario, seed);
    for (const record of game.log) {
      expect(stateHash(direct)).toBe(played.hashAtTurn.get(direct.turn));
      const next = applyDecisions(direct, record.decisions);
      if (!next.ok) throw new Error(JSON.stringify(next.errors));
      direct = next.value;
    }
    expect(stateHash(direct)).toBe(stateHash(game));

    // Its autosave loads in a fresh flow to the very same game, in the debrief.
    const latest = played.final.context.saves.latest!;
    const fresh = startFlow({ scenarios });
    fresh.send({ type: 'LOAD', text: latest });
    expect(phaseOf(fresh.getSnapshot())).toBe('debrief');
    expect(stateHash(fresh.getSnapshot().context.game!)).toBe(stateHash(game));
    expect(fresh.getSnapshot().context.players).toEqual(players);

    // Rewinding to every earlier turn, last to first, gives each turn exactly as it was played.
    for (let turn = game.turn; turn >= 1; turn--) {
      actor.send({ type: 'REWIND', turn });
      const snapshot = actor.getSnapshot();
      expect(phaseOf(snapshot)).toBe('briefing');
      expect(stateHash(snapshot.context.game!), `rewind to turn ${turn}`).toBe(played.hashAtTurn.get(turn));
    }
  });
});

describe('replaying a rewound game', () => {
  it('makes the same world again when the same choices are made: the computer players decide from the position alone', () => {
    const scenario = scenarios.find((s) => s.id === 'alliance-question-2020')!;
    const first = startFlow({ scenarios });
    first.send({ type: 'START', scenario: scenario.id, seed: 'again', players: ['RUS', 'CHN'] });
    const original = playToDebrief(first, 'same-choices');
    first.send({ type: 'REWIND', turn: 1 });
    const again = playToDebrief(first, 'same-choices');
    expect(stateHash(again.final.context.game!)).toBe(stateHash(original.final.context.game!));
  });

  it('a save made mid-game resumes at the same turn, in the briefing, and plays on to the same end', () => {
    const scenario = scenarios.find((s) => s.id === 'eastern-axis-2021')!;
    const actor = startFlow({ scenarios });
    actor.send({ type: 'START', scenario: scenario.id, seed: 'resume', players: ['CHN'] });
    const whole = playToDebrief(actor, 'resume-choices');
    actor.send({ type: 'REWIND', turn: 4 });
    const text = actor.getSnapshot().context.saves.latest!;
    const loaded = readSave(text, scenarios);
    expect(loaded.ok && loaded.value.game.turn).toBe(4);

    const resumed = startFlow({ scenarios }, { latest: text, previous: null });
    resumed.send({ type: 'RESUME', slot: 'latest' } satisfies FlowEvent);
    expect(phaseOf(resumed.getSnapshot())).toBe('briefing');
    expect(stateHash(resumed.getSnapshot().context.game!)).toBe(whole.hashAtTurn.get(4));
  });
});
