// The map data the game loads, made at build time from world-atlas `countries-50m` (`npm run map-data`): only the
// countries the map's frame shows, their far-off islands left out, every coastline and border simplified to what the
// map can draw, and the coordinates rounded to a grid finer than its sharpest paint. Shared borders stay shared
// (each arc is simplified once), so neighbours still meet and the borders of a period still merge.
import { geoPath } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { WORLD, makeProjection } from './geography';

/** Where the generated file lives, from the project's root. */
export const MAP_DATA_FILE = 'src/render/map-data.json';

/**
 * A point is dropped when the triangle it makes with its neighbours is smaller than this, in square world pixels
 * (Visvalingam's effective area): a bend of about half a pixel over two. Zoomed in, the map paints at twice its world
 * size, so finer detail would never show sharp.
 */
const MIN_AREA_PX2 = 0.5;
/** An island smaller than this, in square world pixels, is left out (it would not fill a pixel at full zoom). */
const MIN_ISLAND_PX2 = 0.25;
/** The grid coordinates are rounded to, in degrees: a fifth of a world pixel, where the map is at most 10 pixels a degree. */
const GRID_DEGREES = 0.02;

type Point = [number, number];
type Ring = number[];
/** A country of the atlas; a land without a code (Kosovo, Somaliland, Northern Cyprus) is kept as land, with no id. */
type Country = { id: string | undefined; polygons: Ring[][] };

/** The atlas's arcs as absolute longitude and latitude. */
function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return t ? ([x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Point) : ([dx!, dy!] as Point);
    });
  });
}

const arcIndex = (i: number) => (i < 0 ? ~i : i);

function polygonsOf(g: GeometryObject): Ring[][] {
  if (g.type === 'Polygon') return [(g as Polygon).arcs];
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).arcs;
  return [];
}

/** Visvalingam's effective areas of an arc's inner points, in projected pixels, with each area never below the one
 *  removed before it (so removing by threshold removes in the order the algorithm would). */
function effectiveAreas(pts: Point[]): number[] {
  const n = pts.length;
  const area = new Array<number>(n).fill(Infinity);
  if (n < 3) return area;
  const prev = pts.map((_, i) => i - 1);
  const next = pts.map((_, i) => i + 1);
  const tri = (i: number) => {
    const a = pts[prev[i]!]!;
    const b = pts[i]!;
    const c = pts[next[i]!]!;
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  };
  const live = new Set<number>();
  for (let i = 1; i < n - 1; i++) {
    area[i] = tri(i);
    live.add(i);
  }
  // Few points per arc (tens to a few thousand): a linear scan for the smallest is fast enough at build time.
  let floor = 0;
  while (live.size > 0) {
    let min = -1;
    for (const i of live) if (min < 0 || area[i]! < area[min]!) min = i;
    floor = Math.max(floor, area[min]!);
    area[min] = floor;
    live.delete(min);
    const p = prev[min]!;
    const q = next[min]!;
    next[p] = q;
    prev[q] = p;
    for (const k of [p, q]) if (live.has(k)) area[k] = tri(k);
  }
  return area;
}

