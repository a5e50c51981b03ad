// One shared world: four people lead Russia, China, Iran and the United States in "The Eastern Axis" (2021), the
// computer leads Germany, Israel and the Taliban; everyone decides at once, in secret, turn by turn.
import { describe, expect, it } from 'vitest';
import { injectEvent, restoreRng, seedRng, stateHash, withCalls, type ActorDecision, type ActorId, type Decisions, type Rng, type Result } from '../../src/engine';
import { studentCalls, studentMoves } from '../../src/classroom/students';
import { personaOthers } from '../../src/machine/others';
import { advance, inject, replayWorld, resumeWorld, startWorld, submit, timeOut, viewFor, waitingFor, type World, type WorldRefusal } from '../../src/live/world';
import type { Decide } from '../../src/live/protocol';
import { shipped } from '../helpers';

const scenario = shipped('eastern-axis-2021');
const SEATS = ['RUS', 'CHN', 'IRN', 'USA'];
/** The United States misses every deadline on these turns. */
const LATE = { seat: 'USA', turns: [2, 4] };

const started = (seed = 'w1', seats = SEATS): World => {
  const w = startWorld({ scenario, seed, seats });
  if (!w.ok) throw new Error(JSON.stringify(w.errors));
  return w.value;
};
const must = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const refusal = (r: Result<World, WorldRefusal>): WorldRefusal | null => (r.ok ? null : r.errors[0]!);
const callsOf = (pending: World['pending']): Decisions => Object.fromEntries(Object.entries(pending).filter(([, d]) => d.calls).map(([s, d]) => [s, { calls: d.calls! }]));

/** A person's random legal piece for the phase, as a student plays (studentCalls, studentMoves). */
function pieceFor(w: World, seat: ActorId, rng: Rng): ActorDecision {
  if (w.phase === 'calling') return { calls: studentCalls(w.game, seat, rng) };
  const { stances, ...rest } = studentMoves(withCalls(w.game, callsOf(w.pending)), seat, rng);
  return w.phase === 'standing' ? { stances } : rest;
}

/** What a view holds apart from who is still to decide. */
const seen = (w: World, seat: ActorId | null) => {
  const { waitingFor: _w, ...rest } = viewFor(w, seat);
  return JSON.stringify(rest);
};

interface Played {
  world: World;
  injected: { turn: number; event: string } | null;
  phases: Record<string, number>;
  /** Pieces after which another seat's view changed in more than who is still to decide. */
  leaks: string[];
}

/** A whole game: each phase, every seat still to decide sends a random legal piece (except the late seat on its late
 *  turns, which the deadline overtakes); a crisis card injected on turn 2; after every piece, every other view compared. */
function playWorld(seed: string): Played {
  let w = started(seed);
  const rng = restoreRng(seedRng(`people:${seed}`));
  const phases: Record<string, number> = {};
  const leaks: string[] = [];
  let injected: Played['injected'] = null;
  while (w.phase !== 'over') {
    if (w.game.turn === 2 && !injected) {
      // Every crisis card of this scenario is dealt by turn 2: the teacher brings forward a later card, a choice for
      // one of the people who will decide in time.
      const event = scenario.events.filter((e) => e.decider && SEATS.includes(e.decider) && e.decider !== LATE.seat).map((e) => e.id).find((id) => inject(w, id).ok);
      if (event) {
        w = must(inject(w, event));
        injected = { turn: 2, event };
      }
    }
    phases[w.phase] = (phases[w.phase] ?? 0) + 1;
    const late = LATE.turns.includes(w.game.turn) ? LATE.seat : null;
    for (const seat of waitingFor(w)) {
      if (seat === late) continue;
      const before = [null, ...SEATS].filter((s) => s !== seat).map((s) => [s, seen(w, s)] as const);
      w = must(submit(w, seat, { turn: w.game.turn, phase: w.phase as Decide['phase'], decision: pieceFor(w, seat, rng) }));
      for (const [s, view] of before) if (seen(w, s) !== view) leaks.push(`turn ${w.game.turn} ${w.phase}: ${seat}'s piece showed to ${s ?? 'the teacher'}`);
    }
    w = must(waitingFor(w).length > 0 ? timeOut(w, personaOthers) : advance(w, personaOthers));
  }
  return { world: w, injected, phases, leaks };
}

