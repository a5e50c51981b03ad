// The class server as the tests drive it: started for real on a free port with the embedded database in a temporary
// folder (or a PostgreSQL server), spoken to over HTTP and by real colyseus.js clients, with students who play as
// in class (src/classroom/students.ts) and send each turn as it resolves.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { lessonRules, type ClassSettings } from '../../src/classroom/options';
import { studentCalls, studentMoves } from '../../src/classroom/students';
import { applyDecisions, newGame, restoreRng, seedRng, stateHash, withCalls, type ActorId, type Decisions, type GameState, type Scenario } from '../../src/engine';
import { ROOM_NAME, MSG, type ClassInfo, type JoinOptions, type TurnMove, type Welcome } from '../../src/live/protocol';
import { lookaheadOthers } from '../../src/machine/others';
import { startClassServer, type ClassServer, type ClassServerOptions } from '../../server/app';

export interface Running {
  server: ClassServer;
  folder: string;
  close(): Promise<void>;
}

/** A class server on a free port, with a stand-in build of the game (and a file beside it that must never be served). */
export async function runServer(options: Partial<ClassServerOptions> = {}): Promise<Running> {
  const folder = mkdtempSync(join(tmpdir(), 'bowstring-class-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bowstring</title>');
  writeFileSync(join(dist, 'assets', 'game.js'), 'export {};');
  writeFileSync(join(folder, 'secret.txt'), 'not for the web');
  const server = await startClassServer({ port: 0, dataDir: join(folder, 'data'), distDir: dist, ...options });
  return {
    server,
    folder,
    async close() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function api(server: ClassServer, method: string, path: string, body?: unknown, key?: string): Promise<{ status: number; json: any; text: string }> {
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: a CSV, a file, or nothing.
  }
  return { status: response.status, json, text };
}

/** Every message a room receives, by type, with a way to wait for the next that fits. */
export class Inbox {
  readonly got: { type: string; message: any }[] = [];
  private waiting: { types: string[]; test: (m: any) => boolean; resolve: (m: { type: string; message: any }) => void }[] = [];

  constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      const got = { type: String(type), message };
      const i = this.waiting.findIndex((w) => w.types.includes(got.type) && w.test(message));
      if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(got);
      else this.got.push(got);
    });
  }

  /** The next message of one of `types` for which `test` holds, from those already here or still to come. */
  nextOf(types: string[], test: (m: any) => boolean = () => true, ms = 20_000): Promise<{ type: string; message: any }> {
    const i = this.got.findIndex((g) => types.includes(g.type) && test(g.message));
    if (i >= 0) return Promise.resolve(this.got.splice(i, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${types.join(' or ')} message came in ${ms} ms`)), ms);
      this.waiting.push({ types, test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  async next<T = any>(type: string, test: (m: T) => boolean = () => true, ms?: number): Promise<T> {
    return (await this.nextOf([type], test, ms)).message as T;
  }

  /** Forgets what has come so far of `type`. */
  drop(type: string): void {
    for (let i = this.got.length - 1; i >= 0; i--) if (this.got[i]!.type === type) this.got.splice(i, 1);
  }
}

export const clientOf = (server: ClassServer): Client => new Client(server.url.replace(/^http/, 'ws').replace(/\/$/, ''));

export async function joinClass(server: ClassServer, options: JoinOptions): Promise<Inbox> {
  return new Inbox(await clientOf(server).joinOrCreate(ROOM_NAME, options));
}

/** A student's game, played as src/classroom/students.ts plays one with `student: 'random'`, turn by turn. */
export class StudentGame {
  state: GameState;
  private readonly rng;
  constructor(
    scenario: Scenario,
    info: ClassInfo,
    readonly sides: ActorId[],
    who: string,
  ) {
    this.state = newGame(scenario, info.seed, lessonRules(info.settings as ClassSettings));
    this.rng = restoreRng(seedRng(`student:${info.seed}:${sides.join('+')}:random:${who}`));
  }

  /** The next turn as the page would send it, the game moved on. */
  play(): TurnMove {
    const calls: Decisions = {};
    for (const side of this.sides) calls[side] = { calls: studentCalls(this.state, side, this.rng) };
    const inPlay = withCalls(this.state, calls);
    const mine: Decisions = {};
    for (const side of this.sides) mine[side] = { ...calls[side], ...studentMoves(inPlay, side, this.rng) };
    const next = applyDecisions(this.state, { ...lookaheadOthers(inPlay, this.sides), ...mine });
    if (!next.ok) throw new Error(JSON.stringify(next.errors));
    this.state = next.value;
    return { turn: this.state.log.length, decisions: this.state.log.at(-1)!.decisions, stateHash: stateHash(this.state) };
  }
}

/** Sends a turn and waits for the server's answer to it. */
export async function send(inbox: Inbox, move: unknown, turn: number | null = (move as TurnMove).turn): Promise<{ ack: boolean; message: string }> {
  inbox.room.send(MSG.turn, move);
  const answer = await inbox.nextOf([MSG.ack, MSG.refused], (m: { turn: number | null }) => m.turn === turn);
  return { ack: answer.type === MSG.ack, message: answer.type === MSG.refused ? (answer.message as { message: string }).message : '' };
}

export const welcomeOf = (inbox: Inbox): Promise<Welcome> => inbox.next<Welcome>(MSG.welcome);
