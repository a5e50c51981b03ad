// The live room of one class, where each student plays a game of their own (solo mode). The student's page runs the
// game and the computer's players as it always does and sends each resolved turn; the room replays the turn on its
// own copy of the game and takes it only when it reaches the same state hash. When a game ends (or the teacher ends
// the class), the room hands it in as a result file would be and verifies it by replay, as the file route does.
// The teacher sees a roster of every student; no student sees anything of another.
import { Room, ServerError, type AuthContext, type Client } from '@colyseus/core';
import { checkResultFile } from '../src/classroom/classReport';
import { copiesOf, gameKey, type Handed } from '../src/classroom/duplicates';
import { lessonRules } from '../src/classroom/options';
import { computerPlayers, makeResult, writeResult, type ComputerPlayers } from '../src/classroom/resultFile';
import { applyDecisions, gauges, newGame, score, stateHash, tieOf, type ActorId, type GameState, type Scenario } from '../src/engine';
import { decisionErrorText } from '../src/i18n/engineWords';
import {
  MSG,
  checkJoinOptions,
  checkNoBody,
  checkRewind,
  checkTurnMove,
  type ClassStatus,
  type JoinOptions,
  type Refused,
  type RosterRow,
  type TurnMove,
  type Welcome,
} from '../src/live/protocol';
import { classInfo, copyReason, secret, type Classes } from './classes';
import { remote, sameSecret } from './http';
import type { Limiter } from './limits';
import { secretHash, type ClassRow, type ClassStore, type ResultRow } from './store';

export interface RoomContext {
  store: ClassStore;
  classes: Classes;
  joins: Limiter;
  /** The live rooms of this process, by class code. */
  rooms: Map<string, ClassRoom>;
}

/** Who a join was let in as (decided before any room is found or made). */
type Admitted = { role: 'teacher' } | { role: 'student'; name: string; token: string; studentId: string | null; seat: ActorId | null };
type Who = { role: 'teacher' } | { role: 'student'; studentId: string };

/** A student's game as the room holds it. */
interface Player {
  id: string;
  name: string;
  side: ActorId | null;
  /** The sides the student's page plays: one, or every playable side hot-seat. */
  sides: ActorId[];
  clients: Set<Client>;
  moves: TurnMove[];
  game: GameState;
  rewinds: number;
  result: { key: string; verdict: 'verified' | 'flagged'; flags: RosterRow['flags'] } | null;
}

/** The roster reaches teachers at most this often. */
const ROSTER_MS = 250;
/** How long a dropped student's seat is kept. */
const RECONNECT_SECONDS = 60;

export interface ClassRoom extends Room {
  /** The class was deleted: everyone is sent away. */
  deleted(): void;
}

