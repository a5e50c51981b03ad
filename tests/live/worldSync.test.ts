// Keeping a page's turn flow in step with the class server of a shared world (src/live/worldSync.ts), step by step on
// the small world, with the server's view written out by hand.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, type GameState } from '../../src/engine';
import { personaOthers, phaseOf } from '../../src/machine';
import { seatDecision, worldEvent, type Rebuild } from '../../src/live/worldSync';
import type { WorldView } from '../../src/live/protocol';
import { CLOCK, smallWorld, startFlow } from '../machine/support';

const scenario = smallWorld();
const SEED = 'sync-1';
const start = newGame(scenario, SEED);
const rebuild: Rebuild = (log) => log.reduce<GameState>((game, turn) => (applyDecisions(game, turn.decisions) as { ok: true; value: GameState }).value, start);
const view = (over: Partial<WorldView> = {}): WorldView => ({ turn: 1, phase: 'calling', deadline: null, waitingFor: [], held: [], log: [], injected: [], stateHash: '', ...over });

describe('a page kept in step with a shared world', () => {
  it('is given the world when it has none, then follows the server step by step', () => {
    const page = startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK });
    const first = worldEvent(page.getSnapshot(), view(), 'A', rebuild);
    expect(first?.type).toBe('WORLD');
    page.send(first!);
    expect(worldEvent(page.getSnapshot(), view(), 'A', rebuild)).toBeNull();
    // A is a principal: it calls, and the page tells the server so.
    page.send({ type: 'CONTINUE' });
    expect(phaseOf(page.getSnapshot())).toBe('calling');
    const crisis = start.agenda.crises.find((c) => c.target === 'A')!;
    page.send({ type: 'CALL', side: 'A', crisis: crisis.id, callees: [] });
    const before = page.getSnapshot();
    page.send({ type: 'CONTINUE' });
    expect(seatDecision(before, page.getSnapshot(), 'A')).toEqual({ turn: 1, phase: 'calling', decision: { calls: { [crisis.id]: [] } } });
    // While the server still gathers calls the page waits; then it learns B's calls, not its own back.
    expect(worldEvent(page.getSnapshot(), view(), 'A', rebuild)).toBeNull();
    const bCrisis = start.agenda.crises.find((c) => c.target === 'B')!;
    const calls = { A: { [crisis.id]: [] }, B: { [bCrisis.id]: ['A'] } };
    const told = worldEvent(page.getSnapshot(), view({ phase: 'deciding', calls }), 'A', rebuild);
    expect(told).toEqual({ type: 'CALLS', turn: 1, calls: { B: { calls: calls.B } } });
    page.send(told!);
    expect(phaseOf(page.getSnapshot())).toBe('decisions');
    // The teacher puts an event on the turn the page does not have: it is given the world again.
    expect(worldEvent(page.getSnapshot(), view({ phase: 'deciding', injected: ['no-such-event'] }), 'A', rebuild)?.type).toBe('WORLD');
    // The turn resolved on the server (A ran out of time): the page resolves the same turn.
    const decisions = personaOthers(start, []);
    const resolved = worldEvent(page.getSnapshot(), view({ turn: 2, phase: 'deciding', log: [{ injected: [], decisions }] }), 'A', rebuild);
    expect(resolved).toEqual({ type: 'OTHERS', turn: 1, decisions, final: true });
    page.send(resolved!);
    expect(phaseOf(page.getSnapshot())).toBe('resolution');
    // Reading the outcome, the page is left alone even when the server has moved on.
    expect(worldEvent(page.getSnapshot(), view({ turn: 3, log: [{ injected: [], decisions }, { injected: [], decisions: {} }] }), 'A', rebuild)).toBeNull();
  });

  it('sends a seat’s decisions without its calls, and its stances, as the steps end', () => {
    const page = startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK });
    page.send({ type: 'WORLD', game: start, players: ['B'] });
    page.send({ type: 'CONTINUE' });
    page.send({ type: 'CONTINUE' });
    page.send({ type: 'CALLS', turn: 1, calls: {} });
    page.send({ type: 'POSTURE', side: 'B', toward: 'C', posture: 'hedge' });
    const before = page.getSnapshot();
    page.send({ type: 'SUBMIT', side: 'B' });
    expect(seatDecision(before, page.getSnapshot(), 'B')).toEqual({ turn: 1, phase: 'deciding', decision: { postures: { C: 'hedge' } } });
    const crisis = start.agenda.crises.find((c) => c.target === 'B')!;
    const call = crisis.calls[0]!;
    const told = worldEvent(page.getSnapshot(), view({ phase: 'standing', answers: { [call.id]: 3 } }), 'B', rebuild);
    expect(told).toEqual({ type: 'OTHERS', turn: 1, decisions: { [call.callee]: { answers: { [call.id]: 3 } } }, final: false });
    page.send(told!);
    expect(phaseOf(page.getSnapshot())).toBe('standing');
    page.send({ type: 'STANCE', side: 'B', crisis: crisis.id, stance: 'yield' });
    const standing = page.getSnapshot();
    page.send({ type: 'CONTINUE' });
    expect(seatDecision(standing, page.getSnapshot(), 'B')).toEqual({ turn: 1, phase: 'standing', decision: { stances: { [crisis.id]: 'yield' } } });
  });
});
