// Courses of play for the player's side, weighed by playing each to the end of the game: this turn's decision, then
// a simple policy for every turn after, everyone else by persona, through the same sampled futures (common random
// numbers: each future fixes the others' decisions this turn and every draw after, turn by turn, so that courses
// differ by what the side does more than by luck). What counts is the side's score at the end.
//
// The advisor takes, each turn, the course that ends best (rollout policy improvement): since following a simple
// policy this turn and after is always among the courses, following the advisor does, in expectation, no worse than
// the best of them — as far as the sampled futures tell; an alternative must beat the best simple course by more
// than its sampling error to be taken.
import { applyDecisions, lastTurn, lookup, restoreRng, score, seedRng, type ActorDecision, type ActorId, type Decisions, type GameState, type Rng } from '../engine';
import { ruleDecision, type RulePolicy } from './persona';
import { mean } from './stats';

/** The policies a course may go on with after this turn. */
export const BASE_POLICIES = ['all-ally', 'all-partner', 'all-hedge', 'historical', 'persona'] as const satisfies readonly RulePolicy[];
export type BasePolicy = (typeof BASE_POLICIES)[number];

/** One sampled future: what everyone else does this turn, and a name from which every later draw is seeded. */
export interface World {
  others: Decisions;
  seed: string;
}

/** A course: this turn's decision, then a simple policy to the end. `name` says where this turn's decision comes from. */
export interface Course {
  name: string;
  first: ActorDecision;
  then: BasePolicy;
}

export interface PlanSettings {
  /** Futures every simple course is first played through, to find the best of them. */
  screen: number;
  /** Futures, at least, the best simple course and the rivals that keep up with it are played through. */
  worlds: number;
  /** More futures for them while the turns still to play, counted for every pair of actors (what a turn costs grows
   *  with the pairs: every actor weighs its posture toward every other), stay within this many. */
  budget: number;
  /** At most this many futures for them. */
  maxWorlds: number;
  /** An alternative is taken over the best simple course only if its mean gain exceeds this many standard errors. */
  z: number;
}

export const PLAN: Readonly<PlanSettings> = { screen: 2, worlds: 4, budget: 25_000, maxWorlds: 24, z: 1 };

export function sampleWorlds(state: GameState, side: ActorId, rng: Rng, n: number): World[] {
  const worlds: World[] = [];
  for (let k = 0; k < n; k++) {
    const others: Decisions = {};
    for (const id of lookup(state.scenario).ids) if (id !== side) others[id] = ruleDecision(state, id, 'persona', rng);
    worlds.push({ others, seed: `world:${rng.next()}` });
  }
  return worlds;
}

function step(state: GameState, decisions: Decisions, seed: string): GameState {
  // Each turn's engine draws are seeded afresh, so that a course's decisions do not shift the draws of later turns.
  const result = applyDecisions({ ...state, rng: seedRng(`${seed}:engine:${state.turn}`) }, decisions);
  if (!result.ok) throw new Error(`a course made an illegal decision: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The side's score at the end of the game, `course` played through `world`. */
export function playOut(state: GameState, side: ActorId, course: Course, world: World): number {
  const ids = lookup(state.scenario).ids;
  let s = step(state, { ...world.others, [side]: course.first }, world.seed);
  while (!s.ending) {
    // The side draws apart from the others, so that its policy does not shift what they draw.
    const others = restoreRng(seedRng(`${world.seed}:others:${s.turn}`));
    const own = restoreRng(seedRng(`${world.seed}:side:${s.turn}`));
    const d: Decisions = {};
    for (const id of ids) d[id] = id === side ? ruleDecision(s, id, course.then, own) : ruleDecision(s, id, 'persona', others);
    s = step(s, d, world.seed);
  }
  return score(s, side);
}

/** A course with the final scores it reached, one for each future it was played through. */
export interface Played {
  course: Course;
  scores: number[];
}

export interface Plan {
  chosen: Played;
  /** The best course whose decision this turn is a simple policy's. */
  simplest: Played;
  /** Every course weighed: those played through as many futures as `chosen` first, the better first. */
  played: Played[];
  /** Futures the best simple course, and the courses that kept up with it, were played through. */
  worlds: number;
}

/** `x` against `base` future by future: the mean gain and its standard error. */
export function gainOver(x: readonly number[], base: readonly number[]): { gain: number; error: number } {
  const n = Math.min(x.length, base.length);
  const d = Array.from({ length: n }, (_, i) => x[i]! - base[i]!);
  const gain = mean(d);
  const sd = n > 1 ? Math.sqrt(d.reduce((a, b) => a + (b - gain) ** 2, 0) / (n - 1)) : Infinity;
  return { gain, error: sd / Math.sqrt(n) };
}

/**
 * The course that ends best for `side`. Every simple policy's course is played through a few futures; the best of
 * them is played through more — as many as the budget allows, since a game with fewer turns left or fewer actors
 * costs less to play out. Its rivals (the runner-up, and the alternatives `alternatives(best)` builds: this turn's
 * decision from elsewhere, then the best simple policy) are played through the same futures as long as they stay
 * ahead of it; a rival is taken only if it beats the best simple course by more than chance explains.
 */
export function plan(state: GameState, side: ActorId, rng: Rng, alternatives: (best: Course) => Omit<Course, 'then'>[], settings: PlanSettings = PLAN): Plan {
  const left = lastTurn(state) - state.turn + 1;
  const actors = state.scenario.actors.length;
  const affordable = Math.floor((settings.budget / (actors * actors * left) - BASE_POLICIES.length * settings.screen) / 3);
  const n = Math.max(settings.worlds, settings.screen, Math.min(settings.maxWorlds, affordable));
  const worlds = sampleWorlds(state, side, rng, n);
  const playTo = (p: Played, k: number): Played => {
    while (p.scores.length < k) p.scores.push(playOut(state, side, p.course, worlds[p.scores.length]!));
    return p;
  };

  const simple = BASE_POLICIES.map((then) => playTo({ course: { name: then, first: ruleDecision(state, side, then, rng), then }, scores: [] }, settings.screen));
  simple.sort((a, b) => mean(b.scores) - mean(a.scores));
  const best = playTo(simple[0]!, n);
  const rivals = [simple[1]!, ...alternatives(best.course).map((c) => ({ course: { ...c, then: best.course.then }, scores: [] }))];

  let chosen = best;
  let top = 0;
  for (const p of rivals) {
    // An alternative behind the best on the first futures is given no more: it would hardly end surely ahead. (The
    // runner-up, behind on them by the ranking, is given its chance.)
    if (p !== simple[1] && gainOver(playTo(p, settings.screen).scores, best.scores).gain <= 0) continue;
    const { gain, error } = gainOver(playTo(p, n).scores, best.scores);
    if (gain > settings.z * error && gain > top) {
      chosen = p;
      top = gain;
    }
  }
  const played = [best, ...rivals, ...simple.slice(2)].sort((a, b) => b.scores.length - a.scores.length || mean(b.scores) - mean(a.scores));
  return { chosen, simplest: best, played, worlds: n };
}
