// A shared world hosted in a class's room: its seats given to students, each phase's deadline on the room's clock,
// the teacher's event and pause, and every change kept (the resolved turns, the events injected into the turn being
// decided) before anyone is told, so a restarted server takes the world up again. The rules are src/live/world.ts.
import { stateHash, type ActorId, type GameState, type InjectError, type Scenario } from '../src/engine';
import { decisionErrorText } from '../src/i18n/engineWords';
import type { Decide, WorldView } from '../src/live/protocol';
import { advance, inject, submit, timeOut, viewFor, waitingFor, type DecideOthers, type World, type WorldRefusal, type WorldTurn } from '../src/live/world';

/** The room's clock, as the host needs it. */
export interface WorldClock {
  now(): number;
  after(ms: number, run: () => void): { clear(): void };
}

/** Where a world is kept: each resolved turn, and the events injected into the turn being decided. */
export interface WorldKeeper {
  resolved(record: WorldTurn, turn: number): Promise<void>;
  injected(events: readonly string[], turn: number): Promise<void>;
}

export type Answer = { ok: true } | { ok: false; message: string };

export class WorldHost {
  private deadline: number | null = null;
  /** While paused: the time the phase had left. */
  private left: number | null = null;
  private timer: { clear(): void } | null = null;
  /** Keeping is done in order, one change after another. */
  private keeping: Promise<void> = Promise.resolve();
  /** The hash of the game being decided, made once for all the views of it. */
  private hashed: { game: GameState; hash: string } | null = null;
  /** seat → the student who leads it. */
  private readonly seated = new Map<ActorId, string>();

  constructor(
    private world: World,
    private readonly turnMs: number,
    private readonly clock: WorldClock,
    private readonly keeper: WorldKeeper,
    private readonly decideOthers: DecideOthers,
    /** Called after every change the players may see. */
    private readonly changed: () => void,
  ) {}

  get scenario(): Scenario {
    return this.world.setup.scenario;
  }
  get seats(): readonly ActorId[] {
    return this.world.setup.seats;
  }
  get over(): boolean {
    return this.world.phase === 'over';
  }
  get state(): World {
    return this.world;
  }

  /** Every change kept so far has been written. */
  settled(): Promise<void> {
    return this.keeping;
  }

  /** The seat of a student: the one it leads already, else the one asked for (or the first free one) if free. */
  sit(studentId: string, asked?: ActorId): { ok: true; seat: ActorId } | { ok: false; message: string } {
    for (const [seat, who] of this.seated) if (who === studentId) return { ok: true, seat };
    if (asked !== undefined && !this.seats.includes(asked)) return { ok: false, message: `No player leads ${asked} in this world; the powers given to players are ${this.seats.join(', ')}.` };
    const seat = asked ?? this.seats.find((s) => !this.seated.has(s));
    if (seat === undefined) return { ok: false, message: 'Every power of this world has a player already.' };
    if (this.seated.has(seat)) return { ok: false, message: `Another player leads ${seat} already; ask your teacher which power is yours.` };
    this.seated.set(seat, studentId);
    // The others may be on their way: the world waits for them until a seated player decides or the clock runs out.
    this.startClock();
    this.changed();
    return { ok: true, seat };
  }

  /** A seat taken in an earlier life of the room (from the database). */
  reseat(seat: ActorId, studentId: string): void {
    if (this.seats.includes(seat)) this.seated.set(seat, studentId);
  }

  /** A player's decision for a phase of the turn. */
  decide(seat: ActorId, move: Decide): Answer {
    if (this.left !== null) return { ok: false, message: 'The class is paused: wait for your teacher to resume it.' };
    const r = submit(this.world, seat, move);
    if (!r.ok) return { ok: false, message: refusalText(this.scenario, r.errors[0]!) };
    this.world = r.value;
    this.proceed();
    this.changed();
    return { ok: true };
  }

  /** After a decision, moves the world on while it waits for no seated player: the seats no one has taken are the
   *  computer's as soon as every seated player has decided. Nothing moves before a first player sits, nor while paused. */
  private proceed(): void {
    while (!this.over && this.left === null && this.seated.size > 0) {
      const waiting = waitingFor(this.world);
      if (waiting.some((s) => this.seated.has(s))) return;
      const moved = this.move(waiting.length === 0 ? advance(this.world, this.decideOthers) : timeOut(this.world, this.decideOthers));
      if (!moved) return;
    }
  }

