// The only road between the map (Phaser) and the page (DOM): snapshots and view commands in, intents and status out.
import type { SupportLevel, Tie } from '../engine';
import type { MapSnapshot } from './snapshot';

/** Something on the map a player can point at. */
export type MapTarget = { type: 'actor'; id: string } | { type: 'theatre'; id: string };

/** What the player did on the map; the page decides what it means. */
export type MapIntent = { kind: 'select'; target: MapTarget | null } | { kind: 'hover'; target: MapTarget | null };

/** What the page asks of the map's view (never of the game). */
export type MapCommand =
  | { kind: 'zoom'; by: number }
  /** Move the view by a share of its width and height (keyboard arrows). */
  | { kind: 'pan'; x: number; y: number }
  | { kind: 'reset-view' }
  /** Mark a target as selected, after the page has accepted the player's intent. */
  | { kind: 'select'; target: MapTarget | null }
  /** Show one step of the turn just resolved over the map; null clears it. */
  | { kind: 'playback'; cue: PlaybackCue | null };

/** One call in a crisis and its answer. */
export interface CallCue {
  caller: string;
  callee: string;
  expected: SupportLevel;
  given: SupportLevel;
  /** The answer in a few words with its mark, in the page's language, as the map writes it beside the callee. */
  word: string;
}

/** A crisis as far as the resolution has told it: where, who presses whom, the calls answered so far, and its end. */
export interface CrisisCue {
  theatre: string;
  initiator: string;
  target: string;
  calls: CallCue[];
  end: { escalated: boolean; winner: string } | null;
  /** The words the map writes at the theatre, in the page's language: who presses whom, and how it ended. */
  words: { flare: string; end: string };
}

/** A tie that changed this turn: `warmed` and `cooled` keep a tie of another kind, `formed` and `broke` start or end one. */
export interface TieCue {
  a: string;
  b: string;
  change: 'formed' | 'warmed' | 'cooled' | 'broke';
  to: Tie;
  /** The change in a word or two, in the page's language, as the map writes it along the tie. */
  word: string;
}

/** The picture of one step of a resolved turn: the crisis it belongs to (or the ties changed so far) and what the step
 *  adds, which the map brings in last. The map draws the whole cue, so a step can be shown on its own. */
export interface PlaybackCue {
  adds: 'flare' | 'call' | 'end' | 'tie';
  crisis: CrisisCue | null;
  ties: TieCue[];
}

export type MapStatus =
  | { kind: 'loading'; progress: number }
  | { kind: 'ready'; renderer: 'canvas' | 'webgl' }
  | { kind: 'error'; message: string };

export interface Channel<T> {
  send(value: T): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: (value: T) => void): () => void;
  /** The last value sent, if any: a scene that starts late still gets the current picture. */
  latest(): T | undefined;
}

function channel<T>(): Channel<T> {
  const listeners = new Set<(value: T) => void>();
  let last: T | undefined;
  return {
    send(value) {
      last = value;
      for (const l of [...listeners]) l(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    latest: () => last,
  };
}

export interface MapBus {
  snapshots: Channel<MapSnapshot>;
  commands: Channel<MapCommand>;
  intents: Channel<MapIntent>;
  status: Channel<MapStatus>;
}

export function createMapBus(): MapBus {
  return { snapshots: channel(), commands: channel(), intents: channel(), status: channel() };
}

export function sameTarget(a: MapTarget | null, b: MapTarget | null): boolean {
  return a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);
}
