// Shared by the turn-flow tests: the shipped scenarios as the game loads them, a small two-turn world whose
// first turn always holds a call and a choice for each player, and a driver that plays a game through the flow.
import { readFileSync, readdirSync } from 'node:fs';
import { createActor, type Actor } from 'xstate';
import { expect } from 'vitest';
import {
  legalOptions,
  restoreRng,
  seedRng,
  stateHash,
  type ActorId,
  type EventDef,
  type GameState,
  type Rng,
  type Scenario,
  type TheatreDef,
} from '../../src/engine';
import { createFlow, gameInPlay, phaseOf, type Flow, type FlowEvent, type FlowSetup, type FlowSnapshot } from '../../src/machine';
import { loadScenario } from '../../src/scenarios/loader';
import { triangle } from '../helpers';

export const CLOCK = () => '2025-03-01T09:00:00.000Z';

/** Every shipped scenario file, loaded the way the game loads it. */
export function shippedScenarios(): Scenario[] {
  const dir = new URL('../../scenarios/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((f) => {
      const report = loadScenario(readFileSync(new URL(f, dir), 'utf8'), f);
      if (!report.ok) throw new Error(`${f} does not load: ${report.errors.map((e) => e.message).join('; ')}`);
      return report.value;
    });
}

const choiceEvent = (id: string, decider: ActorId, turn: number): EventDef => ({
  id,
  kind: 'opportunity',
  title: `A choice for ${decider}`,
  text: '',
  turns: { from: turn, to: turn },
  weight: 1,
  decider,
  choices: [
    { id: 'trade', label: 'Trade', effects: [{ kind: 'metric', actor: decider, metric: 'economy', amount: 3 }] },
    { id: 'arm', label: 'Arm', effects: [{ kind: 'metric', actor: decider, metric: 'security', amount: 3 }] },
  ],
});

/**
 * Two turns, A and B playable. On turn 1, C presses B in the east (B calls on its partner A) and presses A in the
 * west (A calls on B), and A and B each have an event to decide: every kind of decision is there to be made, and
 * each player has a crisis of its own to call in and to meet. Turn 2 holds no crisis unless A starts one.
 */
export function smallWorld(extra: EventDef[] = []): Scenario {
  // No crisis grows out of a rivalry (no tension anywhere): the turn-1 events are the only crises, unless A chooses
  // to press C in the north, a crisis of its own to start.
  const theatres: TheatreDef[] = [
    { id: 'east', name: 'East', lon: 0, lat: 0, tension: 0, rivals: [{ challenger: 'C', defender: 'B' }], exposure: { A: 0.4 } },
    { id: 'west', name: 'West', lon: 0, lat: 0, tension: 0, rivals: [{ challenger: 'C', defender: 'A' }], exposure: { B: 0.4 } },
    { id: 'north', name: 'North', lon: 0, lat: 0, tension: 0, rivals: [{ challenger: 'A', defender: 'C' }], exposure: {} },
  ];
  return triangle({ id: 'small-world', turns: 2, rules: { eventsPerTurn: 4 }, theatres }, [
    { id: 'east', kind: 'crisis', title: 'Pressure in the east', text: '', theatre: 'east', turns: { from: 1, to: 1 }, weight: 1, crisis: { initiator: 'C', target: 'B', severity: 0.4 } },
    { id: 'west', kind: 'crisis', title: 'Pressure in the west', text: '', theatre: 'west', turns: { from: 1, to: 1 }, weight: 1, crisis: { initiator: 'C', target: 'A', severity: 0.4 } },
    choiceEvent('choice-a', 'A', 1),
    choiceEvent('choice-b', 'B', 1),
    ...extra,
  ]);
}

export function startFlow(setup: FlowSetup, saves?: { latest: string | null; previous: string | null }): Actor<Flow> {
  return createActor(createFlow({ now: CLOCK, ...setup }), { input: saves ? { saves } : {} }).start();
}

/** Random legal decisions for `side`, as the requests a player would make, drawn from the engine's legal options. */
export function playerRequests(game: GameState, side: ActorId, rng: Rng): FlowEvent[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const options = legalOptions(game, side);
  const out: FlowEvent[] = [];
  for (const [toward, legal] of Object.entries(options.postures)) if (rng.next() < 0.3) out.push({ type: 'POSTURE', side, toward, posture: pick(legal) });
  for (const call of options.calls) out.push({ type: 'ANSWER', side, call: call.id, level: pick(call.levels) });
  for (const choice of options.choices) out.push({ type: 'CHOOSE', side, choice: choice.id, option: pick(choice.options) });
  if (options.challenges.length > 0 && rng.next() < 0.2) out.push({ type: 'CHALLENGE', side, challenge: pick(options.challenges) });
  return out;
}

/** A player's own crises, first step: random calls, each to some of those it may call on. */
export function callRequests(game: GameState, side: ActorId, rng: Rng): FlowEvent[] {
  return legalOptions(game, side).crises.map((c) => ({ type: 'CALL', side, crisis: c.id, callees: c.callees.filter(() => rng.next() < 0.6) }));
}

/** A player's own crises, second step: a random stance in each. */
export function stanceRequests(game: GameState, side: ActorId, rng: Rng): FlowEvent[] {
  return legalOptions(game, side).crises.map((c) => ({ type: 'STANCE', side, crisis: c.id, stance: c.stances[Math.floor(rng.next() * c.stances.length)]! }));
}

export interface PlayedGame {
  /** stateHash of the game at the start of each turn, as it was played. */
  hashAtTurn: Map<number, string>;
  final: FlowSnapshot;
  turns: number;
}

/**
 * Play the flow's game from its briefing to the debrief, making random legal decisions for every player through the
 * flow's requests, and check on the way that each is accepted and that every phase comes in its order.
 */
export function playToDebrief(actor: Actor<Flow>, seed: string): PlayedGame {
  const rng = restoreRng(seedRng(`player:${seed}`));
  const hashAtTurn = new Map<number, string>();
  let turns = 0;
  for (let guard = 0; guard < 2000; guard++) {
    const snapshot = actor.getSnapshot();
    const { context } = snapshot;
    const phase = phaseOf(snapshot);
    if (phase === 'debrief') return { hashAtTurn, final: snapshot, turns };
    const game = context.game!;
    switch (phase) {
      case 'briefing':
        hashAtTurn.set(game.turn, stateHash(game));
        actor.send({ type: 'CONTINUE' });
        break;
      case 'decisions': {
        const side = context.players[context.seat]!;
        for (const request of playerRequests(gameInPlay(context)!, side, rng)) {
          actor.send(request);
          expect(actor.getSnapshot().context.refusal, `${request.type} refused on turn ${game.turn}`).toBeNull();
        }
        actor.send({ type: 'SUBMIT', side });
        break;
      }
      case 'calling':
      case 'standing':
        for (const side of context.players) {
          for (const request of (phase === 'calling' ? callRequests : stanceRequests)(game, side, rng)) {
            actor.send(request);
            expect(actor.getSnapshot().context.refusal, `${request.type} refused on turn ${game.turn}`).toBeNull();
          }
        }
        actor.send({ type: 'CONTINUE' });
        break;
      case 'resolution':
        turns++;
        actor.send({ type: 'CONTINUE' });
        break;
      case 'handOver':
      case 'aiDecisions':
      case 'report':
        actor.send({ type: 'CONTINUE' });
        break;
      default:
        throw new Error(`the game stopped in ${phase}: ${JSON.stringify(context.refusal)}`);
    }
  }
  throw new Error('the game did not end');
}
