// Hot-seat: two people at one screen decide in turn, and neither may see what the other chose until the turn is
// resolved. Every simple path through one hot-seat turn (each order of deciding, clearing, refusals, submitting)
// is walked, and at every step each side's view is searched for the other side's decisions.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { createFlow, phaseOf, visibleDecisions, viewOf, type FlowEvent, type FlowSnapshot } from '../../src/machine';
import { CLOCK, smallWorld } from './support';

const world = smallWorld();
const flow = createFlow({ scenarios: [world], now: CLOCK });
const [menu] = initialTransition(flow, {});
const [briefing] = transition(flow, menu, { type: 'START', scenario: world.id, seed: 'hot-seat', players: ['A', 'B'] });

/** Everything a side might decide during the turn, and asking out of turn; refused requests loop back. */
function requests(snapshot: FlowSnapshot): FlowEvent[] {
  const choiceOf = (side: string) => snapshot.context.game!.agenda.choices.find((c) => c.decider === side)!.id;
  return [
    { type: 'CONTINUE' },
    ...['A', 'B'].flatMap((side): FlowEvent[] => [
      { type: 'POSTURE', side, toward: 'C', posture: side === 'A' ? 'hedge' : 'ally' },
      { type: 'ANSWER', side, call: side === 'A' ? '1.c2:A' : '1.c1:B', level: side === 'A' ? 3 : 0 },
      { type: 'CHOOSE', side, choice: choiceOf(side), option: 'arm' },
      { type: 'SUBMIT', side },
    ]),
  ];
}

/** States differ by phase, seat, and which parts of each side's decision are set: every order of deciding is its own path. */
const key = (s: FlowSnapshot) =>
  [phaseOf(s), s.context.seat, ...['A', 'B'].map((side) => Object.keys(s.context.pending[side] ?? {}).sort().join('+'))].join('|');

/** Whether `needle` (or anything inside it) is reachable from `view`. */
function contains(view: unknown, needle: object, seen = new Set<unknown>()): boolean {
  if (view === needle) return true;
  if (typeof view !== 'object' || view === null || seen.has(view)) return false;
  seen.add(view);
  return Object.entries(view).some(([k, v]) => k !== 'scenario' && contains(v, needle, seen));
}

function checkSecrecy(state: FlowSnapshot): void {
  const phase = phaseOf(state);
  for (const [viewer, other] of [['A', 'B'], ['B', 'A']] as const) {
    const hidden = state.context.pending[other];
    const view = viewOf(state, viewer);
    expect(Object.keys(visibleDecisions(state, viewer)).filter((s) => s !== viewer)).toEqual([]);
    if (hidden) expect(contains(view, hidden), `${viewer} can see ${other}'s decisions in ${key(state)}`).toBe(false);
    expect(view.deciding).toBe(phase === 'decisions' && state.context.players[state.context.seat] === viewer);
    if (!view.deciding) expect(view.options).toBeNull();
  }
  // What the computer players chose is no one's to see before resolution either.
  if (state.context.others) for (const viewer of ['A', 'B']) expect(contains(viewOf(state, viewer), state.context.others)).toBe(false);
  if (phase === 'decisions') {
    // A refusal names the decision refused: only the side it is addressed to may read it.
    const seat = state.context.players[state.context.seat]!;
    const other = seat === 'A' ? 'B' : 'A';
    const [refused] = transition(flow, state, { type: 'POSTURE', side: seat, toward: seat, posture: 'ally' });
    expect(viewOf(refused, seat).refusals.length).toBeGreaterThan(0);
    expect(viewOf(refused, other).refusals).toEqual([]);
  }
}

describe('hot-seat', () => {
  it("never shows a side the other's decisions, the AI's or the other's refusals before resolution, and loses none", () => {
    const paths = getSimplePaths(flow, { fromState: briefing, events: requests, serializeState: key, toState: (s) => phaseOf(s) === 'resolution' });
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      let lastPending = briefing.context.pending;
      for (const { state } of [...path.steps, { state: path.state }]) {
        if (phaseOf(state) !== 'resolution') {
          lastPending = state.context.pending;
          checkSecrecy(state);
          continue;
        }
        // Once resolved, both see everything, exactly as each side left it.
        const record = state.context.game!.log[0]!;
        for (const side of ['A', 'B']) {
          expect(visibleDecisions(state, side)).toBe(record.decisions);
          expect(record.decisions[side]).toEqual(lastPending[side]);
        }
      }
    }
    console.log(`hot-seat: ${paths.length} simple paths through one turn`);
  });

  it('asks for calls in public, then each side in turn behind a hand-over, then the AI, then how each meets its crisis', () => {
    const phases: string[] = [];
    let state = briefing;
    const step = (event: FlowEvent) => {
      [state] = transition(flow, state, event);
      phases.push(`${phaseOf(state)}${['handOver', 'decisions'].includes(phaseOf(state)) ? `:${state.context.players[state.context.seat]}` : ''}`);
    };
    for (const event of [{ type: 'CONTINUE' }, { type: 'CONTINUE' }, { type: 'CONTINUE' }, { type: 'SUBMIT', side: 'A' }, { type: 'CONTINUE' }, { type: 'SUBMIT', side: 'B' }, { type: 'CONTINUE' }] as FlowEvent[]) step(event);
    // Both are pressed by C: both call on partners in public first, and meet their crises once the answers are in.
    expect(phases).toEqual(['calling', 'handOver:A', 'decisions:A', 'handOver:B', 'decisions:B', 'aiDecisions', 'standing']);
  });
});
