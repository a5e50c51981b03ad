// The live room of one class, where each student plays a game of their own (solo mode). The student's page runs the
// game and the computer's players as it always does and sends each resolved turn; the room replays the turn on its
// own copy of the game and takes it only when it reaches the same state hash. When a game ends (or the teacher ends
// the class), the room hands it in as a result file would be and verifies it by replay, as the file route does.
// The teacher sees a roster of every student; no student sees anything of another.
// A class can instead be one shared world (world mode): each student leads a seat of it, hosted by a WorldHost.
import { Room, ServerError, type AuthContext, type Client } from '@colyseus/core';
import { checkResultFile, type FileCheck } from '../src/classroom/classReport';
import { sideFigures } from '../src/classroom/figures';
import { copiesOf, gameKey, type Handed } from '../src/classroom/duplicates';
import { lessonRules } from '../src/classroom/options';
import { makeResult, writeResult, type ComputerPlayers } from '../src/classroom/resultFile';
import { applyDecisions, gauges, newGame, score, stateHash, tieOf, type ActorId, type GameState, type Scenario } from '../src/engine';
import { lookaheadOthers } from '../src/machine/others';
import { replayWorld, resumeWorld, type WorldTurn } from '../src/live/world';
import type { Rewind } from '../src/persistence/format';
import { decisionErrorText } from '../src/i18n/engineWords';
import {
  MSG,
  checkDecide,
  checkInject,
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
import { WorldHost } from './worldHost';

export interface RoomContext {
  store: ClassStore;
  classes: Classes;
  joins: Limiter;
  /** The live rooms of this process, by class code. */
  rooms: Map<string, ClassRoom>;
  /** The computer's decisions, remembered for every room of the process (see startClassServer). */
  computer: ComputerPlayers;
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
  /** Each time the student went back, as the game's flow counts it: the report shows them beside the verdict. */
  rewinds: Rewind[];
  /** The game's verdict once handed in: the replay's check, and the student whose game it repeats, if any. */
  result: { key: string; check: FileCheck; copyOf: string | null; verdict: 'verified' | 'flagged'; flags: RosterRow['flags'] } | null;
}

/** The shortest token a page may choose for itself: as hard to guess as the server's own. */
const MIN_TOKEN = 20;

/** How often a room tells the database it is alive, and how long after its last word another room may take its class. */
const ROOM_BEAT_MS = 2_000;
const ROOM_STALE_MS = 6_000;

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
    /** Messages are handled one after another, so that the database sees each student's turns in order. */
    private work: Promise<void> = Promise.resolve();
    /** The room's word to the database that it still holds its class. */
    private beat: ReturnType<typeof setInterval> | null = null;
    private rosterTimer: NodeJS.Timeout | null = null;
    /** The shared world, in world mode; null when each student plays alone. */
    private world: WorldHost | null = null;
    /** A finished world's verdict: its log, as kept in the database, replayed to the room's own game. */
    private worldVerdict: RosterRow['verdict'] = 'playing';

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
      let studentId: string | null = null;
      if (join.token !== undefined) {
        const known = await ctx.store.studentByToken(row.code, secretHash(join.token));
        // A token no student has yet is a page's own, chosen before its first join: a join that is tried again after
        // its answer was lost then finds the student it made rather than a name already taken.
        if (known) studentId = known.id;
        else if (join.token.length < MIN_TOKEN) throw new ServerError(400, `A rejoin token has at least ${MIN_TOKEN} characters.`);
      }
      // A student of an ended class may come back to read their game; no one new joins it.
      if (row.status === 'ended' && studentId === null) throw new ServerError(403, 'This class has ended.');
      if (studentId === null) {
        const name = join.name.trim().toLocaleLowerCase();
        if ((await ctx.store.studentsOf(row.code)).some((s) => s.name.trim().toLocaleLowerCase() === name))
          throw new ServerError(409, `A student of this class is already called ${join.name.trim()}: add an initial or a surname.`);
      }
      const scenario = ctx.classes.scenarioOf(row);
      if (!scenario) throw new ServerError(409, "This class's scenario is no longer the one it was made with.");
      // A shared world's seat is given by its room, which knows the seats taken.
      if (row.mode === 'world') return { role: 'student', name: join.name, token: join.token ?? secret(), studentId, seat: join.seat ?? null };
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
      // One room a class, whatever the matchmaker does when many join at once: the database gives the class to one.
      if (!(await ctx.store.claimRoom(row.code, this.roomId, ROOM_STALE_MS))) throw new ServerError(503, 'The class is opening; try again in a moment.');
      this.beat = setInterval(() => {
        void ctx.store.keepRoom(row.code, this.roomId).then(
          (kept) => {
            // Taken by another room (this process was not heard of for too long): its students go there.
            if (!kept) void this.disconnect();
          },
          () => undefined,
        );
      }, ROOM_BEAT_MS);
      this.row = row;
      this.scenario = scenario;
      this.maxClients = 1000;
      await this.load();
      if (row.mode === 'world') await this.loadWorld();
      ctx.rooms.set(row.code, this);

      this.onMessage(MSG.turn, (client, message: unknown) => this.queue(client, message, () => this.turn(client, message)));
      this.onMessage(MSG.rewind, (client, message: unknown) => this.queue(client, message, () => this.rewind(client, message)));
      this.onMessage(MSG.pause, (client, message: unknown) => this.queue(client, message, () => this.setStatus(client, message, 'paused')));
      this.onMessage(MSG.resume, (client, message: unknown) => this.queue(client, message, () => this.setStatus(client, message, 'open')));
      this.onMessage(MSG.end, (client, message: unknown) => this.queue(client, message, () => this.setStatus(client, message, 'ended')));
      this.onMessage(MSG.inject, (client, message: unknown) => this.queue(client, message, async () => this.inject(client, message)));
      this.onMessage(MSG.decide, (client, message: unknown) => this.queue(client, message, async () => this.decide(client, message)));
      this.onMessage('*', (client, type) => this.refuse(client, null, `The class server knows no message '${String(type).slice(0, 40)}'.`));
    }

    /** Every student's game rebuilt from the database: their moves replayed, their rewinds counted, their verdicts. */
    private async load(): Promise<void> {
      const code = this.row.code;
      const [students, moves, rewinds, results] = await Promise.all([ctx.store.studentsOf(code), ctx.store.movesOf(code), ctx.store.rewindsOf(code), ctx.store.resultsOf(code)]);
      const names = new Map(students.map((s) => [s.id, s.name]));
      for (const s of students) {
        const player = this.newPlayer(s.id, s.name, s.side);
        for (const move of moves.get(s.id) ?? []) {
          const next = applyDecisions(player.game, move.decisions);
          if (!next.ok) break;
          player.game = next.value;
          player.moves.push(move);
        }
        player.rewinds = rewinds.get(s.id) ?? [];
        this.players.set(s.id, player);
      }
      for (const r of results) {
        const player = this.players.get(r.studentId);
        if (!player) continue;
        player.result = { key: r.gameKey, check: r.check, copyOf: r.copyOf, verdict: r.verdict, flags: flagsOf(r, names) };
        this.handed.push({ id: r.studentId, key: r.gameKey });
      }
      // A process lost between a game's last turn and its verdict left the game without one: it is handed in once the
      // room is open (verifying can take seconds; students joining at the same moment must find this room meanwhile,
      // not make another).
      const unjudged = [...this.players.values()].filter((p) => p.result === null && (p.game.ending !== null || this.row.status === 'ended'));
      if (unjudged.length > 0)
        this.work = this.work.then(async () => {
          for (const player of unjudged) if (player.result === null) await this.handIn(player);
          this.rosterChanged();
        }).catch((fault: unknown) => console.error('Class room fault:', fault instanceof Error ? fault.message : fault));
    }

    private newPlayer(id: string, name: string, side: ActorId | null): Player {
      const sides = side === null ? [...this.scenario.playable] : [side];
      return { id, name, side, sides, clients: new Set(), moves: [], game: newGame(this.scenario, this.row.seed, lessonRules(this.row.settings)), rewinds: [], result: null };
    }

    override async onJoin(client: Client, _options: unknown, admitted: Admitted): Promise<void> {
      if (admitted.role === 'teacher') {
        client.userData = { role: 'teacher' } satisfies Who;
        this.teachers.add(client);
        client.send(MSG.status, { status: this.row.status });
        client.send(MSG.roster, this.roster());
        if (this.world) client.send(MSG.world, this.world.view(null));
        return;
      }
      let player = admitted.studentId === null ? undefined : this.players.get(admitted.studentId);
      if (!player) {
        const id = admitted.studentId ?? secret(9);
        let side = this.row.settings.side === 'RUS' || this.row.settings.side === 'CHN' ? this.row.settings.side : admitted.seat;
        if (this.world) {
          const sat = this.world.sit(id, admitted.seat ?? undefined);
          if (!sat.ok) throw new ServerError(409, sat.message);
          side = sat.seat;
        }
        player = this.newPlayer(id, admitted.name, side);
        if (admitted.studentId === null) await ctx.store.addStudent(this.row.code, { id: player.id, name: player.name, side }, secretHash(admitted.token));
        this.players.set(player.id, player);
      }
      client.userData = { role: 'student', studentId: player.id } satisfies Who;
      player.clients.add(client);
      const welcome: Welcome = { studentId: player.id, token: admitted.token, side: player.side, info: classInfo(this.row), moves: player.moves };
      client.send(MSG.welcome, welcome);
      if (this.world) client.send(MSG.world, this.world.view(player.side));
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
        if (this.world) back.send(MSG.world, this.world.view(player.side));
        this.rosterChanged();
      } catch {
        // Gone for good: the seat is given up; a reload rejoins with the token.
      }
    }

    override onDispose(): void {
      if (this.rosterTimer) clearTimeout(this.rosterTimer);
      if (this.beat) clearInterval(this.beat);
      if (this.row) void ctx.store.releaseRoom(this.row.code, this.roomId).catch(() => undefined);
      this.world?.end();
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
        this.refuse(client, turnOf(message), { code: 'fault', message: 'The class server met a fault; try again.' });
      });
    }

    private refuse(client: Client, turn: number | null, why: string | Pick<Refused, 'message' | 'code' | 'held'>): void {
      client.send(MSG.refused, { turn, ...(typeof why === 'string' ? { message: why } : why) } satisfies Refused);
    }

    private playerOf(client: Client): Player | undefined {
      const who = client.userData as Who | undefined;
      return who?.role === 'student' ? this.players.get(who.studentId) : undefined;
    }

    /** Why a student may not move now, if not. */
    private closed(): Pick<Refused, 'message' | 'code'> | null {
      if (this.row.status === 'paused') return { code: 'paused', message: 'The class is paused: wait for your teacher to resume it.' };
      if (this.row.status === 'ended') return { code: 'ended', message: 'The class has ended.' };
      return null;
    }

    private async turn(client: Client, message: unknown): Promise<void> {
      const player = this.playerOf(client);
      if (!player) return this.refuse(client, turnOf(message), 'Only a student plays turns.');
      if (this.world) return this.refuse(client, turnOf(message), "In a shared world, decisions are sent with 'decide'.");
      const closed = this.closed();
      if (closed) return this.refuse(client, turnOf(message), closed);
      const checked = checkTurnMove(message);
      if (!checked.ok) return this.refuse(client, turnOf(message), checked.message);
      const move = checked.value;
      const held = player.moves.length;
      if (move.turn > held + 1) return this.refuse(client, move.turn, { code: 'ahead', held, message: `The server holds ${held} turns of your game, so the next is turn ${held + 1}, not ${move.turn}.` });
      const kept = player.moves.slice(0, move.turn - 1);
      const before = move.turn <= held ? this.replay(kept) : player.game;
      if (before.ending) return this.refuse(client, move.turn, { code: 'game-over', message: 'Your game has ended: there is no further turn to play.' });
      const next = applyDecisions(before, move.decisions);
      if (!next.ok) return this.refuse(client, move.turn, `Turn ${move.turn} breaks the rules: ${next.errors.map((e) => decisionErrorText(this.scenario, e)).join(' ')}`);
      if (stateHash(next.value) !== move.stateHash)
        return this.refuse(client, move.turn, { code: 'diverged', held, message: `Turn ${move.turn} takes the server's copy of your game somewhere else than yours; reload the page to go on from turn ${held}.` });
      await ctx.store.addMove(player.id, move, held);
      if (move.turn <= held) await this.dropResult(player, { from: held + 1, to: move.turn });
      player.moves = [...kept, move];
      player.game = next.value;
      client.send(MSG.ack, { turn: move.turn, stateHash: move.stateHash });
      if (player.game.ending) await this.handIn(player);
      this.rosterChanged();
    }

    private async rewind(client: Client, message: unknown): Promise<void> {
      const player = this.playerOf(client);
      if (!player) return this.refuse(client, null, 'Only a student rewinds a game.');
      if (this.world) return this.refuse(client, null, 'A shared world cannot be rewound.');
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
      await this.dropResult(player, { from: held + 1, to: toTurn + 1 });
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
      if (this.world) {
        if (status === 'paused') this.world.pause();
        else if (status === 'open') this.world.resume();
        else this.world.end();
      }
      this.broadcast(MSG.status, { status });
      // As "stop and hand in": every game under way is verified as it stands.
      if (status === 'ended') for (const player of this.players.values()) if (player.result === null) await this.handIn(player);
      this.rosterChanged();
    }

    // ------------------------------------------------------------ the shared world

    /** The world rebuilt from the database: its resolved turns replayed, this turn's injected events put back, its
     *  seats given back to their students. Decisions not yet resolved when the room closed are made again. */
    private async loadWorld(): Promise<void> {
      const code = this.row.code;
      const setup = { scenario: this.scenario, seed: this.row.seed, rules: lessonRules(this.row.settings), seats: this.row.world?.seats ?? [] };
      const rows = await ctx.store.worldTurnsOf(code);
      const log: WorldTurn[] = [];
      for (const r of rows) if (r.decisions) log.push({ injected: r.injected, decisions: r.decisions, ...(r.held ? { held: r.held } : {}) });
      const open = rows.find((r) => r.decisions === null && r.turn === log.length + 1);
      const world = resumeWorld(setup, log, open?.injected ?? []);
      if (!world.ok) throw new ServerError(500, `This class's world does not replay from its record: ${JSON.stringify(world.errors[0]).slice(0, 200)}`);
      const keeper = {
        resolved: (record: WorldTurn, turn: number) => ctx.store.keepWorldTurn(code, turn, record),
        injected: (events: readonly string[], turn: number) => ctx.store.keepWorldInjected(code, turn, events),
      };
      const clock = { now: () => Date.now(), after: (ms: number, run: () => void) => this.clock.setTimeout(run, ms) };
      this.world = new WorldHost(world.value, (this.row.world?.turnSeconds ?? 60) * 1000, clock, keeper, lookaheadOthers, () => this.worldChanged());
      for (const p of this.players.values()) if (p.side !== null) this.world.reseat(p.side, p.id);
      if (this.row.status === 'paused') this.world.pause();
      if (this.world.over) await this.verifyWorld();
    }

    private decide(client: Client, message: unknown): void {
      const player = this.playerOf(client);
      if (!this.world || !player || player.side === null) return this.refuse(client, turnOf(message), 'Only a player of a shared world decides in it.');
      const closed = this.closed();
      if (closed) return this.refuse(client, turnOf(message), closed);
      const checked = checkDecide(message);
      if (!checked.ok) return this.refuse(client, turnOf(message), checked.message);
      const answer = this.world.decide(player.side, checked.value);
      if (!answer.ok) this.refuse(client, checked.value.turn, answer.message);
    }

    private inject(client: Client, message: unknown): void {
      const who = client.userData as Who | undefined;
      if (who?.role !== 'teacher') return this.refuse(client, null, 'Only the teacher injects an event.');
      if (!this.world) return this.refuse(client, null, 'Events are injected only into a shared world, and each student here plays alone.');
      if (this.row.status === 'ended') return this.refuse(client, null, 'The class has ended.');
      const checked = checkInject(message);
      if (!checked.ok) return this.refuse(client, null, checked.message);
      const answer = this.world.inject(checked.value.event);
      if (!answer.ok) this.refuse(client, null, answer.message);
    }

    /** Each player sees its own view, the teacher the public one; the roster follows. */
    private worldChanged(): void {
      const world = this.world;
      if (!world) return;
      for (const p of this.players.values()) for (const c of p.clients) c.send(MSG.world, world.view(p.side));
      for (const t of this.teachers) t.send(MSG.world, world.view(null));
      if (world.over && this.worldVerdict === 'playing') void this.verifyWorld().then(() => this.rosterChanged());
      this.rosterChanged();
    }

    /** A finished world is verified as every game is: its record, read back from the database, replayed by the
     *  engine to the state the room reached. */
    private async verifyWorld(): Promise<void> {
      const world = this.world;
      if (!world) return;
      await world.settled();
      const rows = await ctx.store.worldTurnsOf(this.row.code);
      const log = rows.filter((r) => r.decisions).map((r) => ({ injected: r.injected, decisions: r.decisions! }));
      const replayed = replayWorld(this.scenario, this.row.seed, lessonRules(this.row.settings), log);
      this.worldVerdict = replayed.ok && stateHash(replayed.value) === stateHash(world.state.game) ? 'verified' : 'flagged';
      // Each seat's part of the world goes into the class report as a student's game does: its figures beside history.
      const savedAt = new Date().toISOString();
      for (const p of this.players.values()) {
        if (p.side === null) continue;
        const sides = [p.side];
        const key = gameKey({ scenarioHash: this.row.scenarioHash, seed: this.row.seed, options: this.row.settings, sides, decisions: log.map((t) => t.decisions) });
        const check: FileCheck =
          this.worldVerdict === 'verified' && replayed.ok
            ? { file: p.name, verdict: 'verified', player: p.name, sides, savedAt, game: { scenarioId: this.row.scenarioId, scenarioHash: this.row.scenarioHash, seed: this.row.seed, options: this.row.settings }, figures: [sideFigures(replayed.value, p.side)], gameKey: key, rewinds: 0 }
            : { file: p.name, verdict: 'flagged', player: p.name, sides, codes: ['hash-mismatch'], reason: "The world's record does not replay to the game the class played." };
        await ctx.store.saveResult({ studentId: p.id, gameKey: key, check, verdict: check.verdict, copyOf: null });
      }
    }

    private worldRoster(world: WorldHost): RosterRow[] {
      const game = world.state.game;
      return [...this.players.values()].map((p) => ({
        studentId: p.id,
        name: p.name,
        side: p.side,
        connected: p.clients.size > 0,
        turn: world.state.log.length,
        finished: world.over,
        postures: p.side === null ? {} : { ...game.postures[p.side] },
        gauges: p.side === null ? null : worstFears(game, p.side),
        score: p.side === null ? null : score(game, p.side),
        rewinds: 0,
        verdict: world.over ? this.worldVerdict : 'playing',
        flags: this.worldVerdict === 'flagged' ? [{ code: 'world-replay', message: "The world's record does not replay to the game the class played." }] : [],
      }));
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

    /** The game handed in as its result file, verified by replay. A student who played no turn before the class ended
     *  is listed too, so that the teacher sees who did not play. */
    private async handIn(player: Player): Promise<void> {
      const settings = this.row.settings;
      const result = makeResult(player.game, player.sides, player.name, settings, new Date().toISOString(), player.rewinds);
      const check: FileCheck =
        player.moves.length === 0
          ? { file: player.name, verdict: 'flagged', player: player.name, sides: player.sides, codes: ['no-turns'], reason: 'Played no turn before the class ended.' }
          : checkResultFile({ name: player.name, text: writeResult(result) }, [this.scenario], ctx.computer);
      const key = gameKey({ scenarioHash: this.row.scenarioHash, seed: this.row.seed, options: settings, sides: player.sides, decisions: result.decisions });
      player.result = { key, check, copyOf: null, verdict: check.verdict, flags: [] };
      this.handed = [...this.handed.filter((h) => h.id !== player.id), { id: player.id, key }];
      await this.judgeCopies(key, player.id);
    }

    /**
     * Every game of the class with this key judged again, in the order they were finished: the same game, move for
     * move, finished after another is its copy (a student copying another's moves sends each after they were made).
     * Each verdict that changes is stored; `fresh` is stored in any case.
     */
    private async judgeCopies(key: string, fresh?: string): Promise<void> {
      const same = this.handed.filter((h) => h.key === key);
      const copies = copiesOf(same);
      const names = new Map([...this.players.values()].map((p) => [p.id, p.name]));
      // Every verdict is settled before anything is stored, so that no roster sent meanwhile shows a copy as verified.
      const rows: ResultRow[] = [];
      for (const h of same) {
        const player = this.players.get(h.id);
        const r = player?.result;
        if (!player || !r) continue;
        const copyOf = copies.get(h.id) ?? null;
        if (h.id !== fresh && r.copyOf === copyOf) continue;
        const row: ResultRow = { studentId: player.id, gameKey: key, check: r.check, verdict: r.check.verdict === 'verified' && copyOf === null ? 'verified' : 'flagged', copyOf };
        player.result = { ...r, copyOf, verdict: row.verdict, flags: flagsOf(row, names) };
        rows.push(row);
      }
      for (const row of rows) await ctx.store.saveResult(row);
    }

    private async dropResult(player: Player, rewound: Rewind): Promise<void> {
      player.rewinds = [...player.rewinds, rewound];
      const key = player.result?.key;
      player.result = null;
      this.handed = this.handed.filter((h) => h.id !== player.id);
      // A game no longer handed in may leave another as the first of its kind.
      if (key !== undefined) await this.judgeCopies(key);
    }

    // ------------------------------------------------------------ the teacher's view

    private roster(): RosterRow[] {
      if (this.world) return this.worldRoster(this.world);
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
          rewinds: p.rewinds.length,
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

/** The worst abandonment and entrapment `side` lives with over its ties, and toward whom; null while it has none. */
function worstFears(game: GameState, side: ActorId): RosterRow['gauges'] {
  const fears = game.scenario.actors.filter((a) => a.id !== side && tieOf(game, side, a.id) !== 'none').map((a) => ({ toward: a.id, ...gauges(game, side, a.id) }));
  if (fears.length === 0) return null;
  const worst = (key: 'abandonment' | 'entrapment', among = fears) => among.reduce((w, f) => (f[key] > w[key] ? f : w));
  // A partner whose terms owe nothing in the side's rivalries cannot fail it: the worst fear is of those that owe.
  const owing = fears.filter((f) => f.owes);
  const [a, e] = [worst('abandonment', owing.length > 0 ? owing : fears), worst('entrapment')];
  return { abandonment: a.abandonment, abandonmentToward: a.toward, entrapment: e.entrapment, entrapmentToward: e.toward };
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
