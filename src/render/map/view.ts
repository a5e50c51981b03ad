// Pan and zoom: the view is a centre and a zoom, kept inside the world so the map never slides off. A view can also be
// fitted to a set of places: the scenario's actors and theatres (its home), or the crisis being told.
import type * as Phaser from 'phaser';
import { WORLD } from '../geography';

/** Zoom 1 shows the whole world of the map: Europe and Asia from Lisbon to Tokyo. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 6;
/** Screen pixels kept clear around the places a fitted view must show: room for the labels beside their markers. */
export const FIT_MARGIN = 64;
/** A fitted view zooms in no further than this, so a crisis among neighbours keeps its region around it. */
export const FIT_MAX_ZOOM = 4;
/** Marks and words keep at least this share of their design size on screen when the map is shown smaller than its
 *  world (half a laptop's screen shows it at about half size, where 13 px words would shrink to 6 px). */
export const MIN_MARK_SIZE = 0.8;
/** …and grow no more than this, so that a small map is not buried under its own words. */
const MAX_INK = 2;

/** How much larger than their design size marks and words are drawn for a map shown at `displayed` of its size. */
export function inkFor(displayed: number): number {
  if (!(displayed > 0)) return 1;
  return Math.min(MAX_INK, Math.max(1, MIN_MARK_SIZE / displayed));
}

/** How long a glide to a fitted view takes, in milliseconds. */
const GLIDE_MS = 650;

export interface ViewFrame {
  zoom: number;
  cx: number;
  cy: number;
}

export const WHOLE_WORLD: ViewFrame = { zoom: MIN_ZOOM, cx: WORLD.width / 2, cy: WORLD.height / 2 };

/** The view that shows every point (world pixels) with `margin` screen pixels to spare, zoomed in no further than
 *  `maxZoom`; the whole world when there is no point. */
export function fitView(points: readonly (readonly [number, number])[], margin = FIT_MARGIN, maxZoom = FIT_MAX_ZOOM): ViewFrame {
  if (points.length === 0) return WHOLE_WORLD;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = Math.min((WORLD.width - 2 * margin) / Math.max(x1 - x0, 1), (WORLD.height - 2 * margin) / Math.max(y1 - y0, 1));
  return { zoom: Math.min(maxZoom, Math.max(MIN_ZOOM, fit)), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

export class View {
  zoom = MIN_ZOOM;
  cx = WORLD.width / 2;
  cy = WORLD.height / 2;
  /** How much larger than their design size marks and words are drawn (`inkFor`): 1 on a map shown at full size. */
  ink = 1;
  /** Where the view opens and where "reset" brings it back: the scenario's region. */
  home: ViewFrame = WHOLE_WORLD;
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

  /** The player takes the view: a glide under way stops where it is. */
  stop(): void {
    this.tween?.stop();
    this.tween = null;
  }

  panBy(dx: number, dy: number): void {
    this.stop();
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
    this.stop();
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
    this.glideTo(this.home, smooth);
  }

  /** Glide to a view, or jump there when motion is reduced. */
  glideTo(to: ViewFrame, smooth: boolean): void {
    this.stop();
    if (!smooth) return this.set(to.zoom, to.cx, to.cy);
    const proxy = { z: this.zoom, cx: this.cx, cy: this.cy };
    this.tween = this.scene.tweens.add({
      targets: proxy,
      z: to.zoom,
      cx: to.cx,
      cy: to.cy,
      duration: GLIDE_MS,
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
