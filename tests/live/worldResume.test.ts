// A page given a shared world afresh in the middle of a turn (src/live/worldResume.ts): on the small world, seat A
// calls and decides, its page is reloaded, and the new page is taken through those steps again from what the server
// holds, to wait where A waits, sending nothing twice; the same after A has stood firm or backed down. Once the turn
// resolves, the pages' games are the server's, and a game of another seed is told apart.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, restoreRng, seedRng, stateHash, type ActorId } from '../../src/engine';
import { advance, startWorld, submit, viewFor, worldNow, type World } from '../../src/live/world';
import { seatDecision, worldEvent, type Rebuild } from '../../src/live/worldSync';
import { matchesServer, resumeStep, serverWaitsFor } from '../../src/live/worldResume';
import type { WorldView } from '../../src/live/protocol';
import { gameInPlay, personaOthers, phaseOf, type Flow } from '../../src/machine';
import { callRequests, CLOCK, playerRequests, smallWorld, stanceRequests, startFlow } from '../machine/support';
import type { Actor } from 'xstate';

const scenario = smallWorld();
const SEED = 'resume-1';
const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const rebuild: Rebuild = (log, injected) => ok(worldNow(scenario, SEED, undefined, log, injected));
const viewOf = (world: World, seat: ActorId): WorldView => ({ ...viewFor(world, seat), deadline: null, stateHash: stateHash(world.game) });
const newPage = () => startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK });

/** What a page's driver does with a view: tell the flow, step after step, until it is where the server is; every
 *  step it finishes that the server waits for is sent (returned), the rest not. */
function drive(page: Actor<Flow>, view: WorldView, seat: ActorId): number {
  let sent = 0;
  for (let i = 0; i < 30; i++) {
    const before = page.getSnapshot();
    const event = worldEvent(before, view, seat, rebuild) ?? resumeStep(before, view, seat);
    if (!event) return sent;
    page.send(event);
    expect(page.getSnapshot().context.refusal, `${event.type} in ${phaseOf(before)}`).toBeNull();
    const step = seatDecision(before, page.getSnapshot(), seat);
    if (step && serverWaitsFor(view, seat, step)) sent++;
  }
  throw new Error('the page never came to rest');
}

describe('a page given the world again in the middle of a turn', () => {
  it('takes again the steps its seat has taken, sends none of them twice, and ends the turn on the server’s state', () => {
    let world: World = ok(startWorld({ scenario, seed: SEED, seats: ['A', 'B'] }));
    const rng = restoreRng(seedRng('resume'));
    const page = newPage();
    // A calls on turn 1, as does B; A then decides, and B has not yet.
    drive(page, viewOf(world, 'A'), 'A');
    page.send({ type: 'CONTINUE' });
    expect(phaseOf(page.getSnapshot())).toBe('calling');
    for (const e of callRequests(page.getSnapshot().context.game!, 'A', rng)) page.send(e);
    let before = page.getSnapshot();
    page.send({ type: 'CONTINUE' });
    world = ok(submit(world, 'A', seatDecision(before, page.getSnapshot(), 'A')!));
    world = ok(submit(world, 'B', { turn: 1, phase: 'calling', decision: { calls: {} } }));
    world = ok(advance(world, personaOthers));
    expect(world.phase).toBe('deciding');
    drive(page, viewOf(world, 'A'), 'A');
    expect(phaseOf(page.getSnapshot())).toBe('decisions');
    const requests = playerRequests(gameInPlay(page.getSnapshot().context)!, 'A', rng);
    requests.push({ type: 'POSTURE', side: 'A', toward: 'C', posture: 'hedge' });
    for (const e of requests) page.send(e);
    before = page.getSnapshot();
    page.send({ type: 'SUBMIT', side: 'A' });
    world = ok(submit(world, 'A', seatDecision(before, page.getSnapshot(), 'A')!));

    // Reloaded: a new page, given the world, waits for the others with A's calls and decisions as the server has them.
    const again = newPage();
    expect(drive(again, viewOf(world, 'A'), 'A')).toBe(0);
    expect(phaseOf(again.getSnapshot())).toBe('awaitingOthers');
    expect(again.getSnapshot().context.pending.A).toEqual(world.pending.A);
    // B's page, in the same state of the world, is taken past the calls B made, and asked to decide.
    const other = newPage();
    expect(drive(other, viewOf(world, 'B'), 'B')).toBe(0);
    expect(phaseOf(other.getSnapshot())).toBe('decisions');
    expect(other.getSnapshot().context.pending.B?.calls ?? {}).toEqual({});
    // The server waits for B's decisions, and would not take them once the computer held B's seat for the turn.
    expect(serverWaitsFor(viewOf(world, 'B'), 'B', { turn: 1, phase: 'deciding' })).toBe(true);
    expect(serverWaitsFor({ ...viewOf(world, 'B'), waitingFor: [], held: ['B'] }, 'B', { turn: 1, phase: 'deciding' })).toBe(false);

    // B decides; A is in its crisis, so the turn goes on to standing, and A's reloaded page takes its answers.
    world = ok(submit(world, 'B', { turn: 1, phase: 'deciding', decision: {} }));
    world = ok(advance(world, personaOthers));
    expect(world.phase).toBe('standing');
    drive(again, viewOf(world, 'A'), 'A');
    expect(phaseOf(again.getSnapshot())).toBe('standing');
    for (const e of stanceRequests(again.getSnapshot().context.game!, 'A', rng)) again.send(e);
    before = again.getSnapshot();
    again.send({ type: 'CONTINUE' });
    const stood = seatDecision(before, again.getSnapshot(), 'A')!;
    expect(serverWaitsFor(viewOf(world, 'A'), 'A', stood)).toBe(true);
    world = ok(submit(world, 'A', stood));

    // Reloaded once more after standing: the third page waits for the turn, having sent nothing.
    const third = newPage();
    expect(drive(third, viewOf(world, 'A'), 'A')).toBe(0);
    expect(phaseOf(third.getSnapshot())).toBe('awaitingTurn');
    expect(third.getSnapshot().context.pending.A).toEqual(world.pending.A);

    // B stands; the turn resolves, and every page of A is at the server's state.
    if (world.phase === 'standing' && viewOf(world, 'B').waitingFor.includes('B')) world = ok(submit(world, 'B', { turn: 1, phase: 'standing', decision: { stances: {} } }));
    world = ok(advance(world, personaOthers));
    expect(world.log).toHaveLength(1);
    for (const p of [again, third]) {
      drive(p, viewOf(world, 'A'), 'A');
      expect(phaseOf(p.getSnapshot())).toBe('resolution');
      expect(matchesServer(p.getSnapshot().context.game!, viewOf(world, 'A'))).toBe('same');
    }
    // A game of another seed at the same point is told apart; one a turn behind cannot be compared.
    const elsewhere = ok(applyDecisions(newGame(scenario, 'another-seed'), {}));
    expect(matchesServer(elsewhere, viewOf(world, 'A'))).toBe('differs');
    expect(matchesServer(newGame(scenario, SEED), viewOf(world, 'A'))).toBeNull();
  });
});
