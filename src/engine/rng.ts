// Seeded randomness whose whole state lives inside the game state, so a game replays exactly.
// Alea (from seedrandom) keeps four numbers of state: cheap to copy, hash and restore.
import seedrandom from 'seedrandom';
import type { RngState } from './types';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** The state to store back into the game state. */
  save(): RngState;
}

export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

/** The generator resumed from `state` (left unchanged): Alea's step, as seedrandom's alea takes it, on four numbers
 *  of its own. The rules resume a generator many times a turn, and seedrandom would seed a new one each time before
 *  setting its state. */
export function restoreRng(state: RngState): Rng {
  let { c, s0, s1, s2 } = state;
  return {
    next: () => {
      const t = 2091639 * s0 + c * 2.3283064365386963e-10; // 2^-32
      s0 = s1;
      s1 = s2;
      c = t | 0;
      return (s2 = t - c);
    },
    save: () => ({ c, s0, s1, s2 }),
  };
}

/** Pick an index with probability proportional to its weight; -1 if all weights are zero. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += Math.max(0, w);
  if (total <= 0) return -1;
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= Math.max(0, weights[i]!);
    if (r < 0) return i;
  }
  return weights.length - 1;
}
