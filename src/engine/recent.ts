// What the computer's players read from a state, kept for the last few states read.
import type { GameState } from './types';

/** Every cache of readings: a state changed in place must be forgotten by them all. */
const every: { drop(state: GameState): void }[] = [];

/**
 * A cache of what is read from the last few states, for states that no longer change (those the computer's players
 * decide on). A player reads one state at a time, over and over (the look-ahead a few in turn), so a short list finds
 * it at once; and it lets the states go as play moves on, where a WeakMap would keep every state ever read until the
 * next full collection, and slow every collection before it.
 */
export class Recent<T> {
  private readonly states: GameState[] = [];
  private readonly values: T[] = [];

  constructor(
    private readonly read: (state: GameState) => T,
    private readonly size = 4,
  ) {
    every.push(this);
  }

  /** Drop what was read from `state`. */
  drop(state: GameState): void {
    const i = this.states.indexOf(state);
    if (i < 0) return;
    // Those after it moved up one in place, as toFront moves them down (a splice makes an array of what it removes).
    const { states, values } = this;
    for (let k = i + 1; k < states.length; k++) {
      states[k - 1] = states[k]!;
      values[k - 1] = values[k]!;
    }
    states.pop();
    values.pop();
  }

  /** Keep `value` as what is read from `state`, read another way (it must be what `read` would give). */
  put(state: GameState, value: T): void {
    const i = this.states.indexOf(state);
    this.toFront(i >= 0 ? i : this.lastSlot(), state, value);
  }

  of(state: GameState): T {
    if (this.states[0] === state) return this.values[0]!;
    const i = this.states.indexOf(state);
    const value = i > 0 ? this.values[i]! : this.read(state);
    this.toFront(i > 0 ? i : this.lastSlot(), state, value);
    return value;
  }

  /** The slot a new state's reading pushes out: the one after the last, or the last when the list is full. */
  private lastSlot(): number {
    return Math.min(this.states.length, this.size - 1);
  }

  /** Put `state` and `value` first, moving those before slot `end` one down over it. Moved in place: splicing and
   *  unshifting made an array of the removed items at every turn and at every state the look-ahead reads. */
  private toFront(end: number, state: GameState, value: T): void {
    const { states, values } = this;
    for (let k = end; k > 0; k--) {
      states[k] = states[k - 1]!;
      values[k] = values[k - 1]!;
    }
    states[0] = state;
    values[0] = value;
  }
}

/** Forget every reading of `state`, about to be changed in place (see quietTurnInPlace): a reading kept for it would
 *  be that of the state it was. */
export function forgetReadings(state: GameState): void {
  for (const r of every) r.drop(state);
}
