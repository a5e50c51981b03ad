// Capitals, non-state actors, organisations and theatres: one marker each, its shape telling the kind and its
// colour and word telling the standing. Markers keep their size on screen whatever the zoom.
import * as Phaser from 'phaser';
import { sameTarget, type MapTarget } from '../bus';
import type { Geography } from '../geography';
import { MAP_COLOURS, STANDING, css, darken } from '../palette';
import type { ActorMark, MapSnapshot, TheatreMark } from '../snapshot';
import { anchorOf, clearOf, pinnedTo, type Anchor, type Shown } from './anchors';
import { mapName, shortTheatre } from './names';
import { placeLabels, type LabelBox } from './labels';
import type { View } from './view';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
/** How close (screen pixels) a pointer must come to a marker to hit it. */
const HIT_RADIUS = 13;

interface Marker {
  target: MapTarget;
  /** Where the marker stands now: its place, or for an actor beyond the map, pinned to the edge of the view. */
  anchor: Anchor;
  /** Its place in the world, before any pinning. */
  base?: Anchor;
  /** Placement order: lower goes first and so keeps its best spot. */
  rank: number;
  radius: number;
  root: Phaser.GameObjects.Container;
  label: Phaser.GameObjects.Container | null;
  labelSize: { w: number; h: number };
  ring: Phaser.GameObjects.Arc;
  pulse: Phaser.Tweens.Tween | null;
  /** What the marker shows; a change rebuilds it. */
  signature: string;
}

const ACTOR_RANK = { self: 0, alliance: 1, partnership: 2, rival: 3, none: 5 } as const;