describe('a shared world of four people', () => {
  const games = ['w1', 'w2', 'w3'].map((seed) => [seed, playWorld(seed)] as const);

  it.each(games)('seed %s: played to the end, its log replays to the same game', (seed, { world, injected, phases }) => {
    console.log(`seed ${seed}: ${world.log.length} turns, ended by ${world.game.ending?.reason}; phases opened ${JSON.stringify(phases)}; injected ${JSON.stringify(injected)}`);
    expect(world.phase).toBe('over');
    expect(world.game.ending).not.toBeNull();
    const replayed = must(replayWorld(scenario, seed, undefined, world.log));
    expect(stateHash(replayed)).toBe(stateHash(world.game));
    // The engine's own record holds the same decisions, turn by turn.
    expect(world.game.log.map((t) => t.decisions)).toEqual(world.log.map((t) => t.decisions));
  });

  it('the injected card was put on its turn, decided by its decider there, and recorded', () => {
    for (const [, { world, injected }] of games) {
      expect(injected).not.toBeNull();
      const { turn, event } = injected!;
      expect(world.log[turn - 1]!.injected).toEqual([event]);
      const before = must(replayWorld(scenario, world.setup.seed, undefined, world.log.slice(0, turn - 1)));
      const choice = must(injectEvent(before, event)).agenda.choices.find((c) => c.event === event)!;
      expect(before.agenda.choices.map((c) => c.event)).not.toContain(event);
      expect(world.log[turn - 1]!.decisions[choice.decider]!.choices).toHaveProperty(choice.id);
      expect(world.game.log[turn - 1]!.choices.map((c) => [c.id, c.event])).toContainEqual([choice.id, event]);
    }
  });

  it('a seat that missed its deadlines was decided by the computer on those turns, and the record says so', () => {
    for (const [, { world }] of games) {
      const held = world.log.map((t, i) => [i + 1, t.held ?? []] as const).filter(([, h]) => h.length > 0);
      expect(held).toEqual(LATE.turns.filter((t) => t <= world.log.length).map((t) => [t, [LATE.seat]]));
      // Its postures and answers are the computer's: the persona's, in the position the people's calls made.
      for (const [turn] of held) {
        const { injected, decisions } = world.log[turn - 1]!;
        let position = must(replayWorld(scenario, world.setup.seed, undefined, world.log.slice(0, turn - 1)));
        for (const e of injected) position = must(injectEvent(position, e));
        const computer = personaOthers(withCalls(position, callsOf(decisions)), SEATS.filter((s) => s !== LATE.seat))[LATE.seat]!;
        const { calls: _calls, ...rest } = decisions[LATE.seat]!;
        expect(rest).toEqual(computer);
      }
    }
  });

  it('no piece a seat sent showed in another seat’s view, nor the teacher’s, before its phase closed', () => {
    const phases = games.map(([, g]) => g.phases);
    console.log(`views compared after every piece; phases opened per game: ${JSON.stringify(phases)}`);
    // Every phase came up in every game, so every kind of piece was watched.
    for (const p of phases) expect(Object.keys(p).sort()).toEqual(['calling', 'deciding', 'standing']);
    expect(games.flatMap(([, g]) => g.leaks)).toEqual([]);
  });
});

/** Every seat that must call on turn 1 calls no one, and the world moves on to deciding. */
function deciding(w: World): World {
  if (w.phase === 'deciding') return w;
  for (const seat of waitingFor(w)) w = must(submit(w, seat, { turn: w.game.turn, phase: w.phase as Decide['phase'], decision: { calls: {} } }));
  return must(advance(w, personaOthers));
}

