// Pages and the shared world together: two people's pages, each running the game's own turn flow, kept in step with
// the world's rules (src/live/world.ts) by what the server shows each seat (viewFor) and what each page sends as its
// steps end (src/live/worldSync.ts). One seat runs out of time on a turn; the teacher puts an event on another. Each
// page must arrive, turn by turn, at the world's own state.
import { describe, expect, it } from 'vitest';
import { restoreRng, seedRng, stateHash, type GameState } from '../../src/engine';
import { advance, inject, replayWorld, startWorld, submit, timeOut, viewFor, waitingFor, worldNow, type World } from '../../src/live/world';
import { seatDecision, worldEvent, type Rebuild } from '../../src/live/worldSync';
import { callRequests, CLOCK, playerRequests, smallWorld, stanceRequests, startFlow } from '../machine/support';
import { gameInPlay, personaOthers, phaseOf } from '../../src/machine';

// A crisis the deck never deals (its turns are past the game's end): only the teacher can put it on a turn.
const scenario = smallWorld([{ id: 'north', kind: 'crisis', title: 'A teacher’s crisis', text: '', theatre: 'north', turns: { from: 9, to: 9 }, weight: 1, crisis: { initiator: 'C', target: 'B', severity: 0.5 } }]);
const SEED = 'pages-1';
const SEATS = ['A', 'B'];

const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('people’s pages in one shared world', () => {
  it('resolve every turn as the world does, a seat out of time and a teacher’s event included', () => {
    let world: World = ok(startWorld({ scenario, seed: SEED, seats: SEATS }));
    const rebuild: Rebuild = (log, injected) => ok(worldNow(scenario, SEED, undefined, log, injected));
    const pages = Object.fromEntries(SEATS.map((s) => [s, startFlow({ scenarios: [scenario], decideOthers: personaOthers, now: CLOCK })]));
    const rng = restoreRng(seedRng('people'));
    let injected = false;
    let timedOut = false;
    const seen: string[] = [];
    for (let step = 0; step < 400 && !SEATS.every((s) => phaseOf(pages[s]!.getSnapshot()) === 'debrief'); step++) {
      // The teacher's event, on turn 2 before anyone decides.
      if (!injected && world.game.turn === 2 && Object.keys(world.pending).length === 0) {
        world = ok(inject(world, 'north'));
        injected = true;
      }
      for (const seat of SEATS) {
        const page = pages[seat]!;
        const view = { ...viewFor(world, seat), deadline: null, stateHash: stateHash(world.game) };
        const told = worldEvent(page.getSnapshot(), view, seat, rebuild);
        if (told) page.send(told);
        const before = page.getSnapshot();
        const game = before.context.game as GameState | null;
        const phase = phaseOf(before);
        seen.push(phase);
        // B runs out of time on turn 1's decisions: it does nothing while the world is waiting for it, and once the
        // computer holds its seat for the turn, its page waits for the turn's outcome.
        if (seat === 'B' && game?.turn === 1 && phase === 'decisions' && !timedOut) continue;
        if (view.held.includes(seat) && view.turn === game?.turn) continue;
        if (phase === 'briefing' || phase === 'resolution' || phase === 'report') page.send({ type: 'CONTINUE' });
        else if (phase === 'calling') {
          for (const e of callRequests(game!, seat, rng)) page.send(e);
          page.send({ type: 'CONTINUE' });
        } else if (phase === 'decisions') {
          for (const e of playerRequests(gameInPlay(before.context)!, seat, rng)) page.send(e);
          page.send({ type: 'SUBMIT', side: seat });
        } else if (phase === 'standing') {
          for (const e of stanceRequests(game!, seat, rng)) page.send(e);
          page.send({ type: 'CONTINUE' });
        }
        expect(page.getSnapshot().context.refusal, `${seat} on turn ${game?.turn} in ${phase}`).toBeNull();
        const sent = seatDecision(before, page.getSnapshot(), seat);
        if (sent) world = ok(submit(world, seat, sent));
      }
      if (world.phase !== 'over' && waitingFor(world).length === 0) world = ok(advance(world, personaOthers));
      else if (world.phase !== 'over' && world.game.turn === 1 && world.phase === 'deciding' && waitingFor(world).includes('B') && !waitingFor(world).includes('A')) {
        world = ok(timeOut(world, personaOthers));
        timedOut = true;
      }
    }
    expect(world.phase).toBe('over');
    expect(timedOut && injected).toBe(true);
    expect(world.log[0]!.held).toEqual(['B']);
    expect(world.log[1]!.injected).toEqual(['north']);
    expect(world.log[1]!.decisions.B?.stances ?? world.log[1]!.decisions.B?.calls).toBeDefined();
    const end = stateHash(ok(replayWorld(scenario, SEED, undefined, world.log)));
    for (const seat of SEATS) {
      expect(phaseOf(pages[seat]!.getSnapshot())).toBe('debrief');
      expect(stateHash(pages[seat]!.getSnapshot().context.game!)).toBe(end);
    }
    console.log(`pages in a shared world: ${world.log.length} turns; steps seen ${[...new Set(seen)].join(', ')}`);
  });
});
