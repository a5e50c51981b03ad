// A page given a shared world afresh (a reload, a dropped line) starts the turn again at its briefing; the server
// still holds what the seat has decided so far this turn (the view's `mine`). These take the page through those steps
// again from it, so the player is not asked twice, and tell whether the page's game is the server's. Pure: the page's
// driver calls them after every message and every step of the flow.
import { stateHash, type ActorDecision, type ActorId, type GameState } from '../engine';
import { phaseOf, type FlowEvent, type FlowSnapshot } from '../machine';
import type { WorldView } from './protocol';
import { hasEvents } from './worldSync';

/** The steps of a turn in order, as the server names them. */
const STEPS = { calling: 0, deciding: 1, standing: 2, over: 3 } as const;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The first part of `mine` the flow's pending decision lacks, as a request of the flow; null when it has them all. */
function missing(seat: ActorId, mine: ActorDecision, pending: ActorDecision, parts: readonly (keyof ActorDecision)[]): FlowEvent | null {
  for (const part of parts) {
    if (part === 'calls') for (const [crisis, callees] of Object.entries(mine.calls ?? {})) if (!same(pending.calls?.[crisis], callees)) return { type: 'CALL', side: seat, crisis, callees };
    if (part === 'postures') for (const [toward, posture] of Object.entries(mine.postures ?? {})) if (pending.postures?.[toward] !== posture) return { type: 'POSTURE', side: seat, toward, posture };
    if (part === 'answers') for (const [call, level] of Object.entries(mine.answers ?? {})) if (pending.answers?.[call] !== level) return { type: 'ANSWER', side: seat, call, level };
    if (part === 'choices') for (const [choice, option] of Object.entries(mine.choices ?? {})) if (pending.choices?.[choice] !== option) return { type: 'CHOOSE', side: seat, choice, option };
    if (part === 'challenge' && mine.challenge && !same(pending.challenge, mine.challenge)) return { type: 'CHALLENGE', side: seat, challenge: mine.challenge };
    if (part === 'stances') for (const [crisis, stance] of Object.entries(mine.stances ?? {})) if (pending.stances?.[crisis] !== stance) return { type: 'STANCE', side: seat, crisis, stance };
  }
  return null;
}

/**
 * The next request that takes the page of `seat` through a step of this turn the server already holds from it, or
 * null when the page is where the seat is (or the view is of another turn). Call it until it returns null.
 */
export function resumeStep(snapshot: FlowSnapshot, view: WorldView, seat: ActorId): FlowEvent | null {
  const { game, remote, pending } = snapshot.context;
  const mine = view.mine;
  if (!game || !remote || !mine || view.phase === 'over' || view.turn !== game.turn || view.log.length !== game.log.length) return null;
  const at = STEPS[view.phase];
  const waiting = view.waitingFor.includes(seat);
  /** Whether the seat has finished `step` on the server. */
  const done = (step: number) => at > step || (at === step && !waiting);
  const own = pending[seat] ?? {};
  const next = (parts: readonly (keyof ActorDecision)[], finish: FlowEvent) => missing(seat, mine, own, parts) ?? finish;
  switch (phaseOf(snapshot)) {
    case 'briefing':
      return { type: 'CONTINUE' };
    case 'calling':
      return done(STEPS.calling) ? next(['calls'], { type: 'CONTINUE' }) : null;
    case 'decisions':
      return done(STEPS.deciding) ? next(['postures', 'answers', 'choices', 'challenge'], { type: 'SUBMIT', side: seat }) : null;
    case 'standing':
      return done(STEPS.standing) ? next(['stances'], { type: 'CONTINUE' }) : null;
    default:
      return null;
  }
}

/** Whether the page's game is the server's: 'same' or 'differs' once both stand at the same point of the world (the
 *  same resolved turns, the teacher's events of the turn in the page's), null while they cannot be compared. */
export function matchesServer(game: GameState, view: WorldView): 'same' | 'differs' | null {
  if (game.log.length !== view.log.length || !hasEvents(game, view.injected)) return null;
  if (view.phase !== 'over' && game.turn !== view.turn) return null;
  return stateHash(game) === view.stateHash ? 'same' : 'differs';
}

/** Whether a step the page has just finished must go to the server: only while the server waits for this seat at that
 *  step (a seat the computer holds sends nothing; a step taken again after a reload was sent before). */
export const serverWaitsFor = (view: WorldView, seat: ActorId, decision: { turn: number; phase: string }): boolean =>
  view.turn === decision.turn && view.phase === decision.phase && view.waitingFor.includes(seat) && !view.held.includes(seat);