describe('what a seat may send', () => {
  it('refuses a piece from a power no one plays, for another turn or phase, of another phase’s parts, or ill-formed', () => {
    const w = deciding(started());
    const turn = w.game.turn;
    expect(refusal(submit(w, 'DEU', { turn, phase: 'deciding', decision: {} }))).toEqual({ code: 'not-a-seat', seat: 'DEU' });
    expect(refusal(submit(w, 'RUS', { turn: turn + 1, phase: 'deciding', decision: {} }))).toEqual({ code: 'wrong-turn', turn: turn + 1, expected: turn });
    expect(refusal(submit(w, 'RUS', { turn, phase: 'standing', decision: {} }))).toEqual({ code: 'wrong-phase', phase: 'standing', expected: 'deciding' });
    expect(refusal(submit(w, 'RUS', { turn, phase: 'deciding', decision: { stances: {} } }))).toEqual({ code: 'wrong-part', phase: 'deciding', parts: ['stances'] });
    expect(refusal(submit(w, 'RUS', { turn, phase: 'deciding', decision: { postures: 'ally' } as unknown as ActorDecision }))?.code).toBe('bad-shape');
  });

  it('refuses what the engine refuses, with the engine’s errors, and changes nothing', () => {
    const w = deciding(started());
    const turn = w.game.turn;
    expect(refusal(submit(w, 'RUS', { turn, phase: 'deciding', decision: { postures: { XXX: 'ally' } } }))).toMatchObject({ code: 'illegal', errors: [{ code: 'unknown-actor', actor: 'RUS', other: 'XXX' }] });
    expect(refusal(submit(w, 'CHN', { turn, phase: 'deciding', decision: { answers: { 'no-such-call': 3 } } }))).toMatchObject({ code: 'illegal', errors: [{ code: 'unknown-call', actor: 'CHN', call: 'no-such-call' }] });
    expect(refusal(submit(w, 'CHN', { turn, phase: 'deciding', decision: { challenge: { theatre: 'gulf', target: 'USA' } } }))).toMatchObject({ code: 'illegal', errors: [{ code: 'illegal-challenge' }] });
    expect(w.pending.RUS).toBeUndefined();
    expect(w.done).toEqual([]);
  });

  it('a later piece in the same phase replaces the earlier; the phase waits for everyone, then the deadline decides', () => {
    let w = deciding(started());
    const turn = w.game.turn;
    w = must(submit(w, 'RUS', { turn, phase: 'deciding', decision: { postures: { CHN: 'ally' } } }));
    w = must(submit(w, 'RUS', { turn, phase: 'deciding', decision: { postures: { CHN: 'hedge' } } }));
    expect(w.pending.RUS).toEqual({ postures: { CHN: 'hedge' } });
    expect(viewFor(w, 'RUS').mine).toEqual({ postures: { CHN: 'hedge' } });
    expect(viewFor(w, 'CHN').mine).toBeUndefined();
    expect(waitingFor(w)).toEqual(['CHN', 'IRN', 'USA']);
    expect(refusal(advance(w, personaOthers))).toEqual({ code: 'waiting', waitingFor: ['CHN', 'IRN', 'USA'] });
    expect(refusal(inject(w, scenario.events[0]!.id))).toEqual({ code: 'too-late' });
    const after = must(timeOut(w, personaOthers));
    // Russia meets its own crisis (standing) or the turn has resolved; either way the three late seats are held.
    const held = after.phase === 'standing' ? after.held : after.log[0]!.held;
    expect(held).toEqual(['CHN', 'IRN', 'USA']);
    expect(refusal(submit(after, 'CHN', { turn, phase: after.phase as Decide['phase'], decision: {} }))?.code).toMatch(/^(held|wrong-turn)$/);
    const russia = after.phase === 'standing' ? after.pending.RUS! : after.log[0]!.decisions.RUS!;
    expect(russia.postures).toEqual({ CHN: 'hedge' });
  });

  it('refuses a world with no seats, a power the scenario lacks, a seat twice, or a lesson longer than the scenario', () => {
    const codes = (seats: string[], rules?: { turns: number }) => {
      const r = startWorld({ scenario, seed: 's', seats, ...(rules ? { rules } : {}) });
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes([])).toEqual(['no-seats']);
    expect(codes(['RUS', 'XXX'])).toEqual(['unknown-seat']);
    expect(codes(['RUS', 'RUS'])).toEqual(['seat-twice']);
    expect(codes(['RUS'], { turns: 99 })).toEqual(['bad-rules']);
    // Any power may be a seat, not only the scenario's playable ones.
    expect(codes(['TAL', 'DEU'])).toEqual([]);
  });

  it('a world taken up again from its log and this turn’s injected events is the world that was kept', () => {
    const { world } = playWorld('w2');
    for (const turns of [0, 2, world.log.length]) {
      const kept = world.log.slice(0, turns);
      const resumed = must(resumeWorld(world.setup, kept));
      expect(resumed.log).toEqual(kept);
      expect(stateHash(resumed.game)).toBe(stateHash(must(replayWorld(scenario, 'w2', undefined, kept))));
      expect(resumed.phase).toBe(turns === world.log.length ? 'over' : resumed.game.agenda.crises.some((c) => SEATS.includes(c.initiator) || SEATS.includes(c.target)) ? 'calling' : 'deciding');
    }
    const second = world.log[1]!;
    const taken = must(resumeWorld(world.setup, world.log.slice(0, 1), second.injected));
    expect(taken.injected).toEqual(second.injected);
    expect(second.injected.length).toBe(1);
    expect(resumeWorld(world.setup, world.log.slice(0, 1), ['no-such-card']).ok).toBe(false);
  });

  it('a log that was tampered with does not replay, and says at which turn', () => {
    const { world } = playWorld('w1');
    const log = structuredClone(world.log) as World['log'][number][];
    log[1]!.decisions.RUS = { postures: { RUS: 'ally' } };
    const r = replayWorld(scenario, 'w1', undefined, log);
    expect(r.ok ? null : r.errors[0]).toMatchObject({ turn: 2, code: 'illegal' });
    const bad = replayWorld(scenario, 'w1', undefined, [{ injected: ['no-such-card'], decisions: {} }]);
    expect(bad.ok ? null : bad.errors[0]).toMatchObject({ turn: 1, code: 'bad-event' });
  });
});