  /** The teacher's event, before anyone decides the turn. */
  inject(event: string): Answer {
    const r = inject(this.world, event);
    if (!r.ok) return { ok: false, message: refusalText(this.scenario, r.errors[0]!) };
    this.world = r.value;
    const events = [...this.world.injected];
    const turn = this.world.game.turn;
    this.keep(() => this.keeper.injected(events, turn));
    this.changed();
    return { ok: true };
  }

  /** The clock stops and decisions wait; the phase keeps the time it had left (all of it, when no clock ran). */
  pause(): void {
    if (this.left !== null) return;
    this.left = this.deadline === null ? this.turnMs : Math.max(0, this.deadline - this.clock.now());
    this.stopClock();
  }

  resume(): void {
    const left = this.left;
    this.left = null;
    if (left === null) return;
    this.startClock(left);
    this.changed();
  }

  /** The class ended: the clock stops for good. */
  end(): void {
    this.left = null;
    this.stopClock();
  }

  /** What `seat` (null: the teacher) may see now, with the phase's deadline. */
  view(seat: ActorId | null): WorldView {
    if (this.hashed?.game !== this.world.game) this.hashed = { game: this.world.game, hash: stateHash(this.world.game) };
    return { ...viewFor(this.world, seat), deadline: this.deadline, stateHash: this.hashed.hash };
  }

  /** The world after a phase moved on: resolved turns kept, the clock set for the new phase. */
  private move(r: ReturnType<typeof advance>): boolean {
    if (!r.ok) {
      // Only a fault of the rules can refuse a world that is due to move on: say so, and keep the world as it was.
      console.error(`The world of the class could not move on: ${refusalText(this.scenario, r.errors[0]!)}`);
      return false;
    }
    const before = this.world.log.length;
    this.world = r.value;
    for (let i = before; i < this.world.log.length; i++) {
      const record = this.world.log[i]!;
      this.keep(() => this.keeper.resolved(record, i + 1));
    }
    this.stopClock();
    this.startClock();
    return true;
  }

  private keep(write: () => Promise<void>): void {
    this.keeping = this.keeping.then(write).catch((e: unknown) => console.error('A change to the world was not kept:', e));
  }

  /** Each phase has the turn's time; the clock runs once a player has a seat, and not while paused. */
  private startClock(ms = this.turnMs): void {
    if (this.timer || this.left !== null || this.over || this.seated.size === 0) return;
    this.deadline = this.clock.now() + ms;
    this.timer = this.clock.after(ms, () => {
      this.timer = null;
      if (this.move(timeOut(this.world, this.decideOthers))) this.proceed();
      this.changed();
    });
  }

  private stopClock(): void {
    this.timer?.clear();
    this.timer = null;
    this.deadline = null;
  }
}

const injectText = (e: InjectError): string => {
  switch (e.code) {
    case 'game-over':
      return 'The game is over.';
    case 'unknown-event':
      return `The scenario has no event '${e.event}'.`;
    case 'on-agenda':
      return 'That event is on this turn already.';
    case 'dealt-once':
      return 'That event has been dealt already, and it comes only once.';
    case 'same-crisis':
      return 'A crisis between those two powers in that theatre is on this turn already.';
    case 'nothing-to-decide':
      return 'That event puts nothing to anyone.';
  }
};

/** A refusal in a short English sentence (the server has no page language). */
export function refusalText(scenario: Scenario, r: WorldRefusal): string {
  switch (r.code) {
    case 'game-over':
      return 'The game is over.';
    case 'not-a-seat':
      return 'You lead no power in this world.';
    case 'wrong-turn':
      return `That decision is for turn ${r.turn}; the world is deciding turn ${r.expected}.`;
    case 'wrong-phase':
      return `That decision is for the ${r.phase} step; the world is at the ${r.expected} step.`;
    case 'held':
      return 'Your time ran out: the computer decides for your power until this turn ends.';
    case 'nothing-to-decide':
      return `Your power has nothing to decide at the ${r.phase} step.`;
    case 'bad-shape':
      return r.messages.join(' ');
    case 'wrong-part':
      return `At the ${r.phase} step a decision may not hold ${r.parts.join(', ')}.`;
    case 'illegal':
    case 'fault':
      return r.errors.map((e) => decisionErrorText(scenario, e)).join(' ');
    case 'waiting':
      return `Still waiting for ${r.waitingFor.join(', ')}.`;
    case 'too-late':
      return 'An event can be put on a turn only before anyone decides it.';
    case 'bad-event':
      return r.errors.map(injectText).join(' ');
  }
}
