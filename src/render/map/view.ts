// Pan and zoom: the view is a centre and a zoom, kept inside the world so the map never slides off.
import type * as Phaser from 'phaser';
import { WORLD } from '../geography';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 6;

export class View {
  zoom = 1;
  cx = WORLD.width / 2;
  cy = WORLD.height / 2;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onChange: () => void,
  ) {}

  /** World point under a screen (canvas) point. */
  toWorld(sx: number, sy: number): [number, number] {
    return [this.cx + (sx - WORLD.width / 2) / this.zoom, this.cy + (sy - WORLD.height / 2) / this.zoom];
  }

  toScreen(wx: number, wy: number): [number, number] {
    return [WORLD.width / 2 + (wx - this.cx) * this.zoom, WORLD.height / 2 + (wy - this.cy) * this.zoom];
  }

  panBy(dx: number, dy: number): void {
    this.set(this.zoom, this.cx - dx / this.zoom, this.cy - dy / this.zoom);
  }

  /** Zoom by a factor, keeping the world point under (sx, sy) where it is. */
  zoomAt(factor: number, sx: number, sy: number): void {
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * factor));
    const [wx, wy] = this.toWorld(sx, sy);
    this.set(zoom, wx - (sx - WORLD.width / 2) / zoom, wy - (sy - WORLD.height / 2) / zoom);
  }

  /** Zoom smoothly about the centre of the view (buttons), or at once when motion is reduced. */
  animateZoom(factor: number, smooth: boolean): void {
    this.tween?.stop();
    const target = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * factor));
    if (!smooth) return this.zoomAt(target / this.zoom, WORLD.width / 2, WORLD.height / 2);
    const proxy = { z: this.zoom };
    this.tween = this.scene.tweens.add({
      targets: proxy,
      z: target,
      duration: 260,
      ease: 'Sine.easeInOut',
      onUpdate: () => this.zoomAt(proxy.z / this.zoom, WORLD.width / 2, WORLD.height / 2),
    });
  }

  reset(smooth: boolean): void {
    this.tween?.stop();
    if (!smooth) return this.set(1, WORLD.width / 2, WORLD.height / 2);
    const proxy = { z: this.zoom, cx: this.cx, cy: this.cy };
    this.tween = this.scene.tweens.add({
      targets: proxy,
      z: 1,
      cx: WORLD.width / 2,
      cy: WORLD.height / 2,
      duration: 320,
      ease: 'Sine.easeInOut',
      onUpdate: () => this.set(proxy.z, proxy.cx, proxy.cy),
    });
  }

  private set(zoom: number, cx: number, cy: number): void {
    const halfW = WORLD.width / (2 * zoom);
    const halfH = WORLD.height / (2 * zoom);
    this.zoom = zoom;
    this.cx = Math.min(WORLD.width - halfW, Math.max(halfW, cx));
    this.cy = Math.min(WORLD.height - halfH, Math.max(halfH, cy));
    const cam = this.scene.cameras.main;
    cam.setZoom(zoom);
    cam.centerOn(this.cx, this.cy);
    this.onChange();
  }
}
