// The game as it stood at the start of every turn, rebuilt by replaying its log with the engine. Charts, the report
// and the debrief read before-and-after from here, so nothing needs storing beyond the save's decision log — and, for
// a shared world, the events its teacher put on each turn, which the game's own log does not hold.
import { t } from '../i18n/core';
import { applyDecisions, canonicalJson, explainTurn, injectEvent, newGame, withCalls, type GameState, type Why } from '../engine';

interface Replayed {
  scenarioHash: string;
  seed: string;
  /** The game's rules as canonical JSON: a lesson's shorter or hawkish game is another game. */
  rules: string;
  /** decided[i]: the state turn i + 1 was decided in (with a shared world's teacher's events on its agenda). */
  decided: GameState[];
  /** What made each of them: the turns before it (their decisions and events), as canonical JSON. */
  keys: string[];
}

let last: Replayed | null = null;

/** A shared world's teacher's events, by turn (index 0: turn 1), for the games of that world (its scenario, seed
 *  and rules); null when the tab plays no shared world. */
let worldEvents: { game: string; byTurn: readonly (readonly string[])[] } | null = null;
type WorldOf = Pick<GameState, 'scenario' | 'seed' | 'rules'>;
const gameKey = (game: WorldOf): string => `${game.scenario.hash}|${game.seed}|${canonicalJson(game.rules ?? {})}`;

/** The events a shared world's teacher put on each of its turns so far, so that its games replay as the world did;
 *  null: the tab plays no shared world. */
export function useWorldEvents(world: WorldOf | null, byTurn: readonly (readonly string[])[] = []): void {
  worldEvents = world ? { game: gameKey(world), byTurn } : null;
}

/** The states at the start of turns 1 … game.turn (the last one is `game` itself, unless the game has ended). */
export function statesOf(game: GameState): GameState[] {
  const events = worldEvents?.game === gameKey(game) ? worldEvents.byTurn : [];
  const keys = game.log.map((record, i) => canonicalJson({ decisions: record.decisions, events: events[i] ?? [] }));
  const rules = canonicalJson(game.rules ?? {});
  let decided: GameState[] = [];
  // Reuse the last replay as far as the two logs agree: a game only grows by a turn at a time.
  if (last && last.scenarioHash === game.scenario.hash && last.seed === game.seed && last.rules === rules) {
    let n = 0;
    while (n < keys.length && n < last.keys.length && keys[n] === last.keys[n]) n++;
    decided = last.decided.slice(0, n);
  }
  /** The state after turn `turn`, from the state it was decided in. */
  const after = (turn: number): GameState => {
    const next = applyDecisions(decided[turn - 1]!, game.log[turn - 1]!.decisions);
    if (!next.ok) throw new Error(t('play.timeline.noReplay', { turn, reason: JSON.stringify(next.errors) }));
    return next.value;
  };
  const from = decided.length;
  for (let i = from; i < game.log.length; i++) {
    let start = i === 0 ? newGame(game.scenario, game.seed, game.rules) : after(i);
    for (const event of events[i] ?? []) {
      const put = injectEvent(start, event);
      if (!put.ok) throw new Error(t('play.timeline.noReplay', { turn: i + 1, reason: JSON.stringify(put.errors) }));
      start = put.value;
    }
    decided.push(start);
  }
  // The last turn leads to the game itself: its decisions are only checked, once.
  if (from < game.log.length) after(game.log.length);
  last = { scenarioHash: game.scenario.hash, seed: game.seed, rules, decided, keys: keys.slice(0, decided.length) };
  return [...decided, game];
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
