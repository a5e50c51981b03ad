// Students played by the computer, for the tests and benchmarks of result files and the class report: each game is
// played the way the game plays it — the computer's actors decided by `lookaheadOthers`, the students' sides by a
// simple policy or by a student's own random choices (seeded) — and handed in as the game writes it.
import { decide, type PolicyName } from '../ai/policies';
import { applyDecisions, legalOptions, newGame, restoreRng, seedRng, stateHash, withCalls, type ActorDecision, type ActorId, type Decisions, type GameState, type Rng, type Scenario } from '../engine';
import { lookaheadOthers } from '../machine/others';
import type { TurnMove } from '../live/protocol';
import { lessonRules, type ClassSettings } from './options';

export const RUS_ONLY: ClassSettings = { side: 'RUS', advisor: true };

/** How the people play: a policy of the game's own, or a student's random choices (seeded). */
export type Student = PolicyName | 'random';

export interface ClassGame {
  /** The sides people play; the computer plays every other actor. */
  sides?: ActorId[];
  settings?: ClassSettings;
  student?: Student;
  /** Stop after this many turns, as "stop and hand in" does. */
  stopAfter?: number;
  /** Tells apart students who choose at random. */
  who?: string;
}

/** A student's own moves: now and then a change of posture, an answer to every call and a pick on every event; in
 *  a crisis of its own a stance, and now and then a crisis started. (Its calls come first: studentCalls.) */
export function studentMoves(state: GameState, side: ActorId, rng: Rng): ActorDecision {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const options = legalOptions(state, side);
  const postures = Object.fromEntries(Object.entries(options.postures).filter(() => rng.next() < 0.25).map(([other, legal]) => [other, pick(legal)]));
  const answers = Object.fromEntries(options.calls.map((c) => [c.id, pick(c.levels)]));
  const choices = Object.fromEntries(options.choices.map((c) => [c.id, pick(c.options)]));
  const stances = Object.fromEntries(options.crises.map((c) => [c.id, pick(c.stances)]));
  const challenge = options.challenges.length > 0 && rng.next() < 0.2 ? pick(options.challenges) : undefined;
  return { postures, answers, choices, stances, ...(challenge ? { challenge } : {}) };
}

/** A student's calls in its own crises, made before anyone answers: each partner called or not at random. */
export function studentCalls(state: GameState, side: ActorId, rng: Rng): Record<string, ActorId[]> {
  return Object.fromEntries(legalOptions(state, side).crises.map((c) => [c.id, c.callees.filter(() => rng.next() < 0.5)]));
}

/** A game played as in class: the computer's actors by the game's AI each turn, the people's sides by `student`. */
export function playClassGame(scenario: Scenario, seed: string, game: ClassGame = {}): GameState {
  const { sides = ['RUS'], settings = RUS_ONLY, student = 'persona', stopAfter, who = '' } = game;
  let state = newGame(scenario, seed, lessonRules(settings));
  const rng = restoreRng(seedRng(`student:${seed}:${sides.join('+')}:${student}:${who}`));
  while (!state.ending && (stopAfter === undefined || state.log.length < stopAfter)) {
    // A student calls first, in public; then everyone decides in the position those calls make.
    const calls: Decisions = {};
    if (student === 'random') for (const side of sides) calls[side] = { calls: studentCalls(state, side, rng) };
    const inPlay = withCalls(state, calls);
    const mine: Decisions = {};
    for (const side of sides) mine[side] = student === 'random' ? { ...calls[side], ...studentMoves(inPlay, side, rng) } : decide(state, side, student, rng);
    const next = applyDecisions(state, { ...lookaheadOthers(inPlay, sides), ...mine });
    if (!next.ok) throw new Error(JSON.stringify(next.errors));
    state = next.value;
  }
  return state;
}

/** A finished or stopped game as a live class receives it: each turn's decisions with the hash of the game after it,
 *  replayed from the start under the game's own rules. */
export function turnMoves(game: GameState): TurnMove[] {
  let state = newGame(game.scenario, game.seed, game.rules);
  return game.log.map((record) => {
    const next = applyDecisions(state, record.decisions);
    if (!next.ok) throw new Error(JSON.stringify(next.errors));
    state = next.value;
    return { turn: record.turn, decisions: record.decisions, stateHash: stateHash(state) };
  });
}
