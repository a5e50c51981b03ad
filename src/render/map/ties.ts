// Lines between capitals: the tie's kind as colour and dash, trust as weight. When ties change, the old line
// fades out as the new one fades in (or thickens and thins in place when only trust moved).
import type * as Phaser from 'phaser';
import { geoInterpolate } from 'd3-geo';
import type { Geography } from '../geography';
import { MAP_COLOURS, TIE, tieWidth } from '../palette';
import type { MapSnapshot, TieLine } from '../snapshot';
import type { Anchor } from './anchors';

type Point = [number, number];

const keyOf = (l: TieLine): string => `${l.a}|${l.b}`;
const alphaOf = (l: TieLine): number => (l.withPlayer ? 1 : 0.55);

export class TieLines {
  private readonly g: Phaser.GameObjects.Graphics;
  private previous = new Map<string, TieLine>();
  private current = new Map<string, TieLine>();
  private paths = new Map<string, { where: string; points: Point[] }>();
  private progress = 1;
  private tween: Phaser.Tweens.Tween | null = null;
  private zoom = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly geo: Geography,
    private readonly motion: boolean,
  ) {
    this.g = scene.add.graphics().setDepth(5);
  }

  update(snapshot: MapSnapshot, anchorOf: (id: string) => Anchor | null, lonLat: (id: string) => Point | null): void {
    this.previous = this.current;
    this.current = new Map(snapshot.ties.map((l) => [keyOf(l), l]));
    for (const l of snapshot.ties) {
      // Routes are kept by pair and by where both ends are, so another scenario's capitals get their own.
      const key = keyOf(l);
      const where = `${lonLat(l.a)}|${lonLat(l.b)}`;
      if (this.paths.get(key)?.where !== where) {
        const points = this.route(l, anchorOf, lonLat);
        if (points) this.paths.set(key, { where, points });
      }
    }
    this.tween?.stop();
    this.progress = 0;
    if (!this.motion) {
      this.progress = 1;
      this.redraw();
      return;
    }
    const proxy = { t: 0 };
    this.tween = this.scene.tweens.add({
      targets: proxy,
      t: 1,
      duration: 650,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        this.progress = proxy.t;
        this.redraw();
      },
    });
  }

  /** A great-circle arc between two capitals; a straight line when one end is pinned to the map's edge. */
  private route(l: TieLine, anchorOf: (id: string) => Anchor | null, lonLat: (id: string) => Point | null): Point[] | null {
    const a = anchorOf(l.a);
    const b = anchorOf(l.b);
    if (!a || !b) return null;
    const pa = lonLat(l.a);
    const pb = lonLat(l.b);
    if (a.offMap || b.offMap || !pa || !pb) return [[a.x, a.y], [b.x, b.y]];
    const arc = geoInterpolate(pa, pb);
    const out: Point[] = [];
    for (let i = 0; i <= 24; i++) {
      const p = this.geo.projection(arc(i / 24));
      if (p) out.push(p);
    }
    out[0] = [a.x, a.y];
    out[out.length - 1] = [b.x, b.y];
    return out;
  }

  /** The ends pinned to the view's edge have moved with the view: route their lines again. */
  repin(anchorOf: (id: string) => Anchor | null, lonLat: (id: string) => Point | null): void {
    for (const l of this.current.values()) {
      if (!anchorOf(l.a)?.offMap && !anchorOf(l.b)?.offMap) continue;
      const points = this.route(l, anchorOf, lonLat);
      const where = `${lonLat(l.a)}|${lonLat(l.b)}`;
      if (points) this.paths.set(keyOf(l), { where, points });
    }
    this.redraw();
  }

  setZoom(zoom: number): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this.redraw();
  }

  private redraw(): void {
    this.g.clear();
    const t = this.progress;
    const keys = new Set([...this.previous.keys(), ...this.current.keys()]);
    // Player's lines last, so they lie on top.
    const order = [...keys].sort((p, q) => Number(this.lineFor(p)?.withPlayer) - Number(this.lineFor(q)?.withPlayer));
    for (const key of order) {
      const path = this.paths.get(key)?.points;
      if (!path) continue;
      const before = this.previous.get(key);
      const after = this.current.get(key);
      if (before && after && before.kind === after.kind) {
        const trust = before.trust + (after.trust - before.trust) * t;
        this.stroke(path, { ...after, trust }, alphaOf(after));
        continue;
      }
      if (before && t < 1) this.stroke(path, before, alphaOf(before) * (1 - t));
      if (after && t > 0) this.stroke(path, after, alphaOf(after) * t);
    }
  }

  private lineFor(key: string): TieLine | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  private stroke(path: Point[], line: TieLine, alpha: number): void {
    const style = TIE[line.kind];
    // Others' ties are drawn lighter, so the player's own relationships lead the eye.
    const width = (tieWidth(line.trust) * (line.withPlayer ? 1 : 0.6)) / this.zoom;
    const dash = style.dash.map((d) => d / this.zoom);
    this.g.lineStyle(width + 2.5 / this.zoom, MAP_COLOURS.halo, 0.7 * alpha);
    this.dashed(path, dash);
    this.g.lineStyle(width, style.colour, alpha);
    this.dashed(path, dash);
  }

  private dashed(path: Point[], dash: number[]): void {
    const g = this.g;
    if (dash.length === 0) {
      g.beginPath();
      g.moveTo(path[0]![0], path[0]![1]);
      for (let i = 1; i < path.length; i++) g.lineTo(path[i]![0], path[i]![1]);
      g.strokePath();
      return;
    }
    const [on, off] = dash as [number, number];
    let phase = 0;
    let drawing = true;
    g.beginPath();
    g.moveTo(path[0]![0], path[0]![1]);
    for (let i = 1; i < path.length; i++) {
      let [x0, y0] = path[i - 1]!;
      const [x1, y1] = path[i]!;
      let left = Math.hypot(x1 - x0, y1 - y0);
      while (left > 0) {
        const span = (drawing ? on : off) - phase;
        const step = Math.min(span, left);
        const f = step / left;
        const nx = x0 + (x1 - x0) * f;
        const ny = y0 + (y1 - y0) * f;
        if (drawing) g.lineTo(nx, ny);
        else g.moveTo(nx, ny);
        x0 = nx;
        y0 = ny;
        left -= step;
        phase += step;
        if (phase >= (drawing ? on : off) - 1e-9) {
          phase = 0;
          drawing = !drawing;
        }
      }
    }
    g.strokePath();
  }
}
