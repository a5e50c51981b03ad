// A shared world on the real class server: a teacher makes a world class of "The Eastern Axis" (2021) for Russia,
// China, Iran and the United States; four colyseus.js clients take the seats and play the lesson to its end, deciding
// at random as students would; one drops in the middle of a turn and comes back to its seat and its decision; the
// server is restarted mid-game and takes the world up again from its database; the final state, replayed in Node
// from the log the players saw, is the room's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import { injectEvent, restoreRng, seedRng, stateHash, withCalls, type ActorDecision, type ActorId, type Decisions, type GameState, type Rng } from '../../src/engine';
import { studentCalls, studentMoves } from '../../src/classroom/students';
import { lessonRules, type ClassSettings } from '../../src/classroom/options';
import { MSG, ROOM_NAME, type Decide, type RosterRow, type Welcome, type WorldView } from '../../src/live/protocol';
import { replayWorld } from '../../src/live/world';
import { api } from './support';
import { startClassServer, type ClassServer } from '../../server/app';
import { shipped } from '../helpers';

const SCENARIO = 'eastern-axis-2021';
const SEATS = ['RUS', 'CHN', 'IRN', 'USA'];
const SETTINGS: ClassSettings = { side: 'RUS', advisor: false, turns: 3 };
const SEED = 'world-class';
const scenario = shipped(SCENARIO);
const dataDir = mkdtempSync(join(tmpdir(), 'bowstring-world-'));
let server: ClassServer;
const start = async () => (server = await startClassServer({ port: 0, dataDir, distDir: join(dataDir, 'no-dist') }));

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every message a room sent, in order, and a way to wait for the next one that matters. */
class Inbox {
  readonly messages: { type: string; body: unknown }[] = [];
  private waiters: (() => void)[] = [];
  constructor(public room: Room) {
    this.listen(room);
  }
  listen(room: Room): void {
    this.room = room;
    room.onMessage('*', (type, body) => {
      this.messages.push({ type: String(type), body });
      for (const w of this.waiters.splice(0)) w();
    });
  }
  /** The first message from `from` on that `test` accepts. */
  async next<T>(type: string, test: (body: T) => boolean = () => true, from = 0, ms = 15_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.messages.slice(from).find((m) => m.type === type && test(m.body as T));
      if (found) return found.body as T;
      if (Date.now() > deadline) throw new Error(`no '${type}' came: ${JSON.stringify(this.messages.slice(-3))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }
  last<T>(type: string): T | undefined {
    return this.messages.filter((m) => m.type === type).at(-1)?.body as T | undefined;
  }
}

const endpoint = () => server.url.replace(/^http/, 'ws');
async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, string> }> {
  const res = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, string> };
}
const join_ = async (options: Record<string, unknown>) => new Inbox(await new Client(endpoint()).joinOrCreate(ROOM_NAME, options));

/** The position a page rebuilds from a view: the log replayed, this turn's events injected, the public calls made. */
function positionOf(view: WorldView): { game: GameState; calls: Decisions } {
  const replayed = replayWorld(scenario, SEED, lessonRules(SETTINGS), view.log);
  if (!replayed.ok) throw new Error(JSON.stringify(replayed.errors));
  let game = replayed.value;
  for (const e of view.injected) {
    const r = injectEvent(game, e);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    game = r.value;
  }
  const calls: Decisions = {};
  for (const [caller, byCrisis] of Object.entries(view.calls ?? {})) calls[caller] = { calls: byCrisis };
  return { game, calls };
}

/** A student's random legal piece for the phase the view is at. */
function pieceFor(view: WorldView, seat: ActorId, rng: Rng): ActorDecision {
  const { game, calls } = positionOf(view);
  if (view.phase === 'calling') return { calls: studentCalls(game, seat, rng) };
  const { stances, ...rest } = studentMoves(withCalls(game, calls), seat, rng);
  return view.phase === 'standing' ? { stances } : rest;
}

describe('a shared world on the class server', () => {
  it('four players take their seats, play the lesson to its end across a drop and a restart, and the room’s game is the log’s', async () => {
    await start();
    const made = await post('/api/classes', { scenarioId: SCENARIO, settings: SETTINGS, seed: SEED, mode: 'world', world: { seats: SEATS, turnSeconds: 600 } });
    expect(made.status).toBe(201);
    const { code, teacherKey } = made.json as { code: string; teacherKey: string };

    let teacher = await join_({ code, role: 'teacher', key: teacherKey });
    const players = new Map<ActorId, { inbox: Inbox; token: string }>();
    for (const seat of SEATS) {
      const inbox = await join_({ code, role: 'student', name: `Student ${seat}`, seat });
      const welcome = await inbox.next<Welcome>(MSG.welcome);
      expect(welcome.side).toBe(seat);
      players.set(seat, { inbox, token: welcome.token });
    }
    // A seat is one player's: asking for a taken one is refused with a sentence.
    await expect(join_({ code, role: 'student', name: 'Late', seat: 'CHN' })).rejects.toThrow(/Another player leads CHN/);

    // The teacher brings a later card forward onto turn 1, before anyone decides it; a student may not.
    const russia = players.get('RUS')!.inbox;
    const refusedFrom = russia.messages.length;
    russia.room.send(MSG.inject, { event: 'geneva-engage' });
    expect((await russia.next<{ message: string }>(MSG.refused, () => true, refusedFrom)).message).toBe('Only the teacher injects an event.');
    teacher.room.send(MSG.inject, { event: 'geneva-engage' });
    await teacher.next<WorldView>(MSG.world, (v) => v.injected.includes('geneva-engage'));

    const rng = restoreRng(seedRng('world-class-players'));
    const views = () => teacher.last<WorldView>(MSG.world)!;
    let dropped = false;
    let restarted = false;
    const stepKey = (v: WorldView) => `${v.turn}:${v.phase}`;
    for (let guard = 0; guard < 40; guard++) {
      const view = await teacher.next<WorldView>(MSG.world);
      const now = views();
      if (now.phase === 'over') break;
      expect(view).toBeDefined();

      if (!restarted && now.turn === 2) {
        // The server stops between two turns and starts again on the same database: everyone comes back by token.
        restarted = true;
        await server.stop();
        await start();
        teacher = await join_({ code, role: 'teacher', key: teacherKey });
        for (const [seat, p] of players) {
          p.inbox = await join_({ code, role: 'student', name: `Student ${seat}`, token: p.token });
          expect((await p.inbox.next<Welcome>(MSG.welcome)).side).toBe(seat);
        }
        await teacher.next<WorldView>(MSG.world, (v) => v.turn === 2);
        continue;
      }

      for (const seat of views().waitingFor) {
        const p = players.get(seat)!;
        const mine = await p.inbox.next<WorldView>(MSG.world, (v) => stepKey(v) === stepKey(views()));
        const move: Decide = { turn: mine.turn, phase: mine.phase as Decide['phase'], decision: pieceFor(mine, seat, rng) };
        const from = teacher.messages.length;
        p.inbox.room.send(MSG.decide, move);
        await teacher.next<WorldView>(MSG.world, (v) => !v.waitingFor.includes(seat) || stepKey(v) !== stepKey(mine), from);

        if (!dropped && mine.turn === 2 && mine.phase === 'deciding' && views().phase === 'deciding') {
          // Dropped in the middle of the turn, and back: the same seat, and the decision it had sent.
          dropped = true;
          const token = p.inbox.room.reconnectionToken;
          await p.inbox.room.leave(false);
          const back = await new Client(endpoint()).reconnect(token);
          p.inbox.listen(back);
          const seen = await p.inbox.next<WorldView>(MSG.world, (v) => v.turn === 2, p.inbox.messages.length);
          expect(seen.mine).toEqual(move.decision);
          expect(seen.waitingFor).not.toContain(seat);
        }
      }
    }
    const end = views();
    expect(end.phase).toBe('over');
    expect(dropped && restarted).toBe(true);
    expect(end.log).toHaveLength(SETTINGS.turns!);
    expect(end.log.map((t) => t.injected)).toEqual([['geneva-engage'], [], []]);
    // No seat was ever decided for by the computer: everyone decided in time.
    expect(end.log.every((t) => t.held === undefined)).toBe(true);
    const replayed = replayWorld(scenario, SEED, lessonRules(SETTINGS), end.log);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(stateHash(replayed.value)).toBe(end.stateHash);
    // The teacher's roster says the world was verified from the database's record.
    const roster = await teacher.next<RosterRow[]>(MSG.roster, (r) => r.length === 4 && r.every((row) => row.verdict === 'verified'));
    expect(roster.map((r) => r.side).sort()).toEqual([...SEATS].sort());
    // The class report, from the database: each seat's part of the world verified, with its figures beside history.
    const report = await api(server, 'GET', `/api/classes/${code}/report`, undefined, teacherKey);
    expect(report.status).toBe(200);
    expect(report.json.rows.map((r: { sides: string[]; verdict: string }) => `${r.sides[0]} ${r.verdict}`).sort()).toEqual([...SEATS].sort().map((s) => `${s} verified`));
    expect(report.json.sides.map((s: { side: string }) => s.side).sort()).toEqual([...SEATS].sort());
    for (const p of players.values()) await p.inbox.room.leave(true);
    await teacher.room.leave(true);
  }, 60_000);
});
