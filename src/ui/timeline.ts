// The game as it stood at the start of every turn, rebuilt by replaying its log with the engine. Charts, the report
// and the debrief read before-and-after from here, so nothing needs storing beyond the save's decision log.
import { t } from '../i18n/core';
import { applyDecisions, canonicalJson, explainTurn, newGame, withCalls, type GameState, type Why } from '../engine';

interface Replayed {
  scenarioHash: string;
  seed: string;
  /** The game's rules as canonical JSON: a lesson's shorter or hawkish game is another game. */
  rules: string;
  /** states[i] awaited turn i + 1. */
  states: GameState[];
  /** The decisions that led from states[i] to states[i + 1], as canonical JSON. */
  keys: string[];
}

let last: Replayed | null = null;

/** The states at the start of turns 1 … game.turn (the last one is `game` itself, unless the game has ended). */
export function statesOf(game: GameState): GameState[] {
  const keys = game.log.map((record) => canonicalJson(record.decisions));
  const rules = canonicalJson(game.rules ?? {});
  let states: GameState[];
  let done: string[];
  // Reuse the last replay as far as the two logs agree: a game only grows by a turn at a time.
  if (last && last.scenarioHash === game.scenario.hash && last.seed === game.seed && last.rules === rules) {
    let n = 0;
    while (n < keys.length && n < last.keys.length && keys[n] === last.keys[n]) n++;
    states = last.states.slice(0, n + 1);
    done = keys.slice(0, n);
  } else {
    states = [newGame(game.scenario, game.seed, game.rules)];
    done = [];
  }
  for (let i = done.length; i < game.log.length; i++) {
    const next = applyDecisions(states[i]!, game.log[i]!.decisions);
    if (!next.ok) throw new Error(t('play.timeline.noReplay', { turn: i + 1, reason: JSON.stringify(next.errors) }));
    states.push(next.value);
    done.push(keys[i]!);
  }
  states[states.length - 1] = game;
  last = { scenarioHash: game.scenario.hash, seed: game.seed, rules, states, keys: done };
  return states;
}

/** The state at the start of `turn` (1-based). */
export function stateAt(game: GameState, turn: number): GameState {
  const states = statesOf(game);
  return states[Math.max(0, Math.min(states.length - 1, turn - 1))]!;
}

/** A resolved turn, told: the state it started from with the calls made (the position everyone answered in), and
 *  why each metric and each trust moved (explainTurn). Kept for the last game and turn asked about. */
let told: { game: GameState; turn: number; value: { before: GameState; why: Why } } | null = null;
export function turnWhy(game: GameState, turn: number): { before: GameState; why: Why } {
  if (told?.game === game && told.turn === turn) return told.value;
  const record = game.log[turn - 1];
  if (!record) throw new Error(t('play.timeline.notPlayed', { turn }));
  const start = stateAt(game, turn);
  const result = explainTurn(start, record.decisions);
  if (!result.ok) throw new Error(t('play.timeline.noResolve', { turn }));
  told = { game, turn, value: { before: withCalls(start, record.decisions), why: result.value.why } };
  return told.value;
}
