// Label placement: each label tries the spots around its marker and takes the one that covers the least of
// the markers and labels already placed. Greedy in rank order, so the player and its allies keep the best spots.
import { WORLD } from '../geography';

export interface LabelBox {
  key: string;
  rank: number;
  /** Marker centre and radius, in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Label size, in screen pixels. */
  w: number;
  h: number;
  hasLabel: boolean;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

function candidates(b: LabelBox): { dx: number; dy: number }[] {
  const gap = 3;
  const d = b.r * 0.75;
  return [
    { dx: -b.w / 2, dy: b.r + gap },
    { dx: b.r + gap + 2, dy: -b.h / 2 },
    { dx: -b.w / 2, dy: -b.r - gap - b.h },
    { dx: -b.r - gap - 2 - b.w, dy: -b.h / 2 },
    { dx: d, dy: d + gap },
    { dx: d, dy: -d - gap - b.h },
    { dx: -b.w - d, dy: d + gap },
    { dx: -b.w - d, dy: -d - gap - b.h },
  ];
}

export interface Placement {
  dx: number;
  dy: number;
  /** False when every spot would bury a label already placed: it waits for the player to zoom in. */
  visible: boolean;
}

/** Offsets of each label from its marker, by key. */
export function placeLabels(boxes: readonly LabelBox[]): Map<string, Placement> {
  const markers: (Rect & { key: string })[] = boxes.map((b) => ({ key: b.key, x: b.x - b.r, y: b.y - b.r, w: 2 * b.r, h: 2 * b.r }));
  const screen: Rect = { x: 0, y: 0, w: WORLD.width, h: WORLD.height };
  const placed: Rect[] = [];
  const out = new Map<string, Placement>();
  for (const b of [...boxes].filter((b) => b.hasLabel).sort((p, q) => p.rank - q.rank || p.key.localeCompare(q.key))) {
    let best = { dx: 0, dy: 0 };
    let bestCost = Infinity;
    let bestCovered = 0;
    for (const c of candidates(b)) {
      const rect = { x: b.x + c.dx, y: b.y + c.dy, w: b.w, h: b.h };
      let covered = 0;
      for (const p of placed) covered += overlap(rect, p);
      let cost = (rect.w * rect.h - overlap(rect, screen)) * 4 + covered;
      for (const m of markers) if (m.key !== b.key) cost += overlap(rect, m) * 3;
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
        bestCovered = covered;
      }
      if (cost === 0) break;
    }
    // Overlapping text helps no one; the player's own label always shows.
    const visible = b.rank === 0 || bestCovered <= 0.15 * b.w * b.h;
    if (visible) placed.push({ x: b.x + best.dx, y: b.y + best.dy, w: b.w, h: b.h });
    out.set(b.key, { ...best, visible });
  }
  return out;
}

/** Words laid over the map with a few places they may go, best first: centres in screen pixels. */
export interface FloatingLabel {
  spots: readonly (readonly [number, number])[];
  w: number;
  h: number;
}

/** Screen pixels kept between two floating labels. */
const FLOAT_GAP = 2;

/**
 * The spot each label takes, in order: the first that touches no label placed before it, or, when every spot does,
 * the one that covers least of them. Used where a few labels crowd (the playback's words in the Middle East).
 */
export function placeFloating(labels: readonly FloatingLabel[]): number[] {
  const placed: Rect[] = [];
  return labels.map((l) => {
    const rects = l.spots.map(([x, y]) => ({ x: x - l.w / 2 - FLOAT_GAP, y: y - l.h / 2 - FLOAT_GAP, w: l.w + 2 * FLOAT_GAP, h: l.h + 2 * FLOAT_GAP }));
    const covered = rects.map((r) => placed.reduce((sum, p) => sum + overlap(r, p), 0));
    const free = covered.indexOf(0);
    const chosen = free >= 0 ? free : covered.indexOf(Math.min(...covered));
    if (rects[chosen]) placed.push(rects[chosen]);
    return chosen;
  });
}
