// Loads the map data (a static asset of this site, never another origin) behind a progress bar, then reads it.
import * as Phaser from 'phaser';
import countriesUrl from '../map-data.json?url';
import type { MapContext } from '../context';
import { WORLD, readGeography } from '../geography';
import { MAP_COLOURS, css } from '../palette';

export class Preloader extends Phaser.Scene {
  constructor(private readonly context: MapContext) {
    super('Preloader');
  }

  init(): void {
    const w = 360;
    const x = (WORLD.width - w) / 2;
    const y = WORLD.height / 2;
    this.add.text(WORLD.width / 2, y - 28, 'Drawing the map…', { fontFamily: 'system-ui, sans-serif', fontSize: '18px', color: css(MAP_COLOURS.ink) }).setOrigin(0.5);
    this.add.rectangle(x, y, w, 14).setOrigin(0, 0.5).setStrokeStyle(1.5, MAP_COLOURS.ink);
    const bar = this.add.rectangle(x + 2, y, 0, 10, MAP_COLOURS.ink).setOrigin(0, 0.5);
    this.load.on('progress', (progress: number) => {
      bar.width = (w - 4) * progress;
      this.context.bus.status.send({ kind: 'loading', progress });
    });
    this.load.on('loaderror', () => this.context.bus.status.send({ kind: 'error', message: 'The map data could not be loaded.' }));
  }

  preload(): void {
    this.load.json('countries', countriesUrl);
  }

  create(): void {
    const json: unknown = this.cache.json.get('countries');
    if (!json) return;
    this.context.probe.preloaded = true;
    this.scene.start('Map', { geo: readGeography(json) });
  }
}
