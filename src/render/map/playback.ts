// The turn just resolved, played over the map one step at a time: the crisis flaring at its theatre, an arc from each
// caller to the one it called in the colour and word of the answer, the end at the theatre, and the ties that changed.
// It draws the whole cue it is given; with motion, what the step adds grows in, otherwise it is shown at once.
import type * as Phaser from 'phaser';
import type { MapTarget, PlaybackCue } from '../bus';
import { ANSWER, MAP_COLOURS, TIE, TIE_CHANGE, css, darken } from '../palette';
import type { Anchor } from './anchors';
import { placeFloating } from './labels';

type Point = [number, number];
/** A place words may go: a point of the world and a shift down the screen, in screen pixels (negative: above). */
interface Spot {
  x: number;
  y: number;
  dy: number;
}
/** Where a label above a marker may go instead, best first: above, below, then further out. */
const ABOVE_OR_BELOW = [1, -1, 1.6, -1.6];
/** Where a tie's word may go along its line, best first: the middle, then toward either end. */
const ALONG_TIE = [0.5, 0.36, 0.64, 0.24, 0.76];
const FONT = 'system-ui, "DejaVu Sans", sans-serif';
/** How long what a step adds takes to grow in, in milliseconds: well inside a step of the resolution screen. */
const GROW_MS = 600;

