// The map's one entry point. Imported lazily by the page, so Phaser arrives in its own chunk after the briefing shows.
import * as Phaser from 'phaser';
import type { MapBus } from './bus';
import type { MapContext } from './context';
import { exposeProbe, type ProbeState } from './debug';
import { WORLD } from './geography';
import { MAP_COLOURS, css } from './palette';
import { Boot } from './scenes/Boot';
import { MapScene } from './scenes/MapScene';
import { Preloader } from './scenes/Preloader';

export interface MapOptions {
  /** Canvas by default: it is what the frame-time target is measured on, and needs no GPU. */
  renderer?: 'canvas' | 'webgl';
  /** Pulses, fades and glides; off when the player prefers reduced motion. */
  motion?: boolean;
}

export interface MapHandle {
  destroy(): void;
}

export function startMap(parent: HTMLElement, bus: MapBus, options: MapOptions = {}): MapHandle {
  const renderer = options.renderer ?? 'canvas';
  const probe: ProbeState = {
    preloaded: false,
    ready: false,
    renderer,
    readyAt: null,
    countries: () => [],
    markers: () => [],
    view: () => ({ zoom: 1, cx: WORLD.width / 2, cy: WORLD.height / 2 }),
    home: () => ({ zoom: 1, cx: WORLD.width / 2, cy: WORLD.height / 2 }),
    turn: () => null,
    frameWork: [],
    screenOf: () => null,
    playback: () => null,
  };
  exposeProbe(probe);
  const context: MapContext = { bus, motion: options.motion ?? true, probe };
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: WORLD.width,
    height: WORLD.height,
    backgroundColor: css(MAP_COLOURS.sea),
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scene: [new Boot(context), new Preloader(context), new MapScene(context)],
  });
  // Time each frame's own work, for the benchmark: from the step's start to the end of its drawing.
  let stepStart = 0;
  game.events.on(Phaser.Core.Events.PRE_STEP, () => (stepStart = performance.now()));
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    probe.frameWork.push(performance.now() - stepStart);
    if (probe.frameWork.length > 1200) probe.frameWork.shift();
  });
  return { destroy: () => game.destroy(true) };
}

export type { MapBus } from './bus';
