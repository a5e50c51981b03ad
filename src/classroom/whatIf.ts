// What-if: the same scenario played many times headless with simple policies for the student's side, to show where
// the student's score falls. Played in chunks through a generator, so a Web Worker can report progress (and stop)
// between chunks; the same seeds serve every policy, so policies are compared on the same worlds.
import { score, type ActorId, type GameRules, type Scenario } from '../engine';
import { playGame } from '../ai/autoplay';
import { rulesProblems } from '../persistence/shape';
import type { PolicyName } from '../ai/policies';
import { spread, type Spread } from './classReport';
import type { Catalog } from '../i18n/catalog/en';
import type { Lang } from '../i18n/langs';

export const WHAT_IF_POLICIES = ['all-ally', 'all-partner', 'all-hedge', 'historical'] as const satisfies readonly PolicyName[];
export type WhatIfPolicy = (typeof WHAT_IF_POLICIES)[number];

export interface WhatIfOptions {
  policies: readonly WhatIfPolicy[];
  /** Games per policy. */
  runs: number;
  /** Game i of every policy is played on the seed `${seedBase}:${i}`. */
  seedBase: string;
  side: ActorId;
  /** How the other actors decide (the persona policy unless given): cheap enough for a thousand games. */
  others?: PolicyName;
  /** The student's game's rules (`state.rules`): its turn count and temperament, so every game is played by the same. */
  rules?: GameRules;
  /** Games between progress reports. */
  chunk?: number;
}

export interface WhatIfProgress {
  done: number;
  total: number;
  /** done / total, from 0 to 1. */
  fraction: number;
}

export interface WhatIfDistribution {
  policy: WhatIfPolicy;
  /** The side's scores, sorted from lowest to highest. */
  scores: number[];
  spread: Spread;
}

export interface WhatIfResult {
  scenarioId: string;
  side: ActorId;
  runs: number;
  distributions: WhatIfDistribution[];
}

/** The games in chunks: yields progress after each chunk and returns the distributions. */
export function* whatIfSteps(scenario: Scenario, options: WhatIfOptions): Generator<WhatIfProgress, WhatIfResult, void> {
  // Rules the engine cannot play are refused in words, before a thousand games throw or play nonsense.
  const bad = options.rules === undefined ? [] : rulesProblems(options.rules, scenario);
  if (bad.length > 0) throw new RangeError(bad.map((p) => p.message).join(' '));
  const runs = Math.max(0, Math.floor(options.runs));
  const chunk = Math.max(1, Math.floor(options.chunk ?? 25));
  const total = runs * options.policies.length;
  const scores: number[][] = options.policies.map(() => []);
  let done = 0;
  yield { done, total, fraction: total === 0 ? 1 : 0 };
  for (let p = 0; p < options.policies.length; p++) {
    for (let i = 0; i < runs; i++) {
      const game = playGame(scenario, {
        seed: `${options.seedBase}:${i}`,
        policy: options.others ?? 'persona',
        policies: { [options.side]: options.policies[p]! },
        ...(options.rules === undefined ? {} : { rules: options.rules }),
      });
      scores[p]!.push(score(game, options.side));
      done++;
      if (done % chunk === 0 || done === total) yield { done, total, fraction: done / total };
    }
  }
  return {
    scenarioId: scenario.id,
    side: options.side,
    runs,
    distributions: options.policies.map((policy, p) => {
      const sorted = [...scores[p]!].sort((a, b) => a - b);
      return { policy, scores: sorted, spread: spread(sorted) };
    }),
  };
}

/** All the games at once, reporting progress after each chunk. */
export function runWhatIf(scenario: Scenario, options: WhatIfOptions, onProgress?: (progress: WhatIfProgress) => void): WhatIfResult {
  const steps = whatIfSteps(scenario, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onProgress?.(next.value);
  }
}

/** Where `score` falls among `scores`, as a percentile 0..100: the share below it, counting ties as half. */
export function placeInDistribution(score: number, distribution: readonly number[] | WhatIfDistribution): number {
  const scores = Array.isArray(distribution) ? distribution : (distribution as WhatIfDistribution).scores;
  if (scores.length === 0) return NaN;
  let below = 0;
  let equal = 0;
  for (const s of scores) {
    if (s < score) below++;
    else if (s === score) equal++;
  }
  return (100 * (below + equal / 2)) / scores.length;
}

/** What the page asks of the games' worker (games.worker.ts) for a what-if: a run carries the page's language and
 *  messages, so that a refusal reads as the page does and the worker's code carries no copy of any language. */
export type WhatIfRequest = { type: 'run'; id: number; lang: Lang; messages: Catalog; scenario: Scenario; options: WhatIfOptions } | { type: 'cancel'; id: number };
export type WhatIfMessage =
  | { type: 'progress'; id: number; progress: WhatIfProgress }
  | { type: 'result'; id: number; result: WhatIfResult }
  | { type: 'error'; id: number; message: string };
