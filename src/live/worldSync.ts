// A shared world in the page: keeps the page's turn flow in step with the class server. The server's view of the
// world (its resolved turns, the step the turn is at, the calls made in public, and for a principal the answers to its
// calls) says what the flow may learn next; the flow's steps say what the page must tell the server. Pure: the page's
// driver calls these after every message and every step of the flow.
import type { ActorDecision, ActorId, Decisions, GameState } from '../engine';
import { phaseOf, type FlowEvent, type FlowSnapshot } from '../machine';

/** The step of the turn the class server is at. */
export type WorldPhase = 'calling' | 'deciding' | 'standing' | 'over';

/** What the class server shows one seat of a shared world. */
export interface SeatView {
  turn: number;
  phase: WorldPhase;
  /** When the step closes, in ms since the epoch; null while the class is paused or the step has no timer. */
  deadline: number | null;
  /** The seats whose players have not decided this step. */
  waitingFor: ActorId[];
  /** Every resolved turn: the events the teacher put on it and every actor's decisions. */
  log: { injected: string[]; decisions: Decisions }[];
  /** The events the teacher put on the turn being decided. */
  injected: string[];
  /** The people's calls of this turn, public once every principal has called. */
  calls: Decisions;
  /** For a principal, in the standing step: the answers given to its calls. */
  answers: Decisions | null;
}

/** A seat's decision for one step of the turn, as the page sends it. */
export interface SeatDecision {
  turn: number;
  phase: Exclude<WorldPhase, 'over'>;
  decision: ActorDecision;
}

/** The state of the world as its log (and the events put on the turn in progress) rebuild it. */
export type Rebuild = (log: SeatView['log'], injected: readonly string[]) => GameState;

const BEFORE_RESOLUTION = new Set(['briefing', 'calling', 'awaitingCalls', 'decisions', 'awaitingOthers', 'standing', 'awaitingTurn']);

/** Whether every event put on the turn is on the game's agenda (the page was given the turn after the teacher's word). */
function hasEvents(game: GameState, injected: readonly string[]): boolean {
  const onAgenda = new Set([...game.agenda.crises.map((c) => c.event), ...game.agenda.choices.map((c) => c.event)]);
  return injected.every((e) => onAgenda.has(e));
}

/** What the flow of `seat` must be told now to stay in step with the server, or null when it is in step. */
export function worldEvent(snapshot: FlowSnapshot, view: SeatView, seat: ActorId, rebuild: Rebuild): FlowEvent | null {
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
    const calls = Object.fromEntries(Object.entries(view.calls).filter(([side]) => side !== seat));
    return { type: 'CALLS', turn: game.turn, calls };
  }
  if (phase === 'awaitingOthers' && view.phase === 'standing' && view.answers) return { type: 'OTHERS', turn: game.turn, decisions: view.answers, final: false };
  return null;
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
