// The map: draws each snapshot it is sent and turns pointer gestures into intents and view changes.
// It holds no game rule; everything it shows comes from the snapshot.
import * as Phaser from 'phaser';
import { sameTarget, type MapCommand, type MapTarget, type PlaybackCue } from '../bus';
import type { MapContext } from '../context';
import { WORLD, type Geography } from '../geography';
import type { MapSnapshot } from '../snapshot';
import { Countries } from '../map/countries';
import { Markers } from '../map/markers';
import { PlaybackLayer } from '../map/playback';
import { TieLines } from '../map/ties';
import type { Shown } from '../map/anchors';
import { fitView, inkFor, View } from '../map/view';

/** Screen pixels a press may travel and still count as a click rather than a drag. */
const CLICK_SLOP = 5;

export class MapScene extends Phaser.Scene {
  private geo!: Geography;
  private view!: View;
  private countries!: Countries;
  private ties!: TieLines;
  private markers!: Markers;
  private playback!: PlaybackLayer;
  private snapshot: MapSnapshot | null = null;
  private press: { x: number; y: number; lastX: number; lastY: number; dragged: boolean } | null = null;
  private hovered: MapTarget | null = null;
  private layoutZoom = 0;

  constructor(private readonly context: MapContext) {
    super('Map');
  }

