// A shared world in the page: keeps the page's turn flow in step with the class server. The server's view of the
// world (its resolved turns, the step the turn is at, the calls made in public, and for a principal the answers to its
// calls) says what the flow may learn next; the flow's steps say what the page must tell the server. Pure: the page's
// driver calls these after every message and every step of the flow.
import type { ActorId, Decisions, GameState } from '../engine';
import { phaseOf, type FlowEvent, type FlowSnapshot } from '../machine';
import type { Decide, WorldView } from './protocol';

/** A seat's decision for one step of the turn, as the page sends it (the protocol's 'decide'). */
export type SeatDecision = Decide;

/** The state of the world as its log (and the events put on the turn in progress) rebuild it. */
export type Rebuild = (log: WorldView['log'], injected: readonly string[]) => GameState;

const BEFORE_RESOLUTION = new Set(['briefing', 'calling', 'awaitingCalls', 'decisions', 'awaitingOthers', 'standing', 'awaitingTurn']);

/** Whether every event put on the turn is on the game's agenda (the page was given the turn after the teacher's word). */
export function hasEvents(game: GameState, injected: readonly string[]): boolean {
  const onAgenda = new Set([...game.agenda.crises.map((c) => c.event), ...game.agenda.choices.map((c) => c.event)]);
  return injected.every((e) => onAgenda.has(e));
}

/** What the flow of `seat` must be told now to stay in step with the server, or null when it is in step. */
export function worldEvent(snapshot: FlowSnapshot, view: WorldView, seat: ActorId, rebuild: Rebuild): FlowEvent | null {
  const { context } = snapshot;
  const phase = phaseOf(snapshot);
  const game = context.game;
  const resolved = view.log.length;
  const world = (): FlowEvent => ({ type: 'WORLD', game: rebuild(view.log, view.injected), players: [seat] });
  if (!context.remote || !game || context.players[0] !== seat || phase === 'fault') return world();
  const played = game.log.length;
  if (played > resolved) return world();
  // Reading the turn's outcome or the debrief: the player goes on when ready, and the next briefing catches up.
  if (!BEFORE_RESOLUTION.has(phase)) return null;
  if (played < resolved - 1) return world();
  if (played === resolved - 1) {
    const turn = view.log[played]!;
    return hasEvents(game, turn.injected) ? { type: 'OTHERS', turn: game.turn, decisions: turn.decisions, final: true } : world();
  }
  if (view.turn !== game.turn || view.phase === 'over') return null;
  if (!hasEvents(game, view.injected)) return world();
  if (phase === 'awaitingCalls' && view.phase !== 'calling') {
    const calls: Decisions = {};
    for (const [caller, made] of Object.entries(view.calls ?? {})) if (caller !== seat) calls[caller] = { calls: made };
    return { type: 'CALLS', turn: game.turn, calls };
  }
  if (phase === 'awaitingOthers' && view.phase === 'standing' && view.answers) return { type: 'OTHERS', turn: game.turn, decisions: answersBy(game, view.answers), final: false };
  return null;
}

/** The answers to a principal's calls, by call, as the decisions of those who gave them (what the standing step shows). */
function answersBy(game: GameState, answers: NonNullable<WorldView['answers']>): Decisions {
  const out: Decisions = {};
  for (const c of game.agenda.crises) {
    for (const call of c.calls) {
      const level = answers[call.id];
      if (level === undefined) continue;
      const d = (out[call.callee] ??= { answers: {} });
      d.answers![call.id] = level;
    }
  }
  return out;
}

/** What the page must send the server when the flow of `seat` has moved from `before` to `after`: the calls, the
 *  decisions or the stances of the step it has just finished. */
export function seatDecision(before: FlowSnapshot, after: FlowSnapshot, seat: ActorId): SeatDecision | null {
  const from = phaseOf(before);
  const to = phaseOf(after);
  const game = before.context.game;
  if (!game || !after.context.remote || from === to) return null;
  const mine = before.context.pending[seat] ?? {};
  if (from === 'calling' && to === 'awaitingCalls') return { turn: game.turn, phase: 'calling', decision: { calls: mine.calls ?? {} } };
  if (from === 'decisions' && to === 'awaitingOthers') {
    const { calls: _calls, stances: _stances, ...decision } = mine;
    return { turn: game.turn, phase: 'deciding', decision };
  }
  if (from === 'standing' && to === 'awaitingTurn') return { turn: game.turn, phase: 'standing', decision: { stances: mine.stances ?? {} } };
  return null;
}
