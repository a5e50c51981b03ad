// First scene: nothing to load yet; hand over to the Preloader with the sea already showing.
import * as Phaser from 'phaser';
import type { MapContext } from '../context';

export class Boot extends Phaser.Scene {
  constructor(private readonly context: MapContext) {
    super('Boot');
  }

  create(): void {
    this.context.bus.status.send({ kind: 'loading', progress: 0 });
    this.scene.start('Preloader');
  }
}