export class PlaybackLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  /** The words drawn now, so that a frame of a tween rebuilds them only when they change. */
  private wanted: { spots: Spot[]; text: string; colour: number }[] = [];
  private drawnKey = '';
  private cue: PlaybackCue | null = null;
  private progress = 1;
  private tween: Phaser.Tweens.Tween | null = null;
  private zoom = 1;
  /** How much larger than their design size words are drawn (the view's `ink`). */
  private ink = 1;
  /** Whether the last cue grew in with a tween, for the probe. */
  animated = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly motion: boolean,
    private readonly anchorOf: (target: MapTarget) => Anchor | null,
  ) {
    this.g = scene.add.graphics().setDepth(18);
  }

  current(): PlaybackCue | null {
    return this.cue;
  }

  /** The words drawn, each at its centre in the world with its size on screen, for the probe. */
  drawnLabels(): { text: string; x: number; y: number; w: number; h: number }[] {
    return this.labels.map((l) => ({ text: l.text, x: l.x, y: l.y, w: l.width, h: l.height }));
  }

  show(cue: PlaybackCue | null): void {
    this.tween?.stop();
    this.tween = null;
    this.cue = cue;
    this.animated = cue !== null && this.motion;
    this.progress = this.animated ? 0 : 1;
    this.redraw();
    if (!this.animated) return;
    const proxy = { t: 0 };
    this.tween = this.scene.tweens.add({
      targets: proxy,
      t: 1,
      duration: GROW_MS,
      ease: 'Sine.easeOut',
      onUpdate: () => {
        this.progress = proxy.t;
        this.redraw();
      },
    });
  }

  setZoom(zoom: number, ink = 1): void {
    if (zoom === this.zoom && ink === this.ink) return;
    this.zoom = zoom;
    this.ink = ink;
    this.redraw();
  }

  /** Anchors move when another scenario's snapshot arrives: draw again where they now are. */
  refresh(): void {
    this.redraw();
  }

  private redraw(): void {
    this.g.clear();
    this.wanted = [];
    this.draw();
    const key = JSON.stringify([this.wanted, this.zoom, this.ink]);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    for (const l of this.labels) l.destroy();
    this.labels = this.wanted.map((w) =>
      this.scene.add
        .text(0, 0, w.text, { fontFamily: FONT, fontSize: '13px', fontStyle: 'bold', color: css(darken(w.colour)), stroke: '#ffffff', strokeThickness: 4 })
        .setOrigin(0.5)
        .setDepth(40)
        .setScale(this.ink / this.zoom),
    );
    // Where the map is crowded (the Levant) words would fall on one another: each takes the first of its spots that is
    // free, in screen pixels, as the text is measured at its size on screen.
    const taken = placeFloating(
      this.wanted.map((w, i) => ({
        spots: w.spots.map((s) => [s.x * this.zoom, s.y * this.zoom + s.dy * this.ink] as const),
        w: this.labels[i]!.width * this.ink,
        h: this.labels[i]!.height * this.ink,
      })),
    );
    // A word near the edge of the view is pulled inside it, or "presses Russian Er…" is cut by the canvas.
    const cam = this.scene.cameras.main;
    const half = { w: cam.width / (2 * cam.zoom), h: cam.height / (2 * cam.zoom) };
    const mid = { x: cam.scrollX + cam.width / 2, y: cam.scrollY + cam.height / 2 };
    const inside = (v: number, centre: number, room: number, size: number) => (size >= 2 * room ? centre : Math.min(centre + room - size / 2, Math.max(centre - room + size / 2, v)));
    this.labels.forEach((l, i) => {
      const spot = this.wanted[i]!.spots[taken[i]!]!;
      l.setPosition(inside(spot.x, mid.x, half.w, l.displayWidth), inside(spot.y + (spot.dy * this.ink) / this.zoom, mid.y, half.h, l.displayHeight));
    });
  }

  private draw(): void {
    const cue = this.cue;
    if (!cue) return;
    const grow = (adds: PlaybackCue['adds'], last: boolean) => (cue.adds === adds && last ? this.progress : 1);
    const actor = (id: string) => this.anchorOf({ type: 'actor', id });

    const crisis = cue.crisis;
    if (crisis) {
      const theatre = this.anchorOf({ type: 'theatre', id: crisis.theatre });
      const from = actor(crisis.initiator);
      if (theatre) {
        // The flare: a ring that opens at the theatre, and the challenger's thrust toward it.
        const t = grow('flare', true);
        if (from) this.arc(from, theatre, MAP_COLOURS.crisisRing, 3, t, 0.5);
        this.g.fillStyle(MAP_COLOURS.crisis, 0.35 * t).fillCircle(theatre.x, theatre.y, (26 * t) / this.zoom);
        this.g.lineStyle(3 / this.zoom, MAP_COLOURS.crisisRing, 0.95).strokeCircle(theatre.x, theatre.y, ((14 + 14 * t) / this.zoom));
        if (!crisis.end) this.label(this.aboveOrBelow(theatre, 34), crisis.words.flare, MAP_COLOURS.crisisRing);
      }
      crisis.calls.forEach((call, i) => {
        const a = actor(call.caller);
        const b = actor(call.callee);
        if (!a || !b) return;
        const style = ANSWER[call.given];
        const newest = i === crisis.calls.length - 1 && cue.adds === 'call';
        this.arc(a, b, style.colour, style.width, grow('call', newest), newest || cue.adds !== 'call' ? 1 : 0.55);
        if (!newest || this.progress > 0.6) this.label(this.aboveOrBelow(b, 22), call.word, style.colour);
      });
      if (crisis.end && theatre) {
        const t = grow('end', true);
        if (crisis.end.escalated) {
          // A clash: a burst at the theatre.
          this.g.lineStyle(3 / this.zoom, MAP_COLOURS.crisisRing, 1);
          for (let k = 0; k < 10; k++) {
            const angle = (k / 10) * Math.PI * 2;
            const r0 = 16 / this.zoom;
            const r1 = (16 + 18 * t) / this.zoom;
            this.g.lineBetween(theatre.x + Math.cos(angle) * r0, theatre.y + Math.sin(angle) * r0, theatre.x + Math.cos(angle) * r1, theatre.y + Math.sin(angle) * r1);
          }
        }
        this.label(this.aboveOrBelow(theatre, 34), crisis.words.end, MAP_COLOURS.crisisRing);
      }
    }

    cue.ties.forEach((tie, i) => {
      const a = actor(tie.a);
      const b = actor(tie.b);
      if (!a || !b) return;
      const style = TIE_CHANGE[tie.change];
      const colour = style.colour ?? TIE[tie.to].colour;
      const newest = i === cue.ties.length - 1;
      const t = grow('tie', newest);
      this.arc(a, b, colour, style.width, t, newest ? 1 : 0.55, 0.08);
      const spots = ALONG_TIE.map((f) => this.along(a, b, f, 0.08)).map(([x, y]) => ({ x, y, dy: 8 }));
      this.label(spots, tie.word, colour);
    });
  }

  /** A point `f` of the way along a gently bowed curve from a to b. */
  private along(a: Point | Anchor, b: Point | Anchor, f: number, bow: number): Point {
    const [ax, ay] = 'x' in a ? [a.x, a.y] : a;
    const [bx, by] = 'x' in b ? [b.x, b.y] : b;
    const cx = (ax + bx) / 2 - (by - ay) * bow;
    const cy = (ay + by) / 2 + (bx - ax) * bow;
    const u = 1 - f;
    return [u * u * ax + 2 * u * f * cx + f * f * bx, u * u * ay + 2 * u * f * cy + f * f * by];
  }

  /** A bowed line from a to b drawn up to `t` of its length, with an arrowhead where it has reached. */
  private arc(a: Anchor, b: Anchor, colour: number, width: number, t: number, alpha: number, bow = 0.2): void {
    if (t <= 0) return;
    const n = 24;
    const points: Point[] = [];
    for (let i = 0; i <= Math.ceil(n * t); i++) points.push(this.along(a, b, Math.min(i / n, t), bow));
    const w = width / this.zoom;
    for (const [lineWidth, c, al] of [[w + 3 / this.zoom, MAP_COLOURS.halo, 0.8 * alpha], [w, colour, alpha]] as const) {
      this.g.lineStyle(lineWidth, c, al);
      this.g.beginPath();
      this.g.moveTo(points[0]![0], points[0]![1]);
      for (const p of points.slice(1)) this.g.lineTo(p[0], p[1]);
      this.g.strokePath();
    }
    const tip = points[points.length - 1]!;
    const back = points[Math.max(0, points.length - 3)]!;
    const angle = Math.atan2(tip[1] - back[1], tip[0] - back[0]);
    const s = (6 + width) / this.zoom;
    this.g.fillStyle(colour, alpha).fillTriangle(
      tip[0], tip[1],
      tip[0] - Math.cos(angle - 0.45) * s, tip[1] - Math.sin(angle - 0.45) * s,
      tip[0] - Math.cos(angle + 0.45) * s, tip[1] - Math.sin(angle + 0.45) * s,
    );
  }

  /** The spots `dy` screen pixels above a place, then below it, then further out. */
  private aboveOrBelow(at: { x: number; y: number }, dy: number): Spot[] {
    return ABOVE_OR_BELOW.map((k) => ({ x: at.x, y: at.y, dy: -dy * k }));
  }

  /** Words on the map at the first free one of its spots, kept the same size on screen whatever the zoom. */
  private label(spots: Spot[], text: string, colour: number): void {
    this.wanted.push({ spots, text, colour });
  }
}

