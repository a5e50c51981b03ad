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
    this.states.splice(i, 1);
    this.values.splice(i, 1);
  }

  /** Keep `value` as what is read from `state`, read another way (it must be what `read` would give). */
  put(state: GameState, value: T): void {
    const i = this.states.indexOf(state);
    if (i >= 0) {
      this.states.splice(i, 1);
      this.values.splice(i, 1);
    } else if (this.states.length >= this.size) {
      this.states.pop();
      this.values.pop();
    }
    this.states.unshift(state);
    this.values.unshift(value);
  }

  of(state: GameState): T {
    if (this.states[0] === state) return this.values[0]!;
    const i = this.states.indexOf(state);
    let value: T;
    if (i > 0) {
      value = this.values[i]!;
      this.states.splice(i, 1);
      this.values.splice(i, 1);
    } else {
      value = this.read(state);
      if (this.states.length >= this.size) {
        this.states.pop();
        this.values.pop();
      }
    }
    this.states.unshift(state);
    this.values.unshift(value);
    return value;
  }
}

/** Forget every reading of `state`, about to be changed in place (see quietTurnInPlace): a reading kept for it would
 *  be that of the state it was. */
export function forgetReadings(state: GameState): void {
  for (const r of every) r.drop(state);
}