/** The room type, bound to the server's database and limits. */
export function classRoomType(ctx: RoomContext) {
  return class SoloClassRoom extends Room implements ClassRoom {
    private row!: ClassRow;
    private scenario!: Scenario;
    private readonly players = new Map<string, Player>();
    private readonly teachers = new Set<Client>();
    /** Results in hand-in order, to tell a copy from its original. */
    private handed: Handed[] = [];
    /** The computer's decisions, remembered for every game of the class: students share a world. */
    private readonly computer: ComputerPlayers = computerPlayers();
    /** Messages are handled one after another, so that the database sees each student's turns in order. */
    private work: Promise<void> = Promise.resolve();
    private rosterTimer: NodeJS.Timeout | null = null;

    /** Checks a join before any room is found or made: too many attempts, a bad code, key or token, an ended class. */
    static override async onAuth(_token: string, options: Record<string, unknown>, context: AuthContext): Promise<Admitted> {
      const address = context.req ? remote(context.req) : String(context.ip);
      if (!ctx.joins.take(address)) throw new ServerError(429, 'Too many attempts to join from this address; wait a minute.');
      const checked = checkJoinOptions(options);
      if (!checked.ok) throw new ServerError(400, checked.message);
      const join: JoinOptions = checked.value;
      // The room is found by the code as filed, so every spelling of a code must find the same room.
      options.code = join.code;
      const row = await ctx.store.classByCode(join.code);
      if (!row) throw new ServerError(404, 'No class has this code.');
      if (join.role === 'teacher') {
        if (!sameSecret(join.key, row.teacherKeyHash)) throw new ServerError(401, "The teacher's key is wrong.");
        return { role: 'teacher' };
      }
      if (row.status === 'ended') throw new ServerError(403, 'This class has ended.');
      if (row.mode !== 'solo') throw new ServerError(501, 'This server does not run shared-world classes yet.');
      let studentId: string | null = null;
      if (join.token !== undefined) {
        const known = await ctx.store.studentByToken(row.code, secretHash(join.token));
        if (!known) throw new ServerError(401, 'This rejoin token belongs to no student of this class.');
        studentId = known.id;
      }
      const scenario = ctx.classes.scenarioOf(row);
      if (!scenario) throw new ServerError(409, "This class's scenario is no longer the one it was made with.");
      let seat: ActorId | null = null;
      if (row.settings.side === 'free' && studentId === null) {
        if (join.seat === undefined || !scenario.playable.includes(join.seat)) throw new ServerError(400, `This class lets each student pick a power: ask for one of ${scenario.playable.join(', ')}.`);
        seat = join.seat;
      }
      return { role: 'student', name: join.name, token: join.token ?? secret(), studentId, seat };
    }

    override async onCreate(options: { code: string }): Promise<void> {
      const row = await ctx.store.classByCode(options.code);
      const scenario = row && ctx.classes.scenarioOf(row);
      if (!row || !scenario) throw new ServerError(404, 'No class has this code.');
      this.row = row;
      this.scenario = scenario;
      this.maxClients = 1000;
      await this.load();
      ctx.rooms.set(row.code, this);

      this.onMessage(MSG.turn, (client, message: unknown) => this.queue(client, message, () => this.turn(client, message)));
      this.onMessage(MSG.rewind, (client, message: unknown) => this.queue(client, message, () => this.rewind(client, message)));
      this.onMessage(MSG.pause, (client, message: unknown) => this.queue(client, message, () => this.setStatus(client, message, 'paused')));
      this.onMessage(MSG.resume, (client, message: unknown) => this.queue(client, message, () => this.setStatus(client, message, 'open')));
      this.onMessage(MSG.end, (client, message: unknown) => this.queue(client, message, () => this.setStatus(client, message, 'ended')));
      this.onMessage(MSG.inject, (client) => this.refuse(client, null, 'Events are injected only into a shared world, and each student here plays alone.'));
      this.onMessage(MSG.decide, (client) => this.refuse(client, null, 'This class has no shared world: each student plays a game of their own.'));
      this.onMessage('*', (client, type) => this.refuse(client, null, `The class server knows no message '${String(type).slice(0, 40)}'.`));
    }

    /** Every student's game rebuilt from the database: their moves replayed, their rewinds counted, their verdicts. */
    private async load(): Promise<void> {
      const code = this.row.code;
      const [students, moves, rewinds, results] = await Promise.all([ctx.store.studentsOf(code), ctx.store.movesOf(code), ctx.store.rewindCounts(code), ctx.store.resultsOf(code)]);
      const names = new Map(students.map((s) => [s.id, s.name]));
      for (const s of students) {
        const player = this.newPlayer(s.id, s.name, s.side);
        for (const move of moves.get(s.id) ?? []) {
          const next = applyDecisions(player.game, move.decisions);
          if (!next.ok) break;
          player.game = next.value;
          player.moves.push(move);
        }
        player.rewinds = rewinds.get(s.id) ?? 0;
        this.players.set(s.id, player);
      }
      for (const r of results) {
        const player = this.players.get(r.studentId);
        if (!player) continue;
        player.result = { key: r.gameKey, verdict: r.verdict, flags: flagsOf(r, names) };
        this.handed.push({ id: r.studentId, key: r.gameKey });
      }
    }

    private newPlayer(id: string, name: string, side: ActorId | null): Player {
      const sides = side === null ? [...this.scenario.playable] : [side];
      return { id, name, side, sides, clients: new Set(), moves: [], game: newGame(this.scenario, this.row.seed, lessonRules(this.row.settings)), rewinds: 0, result: null };
    }

    override async onJoin(client: Client, _options: unknown, admitted: Admitted): Promise<void> {
      if (admitted.role === 'teacher') {
        client.userData = { role: 'teacher' } satisfies Who;
        this.teachers.add(client);
        client.send(MSG.status, { status: this.row.status });
        client.send(MSG.roster, this.roster());
        return;
      }
      let player = admitted.studentId === null ? undefined : this.players.get(admitted.studentId);
      if (!player) {
        const side = this.row.settings.side === 'RUS' || this.row.settings.side === 'CHN' ? this.row.settings.side : admitted.seat;
        player = this.newPlayer(admitted.studentId ?? secret(9), admitted.name, side);
        if (admitted.studentId === null) await ctx.store.addStudent(this.row.code, { id: player.id, name: player.name, side }, secretHash(admitted.token));
        this.players.set(player.id, player);
      }
      client.userData = { role: 'student', studentId: player.id } satisfies Who;
      player.clients.add(client);
      const welcome: Welcome = { studentId: player.id, token: admitted.token, side: player.side, info: classInfo(this.row), moves: player.moves };
      client.send(MSG.welcome, welcome);
      this.rosterChanged();
    }

    override async onLeave(client: Client, consented: boolean): Promise<void> {
      const who = client.userData as Who | undefined;
      if (who?.role === 'teacher') return void this.teachers.delete(client);
      const player = who ? this.players.get(who.studentId) : undefined;
      if (!player) return;
      player.clients.delete(client);
      this.rosterChanged();
      if (consented) return;
      try {
        const back = await this.allowReconnection(client, RECONNECT_SECONDS);
        player.clients.add(back);
        this.rosterChanged();
      } catch {
        // Gone for good: the seat is given up; a reload rejoins with the token.
      }
    }

    override onDispose(): void {
      if (this.rosterTimer) clearTimeout(this.rosterTimer);
      if (this.row && ctx.rooms.get(this.row.code) === this) ctx.rooms.delete(this.row.code);
    }

    deleted(): void {
      this.row.status = 'ended';
      this.broadcast(MSG.status, { status: 'ended' });
      void this.disconnect();
    }

    // ------------------------------------------------------------ messages

    private queue(client: Client, message: unknown, handle: () => Promise<void>): void {
      this.work = this.work.then(handle).catch((fault: unknown) => {
        console.error('Class room fault:', fault instanceof Error ? fault.message : fault);
        this.refuse(client, turnOf(message), 'The class server met a fault; try again.');
      });
    }

    private refuse(client: Client, turn: number | null, message: string): void {
      client.send(MSG.refused, { turn, message } satisfies Refused);
    }

    private playerOf(client: Client): Player | undefined {
      const who = client.userData as Who | undefined;
      return who?.role === 'student' ? this.players.get(who.studentId) : undefined;
    }

    /** Why a student may not move now, if not. */
    private closed(): string | null {
      if (this.row.status === 'paused') return 'The class is paused: wait for your teacher to resume it.';
      if (this.row.status === 'ended') return 'The class has ended.';
      return null;
    }

    private async turn(client: Client, message: unknown): Promise<void> {
      const player = this.playerOf(client);
      if (!player) return this.refuse(client, turnOf(message), 'Only a student plays turns.');
      const closed = this.closed();
      if (closed) return this.refuse(client, turnOf(message), closed);
      const checked = checkTurnMove(message);
      if (!checked.ok) return this.refuse(client, turnOf(message), checked.message);
      const move = checked.value;
      const held = player.moves.length;
      if (move.turn > held + 1) return this.refuse(client, move.turn, `The server holds ${held} turns of your game, so the next is turn ${held + 1}, not ${move.turn}.`);
      const kept = player.moves.slice(0, move.turn - 1);
      const before = move.turn <= held ? this.replay(kept) : player.game;
      if (before.ending) return this.refuse(client, move.turn, 'Your game has ended: there is no further turn to play.');
      const next = applyDecisions(before, move.decisions);
      if (!next.ok) return this.refuse(client, move.turn, `Turn ${move.turn} breaks the rules: ${next.errors.map((e) => decisionErrorText(this.scenario, e)).join(' ')}`);
      if (stateHash(next.value) !== move.stateHash)
        return this.refuse(client, move.turn, `Turn ${move.turn} takes the server's copy of your game somewhere else than yours; reload the page to go on from turn ${held}.`);
      await ctx.store.addMove(player.id, move, held);
      if (move.turn <= held) this.dropResult(player, true);
      player.moves = [...kept, move];
      player.game = next.value;
      client.send(MSG.ack, { turn: move.turn, stateHash: move.stateHash });
      if (player.game.ending) await this.handIn(player);
      this.rosterChanged();
    }

    private async rewind(client: Client, message: unknown): Promise<void> {
      const player = this.playerOf(client);
      if (!player) return this.refuse(client, null, 'Only a student rewinds a game.');
      const closed = this.closed();
      if (closed) return this.refuse(client, null, closed);
      const checked = checkRewind(message);
      if (!checked.ok) return this.refuse(client, null, checked.message);
      const { toTurn } = checked.value;
      const held = player.moves.length;
      if (toTurn > held) return this.refuse(client, null, `The server holds ${held} turns of your game: a rewind cannot go to turn ${toTurn}.`);
      if (toTurn === held) return;
      await ctx.store.rewind(player.id, held, toTurn);
      player.moves = player.moves.slice(0, toTurn);
      player.game = this.replay(player.moves);
      this.dropResult(player, true);
      this.rosterChanged();
    }

    private async setStatus(client: Client, message: unknown, status: ClassStatus): Promise<void> {
      const who = client.userData as Who | undefined;
      const verb = status === 'paused' ? 'pause' : status === 'open' ? 'resume' : 'end';
      if (who?.role !== 'teacher') return this.refuse(client, null, `Only the teacher may ${verb} the class.`);
      const bare = checkNoBody(message, `The message '${verb}'`);
      if (!bare.ok) return this.refuse(client, null, bare.message);
      if (this.row.status === 'ended') return this.refuse(client, null, 'The class has ended already.');
      await ctx.store.setStatus(this.row.code, status);
      this.row.status = status;
      this.broadcast(MSG.status, { status });
      // As "stop and hand in": every game under way is verified as it stands.
      if (status === 'ended') for (const player of this.players.values()) if (player.result === null && player.moves.length > 0) await this.handIn(player);
      this.rosterChanged();
    }

    // ------------------------------------------------------------ games

    private replay(moves: readonly TurnMove[]): GameState {
      let game = newGame(this.scenario, this.row.seed, lessonRules(this.row.settings));
      for (const move of moves) {
        const next = applyDecisions(game, move.decisions);
        if (!next.ok) break;
        game = next.value;
      }
      return game;
    }

    /** The game handed in as its result file, verified by replay; a game the same as one handed in before is a copy. */
    private async handIn(player: Player): Promise<void> {
      const settings = this.row.settings;
      const result = makeResult(player.game, player.sides, player.name, settings, new Date().toISOString());
      const check = checkResultFile({ name: player.name, text: writeResult(result) }, [this.scenario], this.computer);
      const key = gameKey({ scenarioHash: this.row.scenarioHash, seed: this.row.seed, options: settings, sides: player.sides, decisions: result.decisions });
      this.handed = [...this.handed.filter((h) => h.id !== player.id), { id: player.id, key }];
      const copyOf = copiesOf(this.handed).get(player.id) ?? null;
      const row: ResultRow = { studentId: player.id, gameKey: key, check, verdict: check.verdict === 'verified' && copyOf === null ? 'verified' : 'flagged', copyOf };
      await ctx.store.saveResult(row);
      const names = new Map([...this.players.values()].map((p) => [p.id, p.name]));
      player.result = { key, verdict: row.verdict, flags: flagsOf(row, names) };
    }

    private dropResult(player: Player, rewound: boolean): void {
      if (rewound) player.rewinds++;
      player.result = null;
      this.handed = this.handed.filter((h) => h.id !== player.id);
    }

    // ------------------------------------------------------------ the teacher's view

    private roster(): RosterRow[] {
      return [...this.players.values()].map((p) => {
        const side = p.side;
        return {
          studentId: p.id,
          name: p.name,
          side,
          connected: p.clients.size > 0,
          turn: p.moves.length,
          finished: p.game.ending !== null || p.result !== null,
          postures: side === null ? {} : { ...p.game.postures[side] },
          gauges: side === null ? null : worstFears(p.game, side),
          score: side === null ? null : score(p.game, side),
          rewinds: p.rewinds,
          verdict: p.result?.verdict ?? 'playing',
          flags: p.result?.flags ?? [],
        };
      });
    }

    /** The roster is sent after a change, coalesced: at most one every ROSTER_MS. */
    private rosterChanged(): void {
      if (this.rosterTimer || this.teachers.size === 0) return;
      this.rosterTimer = setTimeout(() => {
        this.rosterTimer = null;
        const roster = this.roster();
        for (const teacher of this.teachers) teacher.send(MSG.roster, roster);
      }, ROSTER_MS);
    }
  };
}

