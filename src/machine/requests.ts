// Turning a player's request into decisions and asking the engine whether it accepts them.
// The flow only decides whose turn it is; whether a decision is legal is the engine's word (checkDecisions).
import { checkDecisions, type ActorDecision, type ActorId, type Decisions, type Scenario } from '../engine';
import { rulesProblems } from '../persistence';
import type { DecisionEvent, FlowContext, Refusal } from './types';

/** The side whose turn it is to decide, or null outside a game. */
export function seatSide(context: FlowContext): ActorId | null {
  return context.players[context.seat] ?? null;
}

/** The piece of an actor's decision that one request sets. */
export function pieceOf(event: DecisionEvent): ActorDecision {
  switch (event.type) {
    case 'POSTURE':
      return { postures: { [event.toward]: event.posture } };
    case 'ANSWER':
      return { answers: { [event.call]: event.level } };
    case 'CHOOSE':
      return { choices: { [event.choice]: event.option } };
  }
}

/** Later pieces override earlier ones; empty parts are left out so the decision log stays small. */
export function merge(base: ActorDecision | undefined, piece: ActorDecision): ActorDecision {
  const out: ActorDecision = {};
  const postures = { ...base?.postures, ...piece.postures };
  const answers = { ...base?.answers, ...piece.answers };
  const choices = { ...base?.choices, ...piece.choices };
  if (Object.keys(postures).length > 0) out.postures = postures;
  if (Object.keys(answers).length > 0) out.answers = answers;
  if (Object.keys(choices).length > 0) out.choices = choices;
  return out;
}

export const notYourTurn = (side: unknown, seat: ActorId | null): Refusal => ({
  code: 'not-your-turn',
  message: seat ? `It is ${seat}'s turn to decide; ${String(side)} cannot decide now.` : 'No one is deciding now.',
});

/** The side's decisions with this request added, or why they are refused (nothing changes then). */
export function judge(context: FlowContext, event: DecisionEvent): { ok: true; side: ActorId; decision: ActorDecision } | { ok: false; reasons: Refusal[] } {
  const seat = seatSide(context);
  if (!context.game || event.side !== seat) return { ok: false, reasons: [notYourTurn(event.side, seat)] };
  const decision = merge(context.pending[seat], pieceOf(event));
  const errors = checkDecisions(context.game, { [seat]: decision });
  return errors.length === 0 ? { ok: true, side: seat, decision } : { ok: false, reasons: errors.map(({ code, message }) => ({ code, message })) };
}

/** Everyone's decisions for the turn: the AI's for the others, the people's for their own sides. */
export function turnDecisions(context: FlowContext): Decisions {
  return { ...context.others, ...context.pending };
}

/** Why a START is refused, if it is: an unknown scenario, sides people may not play in it, or rules it cannot be played by. */
export function startRefusal(scenario: Scenario | undefined, id: string, players: readonly ActorId[], known: readonly Scenario[], rules?: unknown): Refusal | null {
  if (!scenario) return { code: 'unknown-scenario', message: `There is no scenario '${id}'; the scenarios are ${known.map((s) => s.id).join(', ')}.` };
  if (!Array.isArray(players) || players.length === 0) return { code: 'no-players', message: 'Pick a side to play, or two for hot-seat.' };
  const wrong = players.filter((p, i) => !scenario.playable.includes(p) || players.indexOf(p) !== i);
  if (wrong.length > 0)
    return { code: 'not-playable', message: `In '${scenario.title}' people may play ${scenario.playable.join(' or ')}, each once; ${wrong.join(', ')} cannot be played.` };
  const bad = rules === undefined ? [] : rulesProblems(rules, scenario);
  if (bad.length > 0) return { code: 'bad-rules', message: bad.map((p) => p.message).join(' ') };
  return null;
}
