// A small read-only window onto the map for the browser tests and the benchmark: is it drawn, what did it
// draw, and where on the page is a marker. It exposes no way to change anything.
import type { MapTarget, PlaybackCue } from './bus';

export interface MapProbe {
  readonly preloaded: boolean;
  readonly ready: boolean;
  readonly renderer: 'canvas' | 'webgl';
  /** performance.now() when the first frame with a snapshot was drawn. */
  readonly readyAt: number | null;
  /** ISO codes painted as some actor's countries. */
  readonly countries: readonly string[];
  /** Actors and theatres with a marker on the map. */
  readonly markers: readonly string[];
  readonly view: { zoom: number; cx: number; cy: number };
  /** The view the map opens on and goes back to: the scenario's region. */
  readonly home: { zoom: number; cx: number; cy: number };
  /** The turn of the world drawn (its snapshot's turn), null before one arrives. */
  readonly turn: number | null;
  /** Milliseconds of the game's own work (update and draw calls) in each of the last frames, oldest first. */
  readonly frameWork: readonly number[];
  /** Page coordinates (CSS pixels, relative to the viewport) of a marker, or null when it is not on the map. */
  screenOf(target: MapTarget): { x: number; y: number } | null;
  /** The step of the resolved turn shown over the map, whether it grew in with motion, and its words as boxes on the
   *  canvas (centre and size, in canvas pixels); null when no step is shown. */
  readonly playback: PlaybackProbe | null;
}

declare global {
  interface Window {
    __bowstringMap?: MapProbe;
  }
}

export interface PlaybackProbe {
  cue: PlaybackCue;
  animated: boolean;
  labels: { text: string; x: number; y: number; w: number; h: number }[];
}

export interface ProbeState {
  preloaded: boolean;
  ready: boolean;
  renderer: 'canvas' | 'webgl';
  readyAt: number | null;
  countries: () => string[];
  markers: () => string[];
  view: () => { zoom: number; cx: number; cy: number };
  home: () => { zoom: number; cx: number; cy: number };
  turn: () => number | null;
  frameWork: number[];
  screenOf: (target: MapTarget) => { x: number; y: number } | null;
  playback: () => PlaybackProbe | null;
}

export function exposeProbe(state: ProbeState): void {
  window.__bowstringMap = Object.freeze({
    get preloaded() { return state.preloaded; },
    get ready() { return state.ready; },
    get renderer() { return state.renderer; },
    get readyAt() { return state.readyAt; },
    get countries() { return Object.freeze(state.countries()); },
    get markers() { return Object.freeze(state.markers()); },
    get view() { return Object.freeze(state.view()); },
    get home() { return Object.freeze(state.home()); },
    get turn() { return state.turn(); },
    get frameWork() { return Object.freeze([...state.frameWork]); },
    screenOf: (target: MapTarget) => state.screenOf(target),
    get playback() { return state.playback(); },
  });
}
