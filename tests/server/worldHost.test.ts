// The shared world as the room hosts it, on a clock the test moves by hand: seats, each phase's deadline, pause, the
// teacher's event, and every resolved turn kept in order before anyone is told.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine';
import { personaOthers } from '../../src/machine/others';
import { replayWorld, resumeWorld, startWorld, waitingFor, type WorldTurn } from '../../src/live/world';
import { WorldHost, type WorldClock } from '../../server/worldHost';
import { shipped } from '../helpers';

const scenario = shipped('eastern-axis-2021');
const SEATS = ['RUS', 'CHN', 'IRN', 'USA'];
const TURN_MS = 60_000;

/** A clock that moves only when told. */
class HandClock implements WorldClock {
  t = 1_000_000;
  private timers: { at: number; run: () => void; live: boolean }[] = [];
  now = () => this.t;
  after(ms: number, run: () => void) {
    const timer = { at: this.t + ms, run, live: true };
    this.timers.push(timer);
    return { clear: () => void (timer.live = false) };
  }
  /** Moves on `ms`, running each timer that falls due. */
  pass(ms: number): void {
    this.t += ms;
    for (const timer of this.timers.filter((x) => x.live && x.at <= this.t)) {
      timer.live = false;
      timer.run();
    }
  }
  get pending(): number {
    return this.timers.filter((x) => x.live).length;
  }
}

function hosted(seed = 'h1') {
  const world = startWorld({ scenario, seed, seats: SEATS });
  if (!world.ok) throw new Error(JSON.stringify(world.errors));
  const clock = new HandClock();
  const kept: { turn: number; record: WorldTurn }[] = [];
  const injected: { turn: number; events: readonly string[] }[] = [];
  let changes = 0;
  const host = new WorldHost(
    world.value,
    TURN_MS,
    clock,
    { resolved: async (record, turn) => void kept.push({ turn, record }), injected: async (events, turn) => void injected.push({ turn, events }) },
    personaOthers,
    () => changes++,
  );
  return { host, clock, kept, injected, changes: () => changes };
}

/** Every seated player still to decide sends an empty decision for the phase. */
function allDecide(host: WorldHost, seats: readonly string[]): void {
  for (const seat of waitingFor(host.state)) {
    if (!seats.includes(seat)) continue;
    const { game, phase } = host.state;
    const answer = host.decide(seat, { turn: game.turn, phase: phase as 'deciding', decision: phase === 'calling' ? { calls: {} } : {} });
    expect(answer).toEqual({ ok: true });
  }
}

describe('a world in its room', () => {
  it('gives each student one seat: the one asked for if free, the same one again, never one taken', () => {
    const { host } = hosted();
    expect(host.sit('s1', 'CHN')).toEqual({ ok: true, seat: 'CHN' });
    expect(host.sit('s1')).toEqual({ ok: true, seat: 'CHN' });
    expect(host.sit('s2', 'CHN')).toMatchObject({ ok: false });
    expect(host.sit('s2', 'DEU')).toMatchObject({ ok: false, message: expect.stringContaining('RUS, CHN, IRN, USA') });
    expect(host.sit('s2')).toEqual({ ok: true, seat: 'RUS' });
    for (const s of ['s3', 's4']) expect(host.sit(s).ok).toBe(true);
    expect(host.sit('s5')).toEqual({ ok: false, message: 'Every power of this world has a player already.' });
  });

  it('the clock waits for a first player; each phase then has the turn’s time, and a late seat is the computer’s', () => {
    const { host, clock, kept } = hosted();
    expect(host.view(null).deadline).toBeNull();
    clock.pass(10 * TURN_MS);
    expect(host.state.log).toHaveLength(0);
    host.sit('s1', 'RUS');
    expect(host.view('RUS').deadline).toBe(clock.t + TURN_MS);
    // Only Russia has a player: once it has decided, the seats no one took are the computer's at once; a step with
    // nothing for Russia to decide waits for the others until its deadline.
    while (host.state.log.length === 0) {
      if (!waitingFor(host.state).includes('RUS')) {
        clock.pass(TURN_MS);
        continue;
      }
      const at = clock.t;
      const step = `${host.state.game.turn}:${host.state.phase}`;
      allDecide(host, ['RUS']);
      expect(`${host.state.game.turn}:${host.state.phase}`).not.toBe(step);
      expect(clock.t).toBe(at);
    }
    expect([...host.state.log[0]!.held!].sort()).toEqual(['CHN', 'IRN', 'USA']);
    // Turn 2: Russia says nothing; the deadline passes and the computer holds it for the turn.
    const turn = host.state.game.turn;
    const deadline = host.view(null).deadline!;
    clock.pass(deadline - clock.t - 1);
    expect(host.state.game.turn).toBe(turn);
    while (host.state.game.turn === turn) clock.pass(TURN_MS);
    expect(host.state.log.at(-1)!.held).toContain('RUS');
    expect(clock.pending).toBe(1);
    return host.settled().then(() => expect(kept.map((k) => k.turn)).toEqual(host.state.log.map((_, i) => i + 1)));
  });

  it('pause stops the clock and refuses decisions; resume gives the phase the time it had left', () => {
    const { host, clock } = hosted();
    host.sit('s1', 'RUS');
    clock.pass(TURN_MS / 4);
    host.pause();
    expect(host.view('RUS').deadline).toBeNull();
    expect(host.decide('RUS', { turn: 1, phase: host.state.phase as 'deciding', decision: {} })).toMatchObject({ ok: false, message: expect.stringContaining('paused') });
    clock.pass(10 * TURN_MS);
    expect(host.state.log).toHaveLength(0);
    host.resume();
    expect(host.view('RUS').deadline).toBe(clock.t + (3 * TURN_MS) / 4);
    host.end();
    expect(host.view('RUS').deadline).toBeNull();
    expect(clock.pending).toBe(0);
  });

  it('keeps the teacher’s event, refuses one the engine refuses, and a world taken up again is the same world', async () => {
    const { host, clock, kept, injected } = hosted('h2');
    // Before anyone sits: once a player sits, the seats no one took may already have been decided for.
    const card = scenario.events.find((e) => e.decider === 'RUS' && host.inject(e.id).ok)!;
    expect(card).toBeDefined();
    expect(host.inject(card.id)).toEqual({ ok: false, message: 'That event is on this turn already.' });
    expect(host.inject('no-such-card')).toEqual({ ok: false, message: "The scenario has no event 'no-such-card'." });
    host.sit('s1', 'RUS');
    while (!host.over) clock.pass(TURN_MS);
    await host.settled();
    expect(injected).toEqual([{ turn: 1, events: [card.id] }]);
    const log = kept.map((k) => k.record);
    const again = resumeWorld(host.state.setup, log);
    expect(again.ok && stateHash(again.value.game)).toBe(stateHash(host.state.game));
    const replayed = replayWorld(scenario, 'h2', undefined, log);
    expect(replayed.ok && stateHash(replayed.value)).toBe(stateHash(host.state.game));
    expect(clock.pending).toBe(0);
  });
});
