// Rebuilding a game from its seed and decision log with the engine: how saves load and how rewind works.
// No snapshot is ever stored, so a rebuilt game is exactly what the rules make of those decisions today.
import { applyDecisions, err, newGame, ok, type Decisions, type GameState, type Result, type Scenario } from '../engine';
import { problem, type SaveProblem } from './format';

export function replay(scenario: Scenario, seed: string, decisions: readonly Decisions[]): Result<GameState, SaveProblem> {
  let state = newGame(scenario, seed);
  for (let i = 0; i < decisions.length; i++) {
    if (state.ending) {
      return err([
        problem(
          'too-many-decisions',
          `The save holds decisions for ${decisions.length} turns, but the game ended on turn ${state.ending.turn} (${state.ending.detail}).`,
          `decisions[${i}]`,
        ),
      ]);
    }
    const next = applyDecisions(state, decisions[i]!);
    if (!next.ok) {
      return err(next.errors.map((e) => problem('illegal-decisions', `Turn ${state.turn}'s decisions break the rules: ${e.message}`, `decisions[${i}]`)));
    }
    state = next.value;
  }
  return ok(state);
}

/** The game as it stood when turn `turn` awaited decisions: the first `turn - 1` turns of its log, replayed. */
export function rewindTo(game: GameState, turn: number): Result<GameState, SaveProblem> {
  return replay(game.scenario, game.seed, game.log.slice(0, turn - 1).map((record) => record.decisions));
}