  create(data: { geo: Geography }): void {
    const { bus, motion, probe } = this.context;
    this.geo = data.geo;
    this.view = new View(this, () => this.onViewChanged());
    this.countries = new Countries(this, this.geo, motion);
    this.ties = new TieLines(this, this.geo, motion);
    this.markers = new Markers(this, this.geo, motion);
    this.playback = new PlaybackLayer(this, motion, (t) => this.markers.anchorOf(t));

    const unsubscribe = [
      bus.snapshots.subscribe((s) => this.draw(s)),
      bus.commands.subscribe((c) => this.command(c)),
    ];
    // The page's layout decides the map's size on screen: when it changes, marks and words are sized again.
    const resized = () => this.onViewChanged();
    this.scale.on('resize', resized);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe.forEach((u) => u());
      this.scale.off('resize', resized);
    });
    this.listen();

    probe.countries = () => [...this.countries.drawnIso];
    probe.markers = () => this.markers.anchors().map((m) => `${m.target.type}:${m.target.id}`);
    probe.view = () => ({ zoom: this.view.zoom, cx: this.view.cx, cy: this.view.cy });
    probe.turn = () => this.snapshot?.turn ?? null;
    probe.home = () => ({ ...this.view.home });
    probe.screenOf = (target) => this.pageOf(target);
    probe.playback = () => {
      const cue = this.playback.current();
      if (!cue) return null;
      const labels = this.playback.drawnLabels().map((l) => {
        const [x, y] = this.view.toScreen(l.x, l.y);
        return { ...l, x, y };
      });
      return { cue, animated: this.playback.animated, labels };
    };

    const first = bus.snapshots.latest();
    if (first) this.draw(first);
    // A step sent while the map was still loading is shown once it is drawn.
    const step = bus.commands.latest();
    if (step?.kind === 'playback') this.showPlayback(step.cue);
  }

  private draw(snapshot: MapSnapshot): void {
    const first = this.snapshot === null;
    this.snapshot = snapshot;
    this.countries.update(snapshot);
    this.markers.update(snapshot);
    this.fitHome(first);
    this.markers.pinToView(this.shown());
    this.ties.update(snapshot, this.actorAnchor, this.lonLat);
    this.playback.refresh();
    this.layoutZoom = 0;
    this.onViewChanged();
    const { probe, bus } = this.context;
    if (!probe.ready) {
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        probe.ready = true;
        probe.readyAt = performance.now();
        bus.status.send({ kind: 'ready', renderer: probe.renderer });
      });
    }
  }

  private readonly actorAnchor = (id: string) => this.markers.anchorOf({ type: 'actor', id });
  private readonly lonLat = (id: string): [number, number] | null => {
    const a = this.snapshot?.actors.find((x) => x.id === id);
    return a ? [a.lon, a.lat] : null;
  };

  /** The part of the world the view shows, in world pixels. */
  private shown(): Shown {
    const [x0, y0] = this.view.toWorld(0, 0);
    const [x1, y1] = this.view.toWorld(WORLD.width, WORLD.height);
    return { x0, y0, x1, y1, zoom: this.view.zoom, ink: inkFor(this.scale.displaySize.width / WORLD.width) };
  }

  private onViewChanged(): void {
    if (!this.snapshot || !this.markers) return;
    // Actors beyond the map follow the view's edge, so a zoomed-in view still shows them and their ties.
    if (this.markers.pinToView(this.shown())) this.ties.repin(this.actorAnchor, this.lonLat);
    // On a map shown smaller than its world, marks and words are drawn larger so they stay readable.
    const ink = inkFor(this.scale.displaySize.width / WORLD.width);
    if (this.view.zoom !== this.layoutZoom || ink !== this.view.ink) {
      this.layoutZoom = this.view.zoom;
      this.view.ink = ink;
      this.markers.relayout(this.view);
      this.ties.setZoom(this.view.zoom / ink);
      this.countries.setZoom(this.view.zoom);
      this.playback.setZoom(this.view.zoom, ink);
    }
  }

  private command(c: MapCommand): void {
    const smooth = this.context.motion;
    if (c.kind === 'zoom') this.view.animateZoom(c.by, smooth);
    else if (c.kind === 'reset-view') this.view.reset(smooth);
    else if (c.kind === 'pan') this.view.panBy(-c.x * WORLD.width, -c.y * WORLD.height);
    else if (c.kind === 'playback') this.showPlayback(c.cue);
    else this.markers.setSelected(c.target);
  }

  /** Places on the map (world pixels) of the given targets; those pinned to the edge (Washington) are left out. */
  private placesOf(targets: MapTarget[]): [number, number][] {
    return targets.flatMap((t) => {
      const a = this.markers.anchorOf(t);
      return a && !a.offMap ? [[a.x, a.y] as [number, number]] : [];
    });
  }

  /** The scenario's region is home: the view opens on it, goes back to it, and moves to another scenario's. */
  private fitHome(first: boolean): void {
    const home = fitView(this.placesOf(this.markers.anchors().map((m) => m.target)));
    const was = this.view.home;
    if (!first && home.zoom === was.zoom && home.cx === was.cx && home.cy === was.cy) return;
    this.view.home = home;
    this.view.reset(this.context.motion && !first);
  }

  /** Show a step of the resolved turn and frame the places it speaks of; when the steps are cleared, go home. */
  private showPlayback(cue: PlaybackCue | null): void {
    const was = this.playback.current();
    this.playback.show(cue);
    const smooth = this.context.motion;
    if (!cue) {
      if (was) this.view.reset(smooth);
      return;
    }
    const actors = cue.crisis
      ? [cue.crisis.initiator, cue.crisis.target, ...cue.crisis.calls.flatMap((c) => [c.caller, c.callee])]
      : cue.ties.flatMap((t) => [t.a, t.b]);
    const theatres: MapTarget[] = cue.crisis ? [{ type: 'theatre', id: cue.crisis.theatre }] : [];
    const places = this.placesOf([...theatres, ...actors.map((id): MapTarget => ({ type: 'actor', id }))]);
    if (places.length > 0) this.view.glideTo(fitView(places), smooth);
  }

  private pick(sx: number, sy: number): MapTarget | null {
    const marker = this.markers.pick(sx, sy, this.view);
    if (marker) return marker;
    const [wx, wy] = this.view.toWorld(sx, sy);
    const actor = this.countries.actorAt(wx, wy);
    return actor ? { type: 'actor', id: actor } : null;
  }

  private listen(): void {
    const { bus } = this.context;
    const canvas = this.game.canvas;
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.press = { x: p.x, y: p.y, lastX: p.x, lastY: p.y, dragged: false };
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      const press = this.press;
      if (press && p.isDown) {
        if (!press.dragged && Math.hypot(p.x - press.x, p.y - press.y) > CLICK_SLOP) {
          press.dragged = true;
          canvas.style.cursor = 'grabbing';
        }
        if (press.dragged) this.view.panBy(p.x - press.lastX, p.y - press.lastY);
        press.lastX = p.x;
        press.lastY = p.y;
        return;
      }
      this.hover(this.pick(p.x, p.y));
    });
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      const press = this.press;
      this.press = null;
      canvas.style.cursor = this.hovered ? 'pointer' : 'grab';
      if (press && !press.dragged) bus.intents.send({ kind: 'select', target: this.pick(p.x, p.y) });
    });
    this.input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.view.stop();
      this.view.zoomAt(Math.exp(-dy * 0.0015), p.x, p.y);
    });
    this.input.on('gameout', () => {
      this.press = null;
      this.hover(null);
    });
    canvas.style.cursor = 'grab';
  }

  private hover(target: MapTarget | null): void {
    if (sameTarget(target, this.hovered)) return;
    this.hovered = target;
    this.markers.setHovered(target);
    this.game.canvas.style.cursor = target ? 'pointer' : 'grab';
    this.context.bus.intents.send({ kind: 'hover', target });
  }

  /** Where a marker is on the page, in CSS pixels from the viewport's corner. */
  private pageOf(target: MapTarget): { x: number; y: number } | null {
    const anchor = this.markers.anchorOf(target);
    if (!anchor) return null;
    const [sx, sy] = this.view.toScreen(anchor.x, anchor.y);
    if (sx < 0 || sy < 0 || sx > WORLD.width || sy > WORLD.height) return null;
    const rect = this.game.canvas.getBoundingClientRect();
    return { x: rect.left + (sx * rect.width) / WORLD.width, y: rect.top + (sy * rect.height) / WORLD.height };
  }
}
