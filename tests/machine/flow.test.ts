// The turn flow's refusals and seams, one by one: what a player is told when a request cannot be granted,
// how the computer players are plugged in, and that the flow holds nothing that ties it to Node or to a browser.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateHash, type ActorId, type GameState } from '../../src/engine';
import { personaOthers, phaseOf, viewOf, type DecideOthers } from '../../src/machine';
import { readSave } from '../../src/persistence';
import { CLOCK, playToDebrief, shippedScenarios, startFlow } from './support';

const scenarios = shippedScenarios();

describe('starting a game', () => {
  const refusedWith = (scenario: string, players: ActorId[]) => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario, seed: 's', players });
    expect(phaseOf(flow.getSnapshot())).toBe('menu');
    return viewOf(flow.getSnapshot(), players[0] ?? 'RUS').refusals[0]!.message;
  };

  it('names what cannot be played, and what can', () => {
    expect(refusedWith('idlib-2021', ['CHN'])).toBe("In 'Russia and Turkey over Idlib (2021)' people may play RUS, each once; CHN cannot be played.");
    expect(refusedWith('idlib-2021', ['RUS', 'CHN'])).toContain('CHN cannot be played');
    expect(refusedWith('alliance-question-2020', ['RUS', 'RUS'])).toContain('RUS cannot be played');
    expect(refusedWith('alliance-question-2020', [])).toBe('Pick a side to play, or two for hot-seat.');
    expect(refusedWith('atlantis', ['RUS'])).toContain("There is no scenario 'atlantis'; the scenarios are afghanistan-2001,");
  });
});

describe('during a game', () => {
  it('deciding out of turn, or rewinding where there is no turn, is refused and changes nothing', () => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario: 'alliance-question-2020', seed: 'turns', players: ['RUS', 'CHN'] });
    flow.send({ type: 'CONTINUE' });
    flow.send({ type: 'CONTINUE' });
    const before = flow.getSnapshot().context;
    flow.send({ type: 'POSTURE', side: 'CHN', toward: 'USA', posture: 'hedge' });
    expect(flow.getSnapshot().context.pending).toBe(before.pending);
    // The refusal goes to the side at the screen; it names no decision, so it gives nothing away.
    expect(viewOf(flow.getSnapshot(), 'RUS').refusals[0]!.message).toBe("It is RUS's turn to decide; CHN cannot decide now.");
    expect(viewOf(flow.getSnapshot(), 'CHN').refusals).toEqual([]);

    for (const turn of [0, 2, 1.5, Number.NaN]) {
      flow.send({ type: 'REWIND', turn });
      expect(flow.getSnapshot().context.game).toBe(before.game);
      expect(viewOf(flow.getSnapshot(), 'RUS').refusals[0]!.message).toBe(`You can rewind to a turn from 1 to 1, not to ${turn}.`);
    }
  });

  it('loading damaged text mid-game never throws and never touches the game', () => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario: 'sino-soviet-1950', seed: 'damaged', players: ['CHN'] });
    // From the briefing to the decisions, through the calls of a crisis of China's own if it has one.
    const toDecisions = () => {
      while (['briefing', 'calling'].includes(phaseOf(flow.getSnapshot()))) flow.send({ type: 'CONTINUE' });
    };
    toDecisions();
    const game = flow.getSnapshot().context.game;
    const good = flow.getSnapshot().context.saves.latest!;
    fc.assert(
      fc.property(fc.nat(good.length - 2), fc.string({ maxLength: 3 }), (at, junk) => {
        const text = good.slice(0, at) + junk + good.slice(at + 2);
        flow.send({ type: 'LOAD', text });
        const snapshot = flow.getSnapshot();
        if (snapshot.context.game !== game) {
          // Only an edit that left the content as it was may load, and then it is the same game.
          expect(stateHash(snapshot.context.game!)).toBe(stateHash(game!));
          toDecisions();
        } else {
          expect(phaseOf(snapshot)).toBe('decisions');
          expect(snapshot.context.refusal?.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('records each rewind, from the turn it stood at to the turn it went back to, in the autosave too; a new game has none', () => {
    const flow = startFlow({ scenarios, now: CLOCK });
    const phase = () => phaseOf(flow.getSnapshot());
    const playTurn = () => {
      for (let i = 0; i < 10 && phase() !== 'decisions'; i++) flow.send({ type: 'CONTINUE' });
      flow.send({ type: 'SUBMIT', side: 'RUS' });
      for (let i = 0; i < 10 && !['briefing', 'debrief', 'fault'].includes(phase()); i++) flow.send({ type: 'CONTINUE' });
      expect(phase()).toBe('briefing');
    };
    const rewinds = () => flow.getSnapshot().context.rewinds;
    const saved = () => {
      const read = readSave(flow.getSnapshot().context.saves.latest, scenarios);
      return read.ok ? read.value.save.rewinds : read.errors;
    };
    flow.send({ type: 'START', scenario: 'eastern-axis-2021', seed: 'rewinds', players: ['RUS'] });
    playTurn();
    playTurn();
    expect(rewinds()).toEqual([]);
    flow.send({ type: 'REWIND', turn: 1 });
    flow.send({ type: 'REWIND', turn: 5 });
    expect(flow.getSnapshot().context.game!.turn).toBe(1);
    playTurn();
    // Back to the turn it was on, having seen the answers to its calls, counts as much as going back further.
    flow.send({ type: 'REWIND', turn: 2 });
    expect(rewinds()).toEqual([
      { from: 3, to: 1 },
      { from: 2, to: 2 },
    ]);
    expect(saved()).toEqual(rewinds());
    flow.send({ type: 'QUIT' });
    expect(rewinds()).toEqual([]);
    flow.send({ type: 'RESUME', slot: 'latest' });
    expect(rewinds()).toEqual([
      { from: 3, to: 1 },
      { from: 2, to: 2 },
    ]);
    flow.send({ type: 'QUIT' });
    flow.send({ type: 'START', scenario: 'eastern-axis-2021', seed: 'rewinds', players: ['RUS'] });
    expect([rewinds(), saved()]).toEqual([[], []]);
  });

  it('quitting returns to the menu with the autosave kept to resume', () => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario: 'eastern-axis-2021', seed: 'quit', players: ['RUS'] });
    for (const event of [{ type: 'CONTINUE' }, { type: 'SUBMIT', side: 'RUS' }, { type: 'CONTINUE' }, { type: 'CONTINUE' }] as const) flow.send(event);
    const game = flow.getSnapshot().context.game!;
    flow.send({ type: 'QUIT' });
    expect(phaseOf(flow.getSnapshot())).toBe('menu');
    expect(flow.getSnapshot().context.game).toBeNull();
    flow.send({ type: 'RESUME', slot: 'latest' });
    expect(stateHash(flow.getSnapshot().context.game!)).toBe(stateHash(game));
  });
});

