// Real geography: the countries of the map data (world-atlas, trimmed to the frame: src/render/mapData.ts) projected
// onto a Eurasia-centred view, from Lisbon to Tokyo.
import { geoConicEqualArea, geoContains, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Geometry, Polygon } from 'geojson';

export type Shape = Polygon | MultiPolygon;

/** The map's world, in pixels at zoom 1. The canvas has this size; the page scales it to fit. */
export const WORLD = { width: 1280, height: 720 } as const;

/** Points the view must hold: Iberia and Ireland, the North Cape, the Arctic coast, Kamchatka, Japan,
 *  the South China Sea, the tip of India, Aden. */
const FRAME: [number, number][] = [
  [-10, 36], [-9, 56], [28, 71], [70, 76], [105, 78], [150, 52], [142, 31], [120, 12], [78, 7], [44, 12],
];

export interface Geography {
  projection: GeoProjection;
  topology: Topology;
  /** Country geometries by ISO 3166 numeric code. */
  countries: Map<string, GeometryObject>;
  land: FeatureCollection;
  graticule: MultiLineString;
}

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export function makeProjection(): GeoProjection {
  const projection = geoConicEqualArea().rotate([-68, 0]).parallels([28, 58]);
  const margin = 14;
  projection.fitExtent(
    [[margin, margin], [WORLD.width - margin, WORLD.height - margin]],
    { type: 'MultiPoint', coordinates: FRAME },
  );
  // Keep far-away shores (the Americas fan out around a conic's cut) from being traced at all.
  projection.clipExtent([[-40, -40], [WORLD.width + 40, WORLD.height + 40]]);
  return projection;
}

export function readGeography(json: unknown): Geography {
  const topology = json as CountriesTopology;
  const countries = new Map<string, GeometryObject>();
  for (const g of topology.objects.countries.geometries) if (g.id !== undefined) countries.set(String(g.id), g);
  const land = feature(topology, topology.objects.land) as FeatureCollection;
  return { projection: makeProjection(), topology, countries, land, graticule: geoGraticule10() };
}

/** One shape per actor, its countries merged so a union (the USSR of 1950) reads as one. */
export function actorShape(geo: Geography, iso: readonly string[]): Shape | null {
  const parts = iso.map((code) => geo.countries.get(code)).filter((g): g is GeometryObject => g !== undefined);
  if (parts.length === 0) return null;
  if (parts.length === 1) return (feature(geo.topology, parts[0]!) as Feature<Shape>).geometry;
  return merge(geo.topology, parts as never);
}

/** Borders between countries, leaving out those inside one actor. */
export function borders(geo: Geography, owner: ReadonlyMap<string, string>): MultiLineString {
  const countries = (geo.topology.objects as CountriesTopology['objects']).countries;
  const ownerOf = (g: GeometryObject) => owner.get(String(g.id)) ?? `iso:${String(g.id)}`;
  return mesh(geo.topology, countries, (a, b) => a !== b && ownerOf(a) !== ownerOf(b));
}

export function project(geo: Geography, lon: number, lat: number): [number, number] | null {
  return geo.projection([lon, lat]);
}

export function contains(shape: Shape, lon: number, lat: number): boolean {
  return geoContains(shape, [lon, lat]);
}

/** Bounds of a shape in world pixels, for cheap rejection before the exact test. */
export function worldBounds(geo: Geography, shape: Geometry | Feature | FeatureCollection): [[number, number], [number, number]] {
  return geoPath(geo.projection).bounds(shape);
}
