// Where a capital or theatre sits in the world, with actors beyond the view (Washington) pinned to its edge.
import { WORLD, project, type Geography } from '../geography';

export interface Anchor {
  x: number;
  y: number;
  /** The true place lies outside the view; `angle` points toward it (radians, screen axes). */
  offMap: boolean;
  angle: number;
}

/** World pixels kept between a pinned actor and the edge of what is shown. */
const EDGE = 34;
/** Screen pixels kept between a pinned actor and any other marker: a marker's size with its label's first line. */
export const PIN_CLEARANCE = 30;
/** The view's western and eastern reach, in degrees of longitude. */
const WEST = -14;
const EAST = 152;

const inside = (p: [number, number] | null): p is [number, number] =>
  p !== null && p[0] >= EDGE && p[0] <= WORLD.width - EDGE && p[1] >= EDGE && p[1] <= WORLD.height - EDGE;

/** Angular distance eastward from `from` to `to`, in 0..360. */
const east = (from: number, to: number): number => (((to - from) % 360) + 360) % 360;

export function anchorOf(geo: Geography, lon: number, lat: number): Anchor {
  const p = project(geo, lon, lat);
  if (inside(p)) return { x: p[0], y: p[1], offMap: false, angle: 0 };
  // Beyond the view: bring it to the nearer side edge, at its own latitude, the way a reader looks for it
  // (Washington off the Atlantic edge, not over the pole).
  const west = east(lon, WEST) <= east(EAST, lon);
  const edge = project(geo, west ? WEST : EAST, Math.max(-10, Math.min(70, lat))) ?? [WORLD.width / 2, WORLD.height / 2];
  const x = Math.min(WORLD.width - EDGE, Math.max(EDGE, edge[0]));
  const y = Math.min(WORLD.height - EDGE, Math.max(EDGE, edge[1]));
  return { x, y, offMap: true, angle: west ? Math.PI : 0 };
}

/** What the view shows, in world pixels. */
export interface Shown {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  zoom: number;
  /** How much larger than their design size marks are drawn (view.ts `inkFor`); 1 when absent. */
  ink?: number;
}

/** Where an actor beyond the map stands in the view shown: at the view's own edge on its side, so that a zoomed-in
 *  view still shows it (and its ties) rather than cutting it off with the world's edge. Others stay where they are. */
export function pinnedTo(anchor: Anchor, shown: Shown): Anchor {
  if (!anchor.offMap) return anchor;
  const inset = EDGE / shown.zoom;
  const west = Math.cos(anchor.angle) < 0;
  const x = west ? Math.max(anchor.x, shown.x0 + inset) : Math.min(anchor.x, shown.x1 - inset);
  const y = Math.min(shown.y1 - inset, Math.max(shown.y0 + inset, anchor.y));
  return x === anchor.x && y === anchor.y ? anchor : { ...anchor, x, y };
}

/**
 * `pinned` (an actor pinned to the view's edge) moved along that edge until it is clear of every marker in `taken`,
 * so that it does not sit on a mark that happens to stand at the edge (NATO at Brussels, the United States pinned
 * beside it): down the edge first, then up, within the view.
 */
export function clearOf(pinned: Anchor, taken: readonly { x: number; y: number }[], shown: Shown): Anchor {
  const step = (PIN_CLEARANCE * (shown.ink ?? 1)) / shown.zoom;
  const low = shown.y0 + EDGE / shown.zoom;
  const high = shown.y1 - EDGE / shown.zoom;
  const free = (y: number) => taken.every((t) => Math.abs(t.x - pinned.x) >= step || Math.abs(t.y - y) >= step);
  for (let k = 0; k <= 2 * Math.ceil((high - low) / step); k++) {
    const y = pinned.y + (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
    if (y >= low && y <= high && free(y)) return y === pinned.y ? pinned : { ...pinned, y };
  }
  return pinned;
}
