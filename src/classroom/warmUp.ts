// A worker of the class report warms up before the teacher hands it files: a fresh worker runs the engine and the
// computer's players slowly at first (the script engine has yet to compile them for speed), so each worker's first few
// files took several times as long as the rest. Warmed while the teacher picks the files, they do not.
import { applyDecisions, newGame, type Scenario } from '../engine';
import { lookaheadOthers } from '../machine/others';

/** Turns a worker plays to warm up: about as much work as a cold worker's first few files, whose replays took several
 *  times as long as the later ones (`npm run bench:report -- largest` times a pool both ways); a second or two. */
export const WARM_UP_TURNS = 40;

/** The scenario a worker warms up on: the one with the most actors, whose turns take every path a file's replay takes. */
export function warmUpScenario(scenarios: readonly Scenario[]): Scenario | undefined {
  return scenarios.reduce<Scenario | undefined>((a, b) => (a && a.actors.length >= b.actors.length ? a : b), undefined);
}

/**
 * The warm-up, a turn a step: every actor played by the computer, as a file's replay plays those no person played,
 * game after game until WARM_UP_TURNS turns. What it plays is thrown away; no memo keeps it.
 */
export function* warmUp(scenario: Scenario): Generator<void, void, void> {
  let game = newGame(scenario, 'warm-up');
  for (let turn = 0; turn < WARM_UP_TURNS; turn++) {
    if (game.ending) game = newGame(scenario, `warm-up-${turn}`);
    const next = applyDecisions(game, lookaheadOthers(game, []));
    if (!next.ok) return;
    game = next.value;
    yield;
  }
}