/** The worst abandonment and entrapment `side` lives with over its ties; null while it has none. */
function worstFears(game: GameState, side: ActorId): RosterRow['gauges'] {
  const fears = game.scenario.actors.filter((a) => a.id !== side && tieOf(game, side, a.id) !== 'none').map((a) => gauges(game, side, a.id));
  if (fears.length === 0) return null;
  return { abandonment: Math.max(...fears.map((g) => g.abandonment)), entrapment: Math.max(...fears.map((g) => g.entrapment)) };
}

/** What the teacher is told of a flagged game: the replay's reasons, and whose game a copy repeats. */
function flagsOf(r: ResultRow, names: ReadonlyMap<string, string>): RosterRow['flags'] {
  const flags: RosterRow['flags'] = r.check.verdict === 'flagged' ? [{ code: r.check.codes[0] ?? 'flagged', message: r.check.reason }] : [];
  if (r.copyOf !== null) flags.push({ code: 'copy', message: copyReason(names.get(r.copyOf) ?? '?') });
  return flags;
}

/** The turn a message names, when it names one. */
function turnOf(message: unknown): number | null {
  const turn = typeof message === 'object' && message !== null ? (message as { turn?: unknown }).turn : undefined;
  return typeof turn === 'number' && Number.isInteger(turn) ? turn : null;
}