export class Markers {
  private markers = new Map<string, Marker>();
  private selected: MapTarget | null = null;
  private hovered: MapTarget | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly geo: Geography,
    private readonly motion: boolean,
  ) {}

  update(snapshot: MapSnapshot): void {
    const seen = new Set<string>();
    snapshot.theatres.forEach((t) => this.upsert(`theatre:${t.id}`, () => this.theatreMarker(t), JSON.stringify(t), seen));
    snapshot.actors.forEach((a) => this.upsert(`actor:${a.id}`, () => this.actorMarker(a), JSON.stringify(a), seen));
    for (const [key, m] of this.markers) {
      if (seen.has(key)) continue;
      this.destroy(m);
      this.markers.delete(key);
    }
    this.refreshRings();
  }

  private upsert(key: string, build: () => Marker, signature: string, seen: Set<string>): void {
    seen.add(key);
    const old = this.markers.get(key);
    if (old?.signature === signature) return;
    if (old) this.destroy(old);
    const m = build();
    m.signature = signature;
    this.markers.set(key, m);
    if (old) {
      // A changed marker grows in from its old place, so the player sees what moved.
      m.root.setAlpha(0);
      this.scene.tweens.add({ targets: m.root, alpha: 1, duration: this.motion ? 450 : 0 });
    }
  }

  private destroy(m: Marker): void {
    m.pulse?.stop();
    m.root.destroy();
  }

  private actorMarker(a: ActorMark): Marker {
    const anchor = anchorOf(this.geo, a.lon, a.lat);
    const style = STANDING[a.standing];
    const root = this.scene.add.container(anchor.x, anchor.y).setDepth(20);
    const g = this.scene.add.graphics();
    let radius = 6;
    if (a.kind === 'organisation') {
      const badge = this.scene.add.text(0, 0, a.badge, { fontFamily: FONT, fontSize: '11px', fontStyle: 'bold', color: '#ffffff' }).setOrigin(0.5);
      const w = badge.width + 10;
      radius = w / 2;
      g.fillStyle(style.colour, 1).fillRoundedRect(-w / 2, -9, w, 18, 5);
      g.lineStyle(1.5, MAP_COLOURS.ink, 0.9).strokeRoundedRect(-w / 2, -9, w, 18, 5);
      root.add([g, badge]);
    } else if (a.kind === 'nonstate') {
      const s = 7;
      const diamond = [new Phaser.Math.Vector2(0, -s), new Phaser.Math.Vector2(s, 0), new Phaser.Math.Vector2(0, s), new Phaser.Math.Vector2(-s, 0)];
      g.fillStyle(style.colour, 1).fillPoints(diamond, true);
      g.lineStyle(1.5, MAP_COLOURS.ink, 0.9).strokePoints(diamond, true);
      root.add(g);
    } else {
      const self = a.standing === 'self';
      g.fillStyle(self ? style.colour : 0xffffff, 1).fillCircle(0, 0, self ? 7 : 5.5);
      g.lineStyle(self ? 2 : 3, self ? MAP_COLOURS.ink : style.colour, 1).strokeCircle(0, 0, self ? 7 : 5.5);
      root.add(g);
    }
    if (anchor.offMap) {
      // An arrow toward where the actor really is.
      const r = radius + 6;
      const ax = Math.cos(anchor.angle);
      const ay = Math.sin(anchor.angle);
      g.fillStyle(MAP_COLOURS.ink, 0.85).fillTriangle(
        ax * (r + 8), ay * (r + 8),
        ax * r - ay * 5, ay * r + ax * 5,
        ax * r + ay * 5, ay * r - ax * 5,
      );
    }
    const name = anchor.offMap ? a.offMapName : mapName(a.name);
    const { label, size } = this.label(a.kind === 'organisation' ? (mapName(a.name) === a.badge ? null : mapName(a.name)) : name, a.detail, style.colour);
    if (label) root.add(label);
    const ring = this.ring(root, radius);
    return {
      target: { type: 'actor', id: a.id }, anchor, rank: ACTOR_RANK[a.standing] + (a.kind === 'state' ? 0 : 0.5),
      radius, root, label, labelSize: size, ring, pulse: null, signature: '',
    };
  }

  private theatreMarker(t: TheatreMark): Marker {
    const anchor = anchorOf(this.geo, t.lon, t.lat);
    const root = this.scene.add.container(anchor.x, anchor.y).setDepth(t.crisis ? 15 : 10);
    const crisis = t.crisis !== null;
    const pulseRing = this.scene.add.circle(0, 0, crisis ? 11 : 8);
    pulseRing.setStrokeStyle(crisis ? 3 : 2, crisis ? MAP_COLOURS.crisisRing : MAP_COLOURS.theatre, crisis ? 0.9 : 0.55);
    const g = this.scene.add.graphics();
    const s = crisis ? 9 : 6;
    g.fillStyle(crisis ? MAP_COLOURS.crisis : 0xffffff, crisis ? 1 : 0.9).fillTriangle(0, -s, s * 0.95, s * 0.75, -s * 0.95, s * 0.75);
    g.lineStyle(1.5, crisis ? MAP_COLOURS.ink : MAP_COLOURS.theatre, 1).strokeTriangle(0, -s, s * 0.95, s * 0.75, -s * 0.95, s * 0.75);
    root.add([pulseRing, g]);
    if (crisis) root.add(this.scene.add.text(0, 1, '!', { fontFamily: FONT, fontSize: '11px', fontStyle: 'bold', color: css(MAP_COLOURS.ink) }).setOrigin(0.5));
    let pulse: Phaser.Tweens.Tween | null = null;
    if (this.motion) {
      // Tenser theatres pulse faster and wider; a crisis dealt this turn most of all.
      pulse = this.scene.tweens.add({
        targets: pulseRing,
        scale: { from: 0.9, to: crisis ? 2.6 : 1.4 + t.tension },
        alpha: { from: crisis ? 1 : 0.8, to: 0 },
        duration: crisis ? 1100 : 2200 - 1200 * t.tension,
        repeat: -1,
        ease: 'Sine.easeOut',
      });
    } else {
      pulseRing.setScale(crisis ? 1.6 : 1.2);
    }
    const name = shortTheatre(t.name);
    const { label, size } = crisis ? this.label(name, t.crisis!.caption, MAP_COLOURS.crisisRing) : { label: null, size: { w: 0, h: 0 } };
    if (label) root.add(label);
    const ring = this.ring(root, s + 2);
    return { target: { type: 'theatre', id: t.id }, anchor, rank: crisis ? 2.5 : 9, radius: s, root, label, labelSize: size, ring, pulse, signature: '' };
  }

  private label(name: string | null, detail: string, colour: number): { label: Phaser.GameObjects.Container | null; size: { w: number; h: number } } {
    const label = this.scene.add.container(0, 0);
    const halo = { stroke: '#ffffff', strokeThickness: 3 };
    const parts: Phaser.GameObjects.Text[] = [];
    if (name) parts.push(this.scene.add.text(0, 0, name, { fontFamily: FONT, fontSize: '13px', fontStyle: 'bold', color: css(MAP_COLOURS.ink), ...halo }));
    parts.push(this.scene.add.text(0, 0, detail, { fontFamily: FONT, fontSize: '11px', color: css(darken(colour)), ...halo }));
    const w = Math.max(...parts.map((p) => p.width));
    let y = 0;
    for (const p of parts) {
      p.setPosition((w - p.width) / 2, y);
      y += p.height - 3;
    }
    label.add(parts);
    return { label, size: { w, h: y + 3 } };
  }

  private ring(root: Phaser.GameObjects.Container, radius: number): Phaser.GameObjects.Arc {
    const ring = this.scene.add.circle(0, 0, radius + 6);
    ring.setStrokeStyle(2.5, MAP_COLOURS.selected, 1).setVisible(false);
    root.addAt(ring, 0);
    return ring;
  }

  /** Keep markers the same size on screen, and re-place labels for the new scale. */
  relayout(view: View): void {
    const ink = view.ink;
    const scale = ink / view.zoom;
    const boxes: LabelBox[] = [];
    for (const m of this.markers.values()) {
      m.root.setScale(scale);
      const [sx, sy] = view.toScreen(m.anchor.x, m.anchor.y);
      boxes.push({ key: keyOf(m.target), rank: m.rank, x: sx, y: sy, r: m.radius * ink, w: m.labelSize.w * ink, h: m.labelSize.h * ink, hasLabel: m.label !== null });
    }
    const offsets = placeLabels(boxes);
    for (const m of this.markers.values()) {
      const o = offsets.get(keyOf(m.target));
      // Offsets are in screen pixels; inside the marker they are drawn `ink` times larger.
      if (m.label && o) m.label.setPosition(o.dx / ink, o.dy / ink).setVisible(o.visible);
    }
  }

  setSelected(target: MapTarget | null): void {
    this.selected = target;
    this.refreshRings();
  }

  setHovered(target: MapTarget | null): void {
    if (sameTarget(target, this.hovered)) return;
    this.hovered = target;
    this.refreshRings();
  }

  private refreshRings(): void {
    for (const m of this.markers.values()) {
      const sel = sameTarget(m.target, this.selected);
      const hov = sameTarget(m.target, this.hovered);
      m.ring.setVisible(sel || hov).setStrokeStyle(sel ? 3 : 2, MAP_COLOURS.selected, sel ? 1 : 0.45);
      m.root.setDepth((m.target.type === 'actor' ? 20 : 10) + (sel ? 10 : hov ? 5 : 0));
    }
  }

  /** The marker (or its label) nearest a screen point, if one is within reach. */
  pick(sx: number, sy: number, view: View): MapTarget | null {
    let best: MapTarget | null = null;
    let bestD = Infinity;
    let label: MapTarget | null = null;
    for (const m of this.markers.values()) {
      const [mx, my] = view.toScreen(m.anchor.x, m.anchor.y);
      const ink = view.ink;
      const d = Math.hypot(sx - mx, sy - my) - m.radius * ink;
      if (d < HIT_RADIUS && d < bestD) {
        best = m.target;
        bestD = d;
      }
      if (m.label?.visible) {
        const lx = mx + m.label.x * ink;
        const ly = my + m.label.y * ink;
        if (sx >= lx && sx <= lx + m.labelSize.w * ink && sy >= ly && sy <= ly + m.labelSize.h * ink) label ??= m.target;
      }
    }
    // A marker within reach wins over a label the pointer happens to touch.
    return best ?? label;
  }

  /** Pins the actors beyond the map to the edge of what the view shows; true when one of them moved. */
  pinToView(shown: Shown): boolean {
    let moved = false;
    // The marks that stand where they are; each pinned actor keeps clear of them and of those pinned before it.
    const taken = [...this.markers.values()].filter((m) => !m.anchor.offMap).map((m) => m.anchor);
    for (const m of this.markers.values()) {
      if (!m.anchor.offMap) continue;
      m.base ??= m.anchor;
      const next = clearOf(pinnedTo(m.base, shown), taken, shown);
      taken.push(next);
      if (next.x === m.anchor.x && next.y === m.anchor.y) continue;
      m.anchor = next;
      m.root.setPosition(next.x, next.y);
      moved = true;
    }
    return moved;
  }

  /** World position of a target's marker: where a click selects it. */
  anchorOf(target: MapTarget): Anchor | null {
    return this.markers.get(keyOf(target))?.anchor ?? null;
  }

  anchors(): { target: MapTarget; anchor: Anchor }[] {
    return [...this.markers.values()].map((m) => ({ target: m.target, anchor: m.anchor }));
  }
}

const keyOf = (t: MapTarget): string => `${t.type}:${t.id}`;
