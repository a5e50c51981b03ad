// Turning a player's request into decisions and asking the engine whether it accepts them.
// The flow only decides whose turn it is; whether a decision is legal is the engine's word (checkDecisions).
import { checkDecisions, withCalls, type ActorDecision, type ActorId, type Decisions, type GameState, type Scenario } from '../engine';
import { rulesProblems } from '../persistence';
import { listWords, t, tx } from '../i18n/core';
import type { DecisionEvent, FlowContext, Refusal } from './types';
import { decisionErrorText } from '../i18n/engineWords';

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
    case 'CALL':
      return { calls: { [event.crisis]: [...event.callees] } };
    case 'STANCE':
      return { stances: { [event.crisis]: event.stance } };
    case 'CHALLENGE':
      return event.challenge ? { challenge: { ...event.challenge } } : {};
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
  const calls = { ...base?.calls, ...piece.calls };
  const stances = { ...base?.stances, ...piece.stances };
  if (Object.keys(calls).length > 0) out.calls = calls;
  if (Object.keys(stances).length > 0) out.stances = stances;
  const challenge = piece.challenge ?? base?.challenge;
  if (challenge) out.challenge = challenge;
  return out;
}

export const notYourTurn = (side: unknown, seat: ActorId | null): Refusal => ({
  code: 'not-your-turn',
  message: seat ? t('shell.requests.notYourTurn', { seat, side: String(side) }) : t('shell.requests.noOne'),
});

/** The side's decisions with this request added, or why they are refused (nothing changes then). Calls and stances
 *  are made by every player with a crisis of its own, in the steps before and after the others answer; the rest by
 *  the side whose turn it is. */
export function judge(context: FlowContext, event: DecisionEvent): { ok: true; side: ActorId; decision: ActorDecision } | { ok: false; reasons: Refusal[] } {
  const seat = event.type === 'CALL' || event.type === 'STANCE' ? (context.players.includes(event.side) ? event.side : null) : seatSide(context);
  if (!context.game || event.side !== seat) return { ok: false, reasons: [notYourTurn(event.side, seatSide(context))] };
  const decision = merge(context.pending[seat], pieceOf(event));
  // Taking back a challenge: the one piece a request removes.
  if (event.type === 'CHALLENGE' && !event.challenge) delete decision.challenge;
  // Judged with the other people's decisions: their calls decide which calls this side can answer.
  const errors = checkDecisions(context.game, { ...context.publicCalls, ...context.pending, [seat]: decision });
  return errors.length === 0 ? { ok: true, side: seat, decision } : { ok: false, reasons: errors.map((e) => ({ code: e.code, message: decisionErrorText(context.game!.scenario, e) })) };
}

/** The turn's position as the people's calls have made it (withCalls): the one the others answer in. */
export function gameInPlay(context: FlowContext): GameState | null {
  return context.game ? withCalls(context.game, { ...context.publicCalls, ...context.pending }) : null;
}

/** The people who are principals in a crisis this turn, in their order. */
export function playersInCrisis(context: FlowContext): ActorId[] {
  const game = context.game;
  if (!game) return [];
  return context.players.filter((p) => game.agenda.crises.some((c) => c.initiator === p || c.target === p));
}

/** Everyone's decisions for the turn: the AI's (or the class server's) for the others, the people's for their own sides. */
export function turnDecisions(context: FlowContext): Decisions {
  return { ...context.publicCalls, ...context.others, ...context.pending };
}

/** Why a START is refused, if it is: an unknown scenario, sides people may not play in it, or rules it cannot be played by. */
export function startRefusal(scenario: Scenario | undefined, id: string, players: readonly ActorId[], known: readonly Scenario[], rules?: unknown): Refusal | null {
  if (!scenario) return { code: 'unknown-scenario', message: t('shell.requests.unknownScenario', { id, known: known.map((s) => s.id).join(', ') }) };
  if (!Array.isArray(players) || players.length === 0) return { code: 'no-players', message: t('shell.requests.noPlayers') };
  const wrong = players.filter((p, i) => !scenario.playable.includes(p) || players.indexOf(p) !== i);
  if (wrong.length > 0)
    return { code: 'not-playable', message: t('shell.requests.notPlayable', { title: tx(scenario.title), playable: listWords(scenario.playable, 'disjunction'), wrong: listWords(wrong.map(String)) }) };
  const bad = rules === undefined ? [] : rulesProblems(rules, scenario);
  if (bad.length > 0) return { code: 'bad-rules', message: bad.map((p) => p.message).join(' ') };
  return null;
}