function ringArea(ring: Point[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(s) / 2;
}

export interface MapDataReport {
  /** Codes of the countries kept (lands without a code are kept too, not listed). */
  kept: string[];
  /** Codes of the atlas left out because no part of them lies in the map's frame. */
  outside: string[];
  points: { before: number; after: number };
}

/** The trimmed topology, and what was kept and left out. Pure: the same atlas gives the same data. */
export function trimAtlas(atlas: Topology): { topology: Topology; report: MapDataReport } {
  const projection = makeProjection();
  const path = geoPath(projection);
  const arcs = decodeArcs(atlas);
  const projected = arcs.map((arc) => arc.map((p) => projection(p) ?? p) as Point[]);
  const inView = (g: GeometryObject) => {
    const [[x0, y0], [x1, y1]] = path.bounds(feature(atlas, g));
    return x1 >= 0 && y1 >= 0 && x0 <= WORLD.width && y0 <= WORLD.height;
  };

  const countries: Country[] = [];
  const outside: string[] = [];
  const collection = atlas.objects.countries as unknown as { geometries: GeometryObject[] };
  for (const g of collection.geometries) {
    const id = g.id === undefined ? undefined : String(g.id);
    const polygons = polygonsOf(g).filter((rings) => inView({ type: 'Polygon', arcs: rings } as GeometryObject));
    if (polygons.length > 0) countries.push({ id, polygons });
    else if (id !== undefined) outside.push(id);
  }

  // Simplify every arc the kept countries use, once.
  const used = new Map<number, number>();
  for (const c of countries) for (const rings of c.polygons) for (const ring of rings) for (const i of ring) used.set(arcIndex(i), (used.get(arcIndex(i)) ?? 0) + 1);
  const simplified = new Map<number, Point[]>();
  let before = 0;
  for (const i of used.keys()) {
    const pts = arcs[i]!;
    before += pts.length;
    const areas = effectiveAreas(projected[i]!);
    const closed = pts.length > 3 && pts[0]![0] === pts.at(-1)![0] && pts[0]![1] === pts.at(-1)![1];
    // A ring drawn by one arc keeps at least a triangle.
    const keepAbove = closed ? Math.min(MIN_AREA_PX2, [...areas].slice(1, -1).sort((a, b) => b - a)[1] ?? 0) : MIN_AREA_PX2;
    simplified.set(i, pts.filter((_, k) => areas[k]! >= keepAbove));
  }

  // Leave out islands too small to see, unless one is all a country has or its shore is shared.
  const projectedRing = (ring: Ring) => ring.flatMap((i) => {
    const pts = projected[arcIndex(i)]!;
    return i < 0 ? [...pts].reverse() : pts;
  });
  for (const c of countries) {
    if (c.polygons.length < 2) continue;
    const big = c.polygons.filter((rings) => rings[0]!.some((i) => used.get(arcIndex(i))! > 1) || ringArea(projectedRing(rings[0]!)) >= MIN_ISLAND_PX2);
    c.polygons = big.length > 0 ? big : c.polygons.slice(0, 1);
  }

  // Number the arcs still used, round them to the grid and write them as steps.
  const order = [...new Set(countries.flatMap((c) => c.polygons.flat(2).map(arcIndex)))].sort((a, b) => a - b);
  const renumber = new Map(order.map((old, k) => [old, k]));
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const i of order) for (const [x, y] of simplified.get(i)!) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const scale: Point = [GRID_DEGREES, GRID_DEGREES];
  // The grid starts on a whole step, so every stored coordinate is a round number of degrees.
  [x0, y0] = [round(Math.floor(x0 / GRID_DEGREES) * GRID_DEGREES), round(Math.floor(y0 / GRID_DEGREES) * GRID_DEGREES)];
  let after = 0;
  const outArcs = order.map((i) => {
    const steps: Point[] = [];
    let [px, py] = [0, 0];
    for (const [x, y] of simplified.get(i)!) {
      const qx = Math.round((x - x0) / scale[0]);
      const qy = Math.round((y - y0) / scale[1]);
      if (steps.length > 0 && qx === px && qy === py) continue;
      steps.push([qx - px, qy - py]);
      [px, py] = [qx, qy];
    }
    if (steps.length === 1) steps.push([0, 0]);
    after += steps.length;
    return steps;
  });
  const remap = (i: number) => (i < 0 ? ~renumber.get(~i)! : renumber.get(i)!);
  const geometries = countries.map(({ id, polygons }) => ({
    ...(polygons.length === 1
      ? { type: 'Polygon' as const, arcs: polygons[0]!.map((r) => r.map(remap)) }
      : { type: 'MultiPolygon' as const, arcs: polygons.map((rings) => rings.map((r) => r.map(remap))) }),
    ...(id === undefined ? {} : { id }),
  }));
  const topology: Topology = {
    type: 'Topology',
    transform: { scale, translate: [x0, y0] },
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: outArcs,
  } as Topology;
  // The land is the countries' union, built from the same arcs so coasts and borders meet exactly.
  (topology.objects as Record<string, unknown>).land = { type: 'GeometryCollection', geometries: [mergeArcs(topology, geometries as never)] };
  return { topology, report: { kept: countries.flatMap((c) => (c.id === undefined ? [] : [c.id])), outside, points: { before, after } } };
}

const round = (v: number) => Number(v.toPrecision(12));

/** The file's text: compact JSON, one line. */
export function mapDataText(atlas: Topology): string {
  return `${JSON.stringify(trimAtlas(atlas).topology)}\n`;
}
