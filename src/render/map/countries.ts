// The countries as one baked image, repainted when an actor's standing changes and cross-faded into place;
// and the actors' shapes, to tell which actor a point of the map belongs to.
import type * as Phaser from 'phaser';
import type { MultiLineString } from 'geojson';
import { bakeMap, type ActorShape } from '../bake';
import { WORLD, actorShape, borders, contains, worldBounds, type Geography, type Shape } from '../geography';
import type { MapSnapshot } from '../snapshot';

/** The first paint matches the screen at zoom 1 and comes fast; once the player zooms in, it is repainted
 *  at twice the density so coasts stay sharp. */
const FIRST_SCALE = 1;
const DETAIL_SCALE = 2;
const DETAIL_FROM_ZOOM = 1.2;
/** Wait for the zoom to settle before repainting, so a wheel gesture is never held up. */
const DETAIL_DELAY_MS = 250;

interface Hit {
  id: string;
  shape: Shape;
  bounds: [[number, number], [number, number]];
}

export class Countries {
  private image: Phaser.GameObjects.Image | null = null;
  private serial = 0;
  private signature = '';
  private shapes = new Map<string, Shape | null>();
  private painted: ActorShape[] = [];
  private borderLines: MultiLineString | null = null;
  private ownerKey = '';
  private hits: Hit[] = [];
  private scale = FIRST_SCALE;
  private detailTimer: Phaser.Time.TimerEvent | null = null;
  /** ISO codes found in the atlas and painted as an actor's, for the page's checks. */
  readonly drawnIso = new Set<string>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly geo: Geography,
    private readonly motion: boolean,
  ) {}

  update(snapshot: MapSnapshot): void {
    const signature = snapshot.actors.map((a) => `${a.id}:${a.standing}:${a.iso.join(',')}`).join(';');
    if (signature === this.signature) return;
    this.signature = signature;

    const owner = new Map<string, string>();
    for (const a of snapshot.actors) for (const code of a.iso) owner.set(code, a.id);
    const ownerKey = [...owner].sort().join(';');
    if (ownerKey !== this.ownerKey || !this.borderLines) {
      this.ownerKey = ownerKey;
      this.borderLines = borders(this.geo, owner);
    }

    this.painted = [];
    this.hits = [];
    this.drawnIso.clear();
    for (const a of snapshot.actors) {
      const key = a.iso.join(',');
      if (!this.shapes.has(key)) this.shapes.set(key, actorShape(this.geo, a.iso));
      const shape = this.shapes.get(key);
      if (!shape) continue;
      this.painted.push({ id: a.id, standing: a.standing, shape });
      this.hits.push({ id: a.id, shape, bounds: worldBounds(this.geo, shape) });
      for (const code of a.iso) if (this.geo.countries.has(code)) this.drawnIso.add(code);
    }
    this.paint(this.motion);
  }

  /** Ask for the sharper paint once the view is zoomed in. */
  setZoom(zoom: number): void {
    if (this.scale >= DETAIL_SCALE || zoom < DETAIL_FROM_ZOOM) return;
    this.detailTimer?.remove();
    this.detailTimer = this.scene.time.delayedCall(DETAIL_DELAY_MS, () => {
      this.scale = DETAIL_SCALE;
      this.paint(false);
    });
  }

  private paint(fade: boolean): void {
    if (!this.borderLines) return;
    const key = `countries-${++this.serial}`;
    const texture = this.scene.textures.createCanvas(key, WORLD.width * this.scale, WORLD.height * this.scale)!;
    bakeMap(texture.getContext(), this.geo, this.painted, this.borderLines, this.scale);
    texture.refresh();
    const next = this.scene.add.image(0, 0, key).setOrigin(0, 0).setScale(1 / this.scale).setDepth(0);
    const old = this.image;
    this.image = next;
    if (!old) return;
    const retire = () => {
      const oldKey = old.texture.key;
      old.destroy();
      this.scene.textures.remove(oldKey);
    };
    if (!fade) return retire();
    next.setAlpha(0).setDepth(1);
    this.scene.tweens.add({
      targets: next,
      alpha: 1,
      duration: 600,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        next.setDepth(0);
        retire();
      },
    });
  }

  /** The actor whose countries hold a world point, if any. */
  actorAt(wx: number, wy: number): string | null {
    const lonLat = this.geo.projection.invert?.([wx, wy]);
    if (!lonLat) return null;
    for (const h of this.hits) {
      const [[x0, y0], [x1, y1]] = h.bounds;
      if (wx < x0 || wx > x1 || wy < y0 || wy > y1) continue;
      if (contains(h.shape, lonLat[0], lonLat[1])) return h.id;
    }
    return null;
  }
}
