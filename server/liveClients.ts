// A student and a teacher of a live class driven from Node with colyseus.js, as their pages would drive the room:
// for the test of several processes and the load bench. A student sends a game computed beforehand, turn by turn,
// and keeps what the server acknowledged; when its process is lost it joins again through the next address with
// its token and goes on from what the server holds.
import { randomBytes } from 'node:crypto';
import { Client, type Room } from 'colyseus.js';
import { MSG, ROOM_NAME, type Ack, type JoinOptions, type Refused, type RosterRow, type StatusUpdate, type TurnMove, type Welcome } from '../src/live/protocol';

/** How long a join or a turn may take before it counts as failed. */
const WAIT_MS = 30_000;

/** Joins the class room through the first of `urls` that lets it in; the last refusal is thrown. */
async function joinThrough(urls: readonly string[], options: JoinOptions): Promise<{ room: Room; url: string }> {
  let last: unknown = new Error('No address to join through.');
  for (const url of urls) {
    try {
      return { room: await new Client(url).joinOrCreate(ROOM_NAME, options), url };
    } catch (fault) {
      last = fault;
    }
  }
  throw last;
}

/** colyseus.js keeps the socket's address on its transport, which its types do not name. */
function socketHost(room: Room): string | undefined {
  const ws = (room.connection.transport as { ws?: { url?: string } }).ws;
  return ws?.url ? new URL(ws.url).host : undefined;
}

