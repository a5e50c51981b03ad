// Rebuilding a game from its seed and decision log with the engine: how saves load and how rewind works.
// No snapshot is ever stored, so a rebuilt game is exactly what the rules make of those decisions today.
import { applyDecisions, err, newGame, ok, type Decisions, type GameRules, type GameState, type Result, type Scenario } from '../engine';
import { formatPath } from '../scenarios/problems';
import { problem, type SaveProblem } from './format';
import { rulesProblems } from './shape';
import { t } from '../i18n/core';
import { decisionErrorText, endingDetail } from '../i18n/engineWords';

/** The game `decisions` lead to from the seed, under a lesson's `rules` (a shorter game, another temperament) if any. */
export function replay(scenario: Scenario, seed: string, decisions: readonly Decisions[], rules?: GameRules): Result<GameState, SaveProblem> {
  // Bad rules are refused here rather than thrown by the engine (or, for a temperament it does not know, played as nonsense).
  const bad = rules === undefined ? [] : rulesProblems(rules);
  if (bad.length > 0) return err(bad.map((p) => problem('bad-rules', p.message, formatPath(['rules', ...p.path]))));
  let state = newGame(scenario, seed, rules);
  for (let i = 0; i < decisions.length; i++) {
    if (state.ending) {
      return err([
        problem(
          'too-many-decisions',
          t('files.replay.tooMany', { count: decisions.length, turn: state.ending.turn, detail: endingDetail(scenario, state.ending) }),
          `decisions[${i}]`,
        ),
      ]);
    }
    const next = applyDecisions(state, decisions[i]!);
    if (!next.ok) {
      return err(next.errors.map((e) => problem('illegal-decisions', t('files.replay.illegal', { turn: state.turn, problem: decisionErrorText(scenario, e) }), `decisions[${i}]`)));
    }
    state = next.value;
  }
  return ok(state);
}

/** The game as it stood when turn `turn` awaited decisions: the first `turn - 1` turns of its log, replayed under its rules. */
export function rewindTo(game: GameState, turn: number): Result<GameState, SaveProblem> {
  return replay(game.scenario, game.seed, game.log.slice(0, turn - 1).map((record) => record.decisions), game.rules);
}
