// Games and result files for the classroom tests: played the way the game plays them — the computer's actors decided
// by `lookaheadOthers`, the students' sides by a simple policy or by a student's own random choices — handed in as the
// game writes them, and files edited on purpose and sealed again with a fresh checksum, as a careful cheat would.
import { decide, type PolicyName } from '../../src/ai/policies';
import { applyDecisions, legalOptions, newGame, restoreRng, seedRng, withCalls, type ActorDecision, type ActorId, type Decisions, type GameState, type Rng, type Scenario } from '../../src/engine';
import { lessonRules, makeResult, resultChecksum, writeResult, type ClassSettings, type ResultFile } from '../../src/classroom';
import { lookaheadOthers } from '../../src/machine/others';
import { shippedScenarios } from '../machine/support';

export const scenarios = shippedScenarios();
export const scenario = (id: string): Scenario => scenarios.find((s) => s.id === id)!;
export const SAVED_AT = '2025-03-01T09:00:00.000Z';
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
export function playedInClass(id: string, seed: string, game: ClassGame = {}): GameState {
  const { sides = ['RUS'], settings = RUS_ONLY, student = 'persona', stopAfter, who = '' } = game;
  let state = newGame(scenario(id), seed, lessonRules(settings));
  const rng = restoreRng(seedRng(`student:${seed}:${sides.join('+')}:${student}:${who}`));
  while (!state.ending && (stopAfter === undefined || state.log.length < stopAfter)) {
    // A student calls first, in public; then everyone decides in the position those calls make.
    const calls: Decisions = {};
    if (student === 'random') for (const side of sides) calls[side] = { calls: studentCalls(state, side, rng) };
    const inPlay = withCalls(state, calls);
    const mine: Decisions = {};
    for (const side of sides) mine[side] = student === 'random' ? { ...calls[side], ...studentMoves(inPlay, side, rng) } : decide(state, side, student, rng);
    const next = applyDecisions(state, { ...lookaheadOthers(inPlay, sides), ...mine });
    if (!next.ok) throw new Error(next.errors.map((e) => e.message).join('; '));
    state = next.value;
  }
  return state;
}

export const resultOf = (game: GameState, player = 'Ada', sides = ['RUS'], options: ClassSettings = RUS_ONLY): ResultFile =>
  makeResult(game, sides, player, options, SAVED_AT);

/** A result changed on purpose and sealed again with a matching checksum. */
export function forge(result: ResultFile, change: (copy: ResultFile) => void): string {
  const copy = structuredClone(result);
  change(copy);
  return writeResult({ ...copy, checksum: resultChecksum(copy) });
}

/** The same result under another name, sealed again: still a true game. */
export const renamed = (result: ResultFile, player: string): string => forge(result, (r) => void (r.player = player));
