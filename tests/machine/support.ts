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
} from '../../src/engine';
import { createFlow, phaseOf, type Flow, type FlowEvent, type FlowSetup, type FlowSnapshot } from '../../src/machine';
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
 * west (A calls on B), and A and B each have an event to decide: every kind of decision is there to be made.
 */
export function smallWorld(): Scenario {
  return triangle({ id: 'small-world', turns: 2, rules: { eventsPerTurn: 4 } }, [
    { id: 'east', kind: 'crisis', title: 'Pressure in the east', text: '', theatre: 'east', turns: { from: 1, to: 1 }, weight: 1, crisis: { initiator: 'C', target: 'B', severity: 0.4 } },
    { id: 'west', kind: 'crisis', title: 'Pressure in the west', text: '', theatre: 'west', turns: { from: 1, to: 1 }, weight: 1, crisis: { initiator: 'C', target: 'A', severity: 0.4 } },
    choiceEvent('choice-a', 'A', 1),
    choiceEvent('choice-b', 'B', 1),
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
  return out;
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
        for (const request of playerRequests(game, side, rng)) {
          actor.send(request);
          expect(actor.getSnapshot().context.refusal, `${request.type} refused on turn ${game.turn}`).toBeNull();
        }
        actor.send({ type: 'SUBMIT', side });
        break;
      }
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
