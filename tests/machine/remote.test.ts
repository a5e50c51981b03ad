// A shared world seen from one page: the flow of a side whose turns the class server resolves. Two pages (A and B of
// the small world) and a stand-in for the server, which gathers their calls and decisions, lets the computer decide
// for C and resolves each turn; each page then resolves the server's turn with its own engine and must arrive at the
// same state.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, restoreRng, seedRng, stateHash, withCalls, type ActorId, type Decisions, type GameState } from '../../src/engine';
import { personaOthers, phaseOf, type FlowEvent } from '../../src/machine';
import { CLOCK, callRequests, playerRequests, smallWorld, stanceRequests, startFlow } from './support';

const scenario = smallWorld();
const SEED = 'shared-1';

describe('a page whose turns the class server resolves', () => {
  it('waits for the other people’s calls and decisions, shows a principal its answers, and resolves the server’s turn', () => {
    const pages = { A: startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK }), B: startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK }) };
    const sides = ['A', 'B'] as const;
    for (const side of sides) pages[side].send({ type: 'START', scenario: scenario.id, seed: SEED, players: [side], remote: true });
    let server: GameState = newGame(scenario, SEED);
    const rng = restoreRng(seedRng('players'));
    const phase = (side: ActorId) => phaseOf(pages[side as 'A'].getSnapshot());
    const send = (side: ActorId, e: FlowEvent) => {
      pages[side as 'A'].send(e);
      expect(pages[side as 'A'].getSnapshot().context.refusal, `${e.type} of ${side}`).toBeNull();
    };
    while (!server.ending) {
      const turn = server.turn;
      for (const side of sides) send(side, { type: 'CONTINUE' });
      // The calling step for principals, then both wait for the other's calls.
      const calls: Decisions = {};
      for (const side of sides) {
        if (phase(side) === 'calling') for (const e of callRequests(server, side, rng)) send(side, e);
        send(side, { type: 'CONTINUE' });
        expect(phase(side)).toBe('awaitingCalls');
        const mine = pages[side].getSnapshot().context.pending[side]?.calls;
        if (mine) calls[side] = { calls: mine };
      }
      // A late word about another turn changes nothing.
      send('A', { type: 'CALLS', turn: turn + 1, calls });
      expect(phase('A')).toBe('awaitingCalls');
      for (const side of sides) send(side, { type: 'CALLS', turn, calls: Object.fromEntries(Object.entries(calls).filter(([s]) => s !== side)) });
      const inPlay = withCalls(server, calls);
      const decided: Decisions = {};
      for (const side of sides) {
        expect(phase(side)).toBe('decisions');
        for (const e of playerRequests(inPlay, side, rng)) send(side, e);
        send(side, { type: 'SUBMIT', side });
        expect(phase(side)).toBe('awaitingOthers');
        decided[side] = pages[side].getSnapshot().context.pending[side]!;
      }
      const computer = personaOthers(inPlay, [...sides]);
      // Each principal sees the answers to its calls, then meets its crisis.
      for (const side of sides) {
        const crises = server.agenda.crises.filter((c) => c.initiator === side || c.target === side);
        if (crises.length === 0) continue;
        const answers: Decisions = {};
        for (const [actor, d] of Object.entries({ ...computer, ...decided })) if (actor !== side && d.answers) answers[actor] = { answers: d.answers };
        send(side, { type: 'OTHERS', turn, decisions: answers, final: false });
        expect(phase(side)).toBe('standing');
        for (const e of stanceRequests(server, side, rng)) send(side, e);
        send(side, { type: 'CONTINUE' });
        expect(phase(side)).toBe('awaitingTurn');
        decided[side] = pages[side].getSnapshot().context.pending[side]!;
      }
      const all = { ...computer, ...decided };
      const next = applyDecisions(server, all);
      if (!next.ok) throw new Error(JSON.stringify(next.errors));
      server = next.value;
      for (const side of sides) {
        send(side, { type: 'OTHERS', turn, decisions: all, final: true });
        expect(phase(side)).toBe('resolution');
        expect(stateHash(pages[side].getSnapshot().context.game!)).toBe(stateHash(server));
        send(side, { type: 'CONTINUE' });
        send(side, { type: 'CONTINUE' });
      }
    }
    for (const side of sides) {
      expect(phase(side)).toBe('debrief');
      // A shared world's game is not kept in the page: it lives on the class server.
      expect(pages[side].getSnapshot().context.saves.latest).toBeNull();
    }
  });

  it('takes the server’s turn when its player ran out of time, and refuses a rewind', () => {
    const page = startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK });
    page.send({ type: 'START', scenario: scenario.id, seed: SEED, players: ['B'], remote: true });
    page.send({ type: 'CONTINUE' });
    // B is still calling when the server, its timer run out, resolves the turn with the computer deciding for B.
    expect(phaseOf(page.getSnapshot())).toBe('calling');
    const start = page.getSnapshot().context.game!;
    const all = personaOthers(start, []);
    page.send({ type: 'OTHERS', turn: 1, decisions: all, final: true });
    expect(phaseOf(page.getSnapshot())).toBe('resolution');
    const expected = applyDecisions(start, all);
    expect(expected.ok && stateHash(page.getSnapshot().context.game!)).toBe(expected.ok && stateHash(expected.value));
    page.send({ type: 'REWIND', turn: 1 });
    expect(page.getSnapshot().context.refusal?.reasons[0]?.code).toBe('no-such-turn');
    expect(page.getSnapshot().context.game!.turn).toBe(2);
  });
});

describe('a shared world’s game given to the page', () => {
  it('starts the turn again from its briefing with the game the server’s log rebuilds, wherever the page was', () => {
    const page = startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK });
    const start = newGame(scenario, SEED);
    page.send({ type: 'WORLD', game: start, players: ['A'] });
    expect(phaseOf(page.getSnapshot())).toBe('briefing');
    expect(page.getSnapshot().context.remote).toBe(true);
    page.send({ type: 'CONTINUE' });
    page.send({ type: 'CALL', side: 'A', crisis: start.agenda.crises.find((c) => c.target === 'A')!.id, callees: [] });
    expect(page.getSnapshot().context.pending.A).toBeDefined();
    // Mid-step, the game is given again (an event put on the turn): what was decided of the turn is dropped.
    page.send({ type: 'WORLD', game: start, players: ['A'] });
    expect(phaseOf(page.getSnapshot())).toBe('briefing');
    expect(page.getSnapshot().context.pending).toEqual({});
    let ended = start;
    while (!ended.ending) ended = (applyDecisions(ended, personaOthers(ended, [])) as { ok: true; value: GameState }).value;
    page.send({ type: 'WORLD', game: ended, players: ['A'] });
    expect(phaseOf(page.getSnapshot())).toBe('debrief');
  });
});