describe('the computer players', () => {
  it('are one function, given the position and the sides people play; what it decides is what resolves', () => {
    const calls: { turn: number; players: readonly ActorId[]; decided: ReturnType<DecideOthers> }[] = [];
    const spy: DecideOthers = (game: GameState, players) => {
      const decided = personaOthers(game, players);
      calls.push({ turn: game.turn, players, decided });
      return decided;
    };
    const flow = startFlow({ scenarios, decideOthers: spy, now: CLOCK });
    flow.send({ type: 'START', scenario: 'li-lobanov-1896', seed: 'seam', players: ['RUS', 'CHN'] });
    const played = playToDebrief(flow, 'seam');
    const game = played.final.context.game!;
    expect(calls.map((c) => c.turn)).toEqual(game.log.map((r) => r.turn));
    expect(calls.every((c) => c.players.join() === 'RUS,CHN')).toBe(true);
    game.log.forEach((record, i) => {
      for (const [actor, decision] of Object.entries(calls[i]!.decided)) expect(record.decisions[actor]).toBe(decision);
    });
  });
});

describe('portability', () => {
  // The flow and the saves run in Node (tests, tools) and in the browser alike: no DOM, no Node built-ins,
  // except the Node file store, which the browser never imports.
  const files = (dir: string) => readdirSync(new URL(`../../src/${dir}/`, import.meta.url)).map((f) => [`${dir}/${f}`, readFileSync(new URL(`../../src/${dir}/${f}`, import.meta.url), 'utf8')] as const);
  const sources = [...files('machine'), ...files('persistence')].filter(([name]) => name !== 'persistence/file-store.ts');

  it.each(sources.map(([name, text]) => [name, text] as const))('%s uses neither the DOM nor Node', (_name, text) => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/from ['"]node:|require\(|\b(document|window|navigator|process)\b|Math\.random/);
    expect(code).not.toMatch(/['"]\.\/file-store['"]/);
  });
});

describe('the debrief before the end', () => {
  it('is read only once a turn is played, and the game goes on from the next briefing as it was', () => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario: 'idlib-2021', seed: 'early', players: ['RUS'] });
    // Nothing played yet: nothing to debrief.
    flow.send({ type: 'DEBRIEF' });
    expect(phaseOf(flow.getSnapshot())).toBe('briefing');
    // One turn played to its report.
    flow.send({ type: 'CONTINUE' });
    if (phaseOf(flow.getSnapshot()) === 'calling') flow.send({ type: 'CONTINUE' });
    flow.send({ type: 'SUBMIT', side: 'RUS' });
    for (let i = 0; i < 5 && phaseOf(flow.getSnapshot()) !== 'report'; i++) flow.send({ type: 'CONTINUE' });
    expect(phaseOf(flow.getSnapshot())).toBe('report');
    const played = stateHash(flow.getSnapshot().context.game!);
    flow.send({ type: 'DEBRIEF' });
    expect(phaseOf(flow.getSnapshot())).toBe('debrief');
    expect(flow.getSnapshot().context.game!.ending).toBeNull();
    flow.send({ type: 'PLAY_ON' });
    expect(phaseOf(flow.getSnapshot())).toBe('briefing');
    expect(stateHash(flow.getSnapshot().context.game!)).toBe(played);
  });

  it('a game that has ended stays in its debrief', () => {
    const flow = startFlow({ scenarios });
    flow.send({ type: 'START', scenario: 'idlib-2021', seed: 'ended', players: ['RUS'] });
    playToDebrief(flow, 'ended');
    flow.send({ type: 'PLAY_ON' });
    expect(phaseOf(flow.getSnapshot())).toBe('debrief');
  });
});