/** The first message of `type` on `room`, or a failure when the room is left or the wait is over. */
function first<T>(room: Room, type: string, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no '${type}' within ${WAIT_MS / 1000} s.`)), WAIT_MS);
    room.onMessage(type, (message: T) => {
      clearTimeout(timer);
      resolve(message);
    });
    room.onLeave((code) => {
      clearTimeout(timer);
      reject(new Error(`${what}: the room closed (${code}) before '${type}'.`));
    });
  });
}

export type TurnOutcome = { kind: 'ack'; ms: number } | { kind: 'refused'; message: string } | { kind: 'lost' };

export class LiveStudent {
  /** Chosen before the first join, as a page does, so that a join tried again finds the student the first one made. */
  token: string = randomBytes(24).toString('base64url');
  studentId: string | undefined;
  /** The moves the server acknowledged, by turn, with their hashes: what must never be lost. */
  readonly acked = new Map<number, string>();
  /** Turns held by the server at the last welcome. */
  held = 0;
  joins = 0;
  /** Where the student is connected now, and whether the room is still there. */
  url: string | undefined;
  private room: Room | undefined;
  private pending: ((outcome: TurnOutcome) => void) | null = null;

  constructor(
    readonly code: string,
    readonly name: string,
    /** The whole game, turn by turn. */
    readonly moves: readonly TurnMove[],
  ) {}

  get connected(): boolean {
    return this.room !== undefined;
  }

  /** The room's id, the same for every student of one class whichever process they joined through. */
  get roomId(): string | undefined {
    return this.room?.roomId;
  }

  /** `host:port` of the process hosting the room (the seat reservation sends the socket there). */
  get host(): string | undefined {
    return this.room ? socketHost(this.room) : undefined;
  }

  /** The next turn to send: the first the server does not hold. */
  get next(): number {
    return this.held;
  }

  get finished(): boolean {
    return this.held >= this.moves.length;
  }

  /** Joins (again, with the token once it has one) through the first address that answers; checks that what the
   *  server holds of the game is the game's own beginning. */
  async join(urls: readonly string[]): Promise<Welcome> {
    const options: JoinOptions = { code: this.code, role: 'student', name: this.name, token: this.token };
    const { room, url } = await joinThrough(urls, options);
    const welcome = await first<Welcome>(room, MSG.welcome, this.name);
    this.joins++;
    this.room = room;
    this.url = url;
    this.token = welcome.token;
    this.studentId = welcome.studentId;
    welcome.moves.forEach((m, i) => {
      if (m.turn !== this.moves[i]?.turn || m.stateHash !== this.moves[i]?.stateHash) throw new Error(`${this.name}: the server holds turn ${m.turn} as another game.`);
    });
    for (const [turn, hash] of this.acked) if (welcome.moves[turn - 1]?.stateHash !== hash) throw new Error(`${this.name}: turn ${turn}, acknowledged, is not held any more.`);
    this.held = welcome.moves.length;
    room.onMessage(MSG.ack, (ack: Ack) => this.settle(ack));
    room.onMessage(MSG.refused, (refused: Refused) => this.settle(refused));
    room.onMessage(MSG.status, (_: StatusUpdate) => {});
    room.onLeave(() => {
      this.room = undefined;
      this.pending?.({ kind: 'lost' });
      this.pending = null;
    });
    return welcome;
  }

  /** Sends the next turn and waits for the server's answer (or the loss of the room). */
  playTurn(): Promise<TurnOutcome> {
    const move = this.moves[this.held];
    if (!move) throw new Error(`${this.name} has no turn left to play.`);
    if (!this.room) return Promise.resolve({ kind: 'lost' });
    const sent = performance.now();
    return new Promise<TurnOutcome>((resolve) => {
      const timer = setTimeout(() => finish({ kind: 'refused', message: `no answer within ${WAIT_MS / 1000} s` }), WAIT_MS);
      const finish = (outcome: TurnOutcome) => {
        clearTimeout(timer);
        this.pending = null;
        resolve(outcome);
      };
      this.pending = (outcome) => finish(outcome.kind === 'ack' ? { kind: 'ack', ms: performance.now() - sent } : outcome);
      this.room!.send(MSG.turn, move);
    });
  }

  private settle(answer: Ack | Refused): void {
    const move = this.moves[this.held];
    if ('stateHash' in answer) {
      if (answer.turn !== move?.turn || answer.stateHash !== move.stateHash) {
        this.pending?.({ kind: 'refused', message: `acknowledged turn ${answer.turn} as another game` });
        return;
      }
      this.acked.set(answer.turn, answer.stateHash);
      this.held++;
      this.pending?.({ kind: 'ack', ms: 0 });
    } else {
      this.pending?.({ kind: 'refused', message: answer.message });
    }
  }

  async leave(): Promise<void> {
    const room = this.room;
    this.room = undefined;
    if (room) await room.leave(true).catch(() => undefined);
  }
}

export class LiveTeacher {
  /** The latest roster, and how many were received. */
  roster: RosterRow[] = [];
  rosters = 0;
  joins = 0;
  url: string | undefined;
  private room: Room | undefined;
  private watchers: (() => void)[] = [];

  constructor(
    readonly code: string,
    readonly key: string,
  ) {}

  get connected(): boolean {
    return this.room !== undefined;
  }

  get roomId(): string | undefined {
    return this.room?.roomId;
  }

  async join(urls: readonly string[]): Promise<void> {
    const { room, url } = await joinThrough(urls, { code: this.code, role: 'teacher', key: this.key });
    this.joins++;
    this.room = room;
    this.url = url;
    room.onMessage(MSG.roster, (rows: RosterRow[]) => {
      this.roster = rows;
      this.rosters++;
      for (const watch of this.watchers) watch();
    });
    room.onMessage(MSG.status, (_: StatusUpdate) => {});
    room.onLeave(() => void (this.room = undefined));
  }

  /** Resolves when the roster satisfies `test`, or fails after `ms`. */
  until(test: (rows: RosterRow[]) => boolean, ms: number): Promise<void> {
    if (test(this.roster)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const watch = () => {
        if (!test(this.roster)) return;
        clearTimeout(timer);
        this.watchers = this.watchers.filter((w) => w !== watch);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers = this.watchers.filter((w) => w !== watch);
        reject(new Error(`Class ${this.code}: the roster did not show what was awaited within ${ms / 1000} s.`));
      }, ms);
      this.watchers.push(watch);
    });
  }

  send(type: string, body?: unknown): void {
    this.room?.send(type, body);
  }

  async leave(): Promise<void> {
    const room = this.room;
    this.room = undefined;
    if (room) await room.leave(true).catch(() => undefined);
  }
}
