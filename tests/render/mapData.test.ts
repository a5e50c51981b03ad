// The map data: what `npm run map-data` makes now, holding every country a shipped scenario draws, and the borders of
// a period drawn as one shape (the Soviet Union of 1950 without the borders between its republics).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { actorShape, borders, contains, makeProjection, readGeography, WORLD } from '../../src/render/geography';
import { MAP_DATA_FILE, mapDataText } from '../../src/render/mapData';
import { mapSnapshot } from '../../src/render/snapshot';
import { newGame } from '../../src/engine';
import { shipped } from '../helpers';

const atlasText = readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8');
const atlas = JSON.parse(atlasText) as Topology;
const dataText = readFileSync(new URL(`../../${MAP_DATA_FILE}`, import.meta.url), 'utf8');
const geo = readGeography(JSON.parse(dataText));
const shippedIds = readdirSync(new URL('../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''));
const scenarios = shippedIds.map((id) => shipped(id));

/** Vertices of a line set, as text, leaving out each line's two ends (where three countries may meet). */
const innerVertices = (lines: Position[][]) => new Set(lines.flatMap((l) => l.slice(1, -1).map((p) => `${p[0]},${p[1]}`)));
const countriesOf = (t: Topology) => t.objects.countries as GeometryCollection;

describe('map data', () => {
  it(`is what npm run map-data makes from world-atlas now (${MAP_DATA_FILE})`, () => {
    expect(dataText === mapDataText(atlas), `${MAP_DATA_FILE} is out of date: run npm run map-data`).toBe(true);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`map data ${kb(dataText.length)} (world-atlas countries-50m: ${kb(atlasText.length)}), ${geo.countries.size} countries`);
    expect(dataText.length).toBeLessThan(atlasText.length / 3);
  });

  const path = geoPath(makeProjection());
  const inFrame = (g: GeometryObject) => {
    const [[x0, y0], [x1, y1]] = path.bounds(feature(atlas, g));
    return x1 >= 0 && y1 >= 0 && x0 <= WORLD.width && y0 <= WORLD.height;
  };

  it("keeps every land of the atlas that lies in the map's frame, those without a country code too (Kosovo, Somaliland)", () => {
    const code = (g: GeometryObject) => (g.id === undefined ? 'no code' : String(g.id));
    const inAtlas = countriesOf(atlas).geometries.filter(inFrame).map(code).sort();
    const inData = countriesOf(geo.topology).geometries.map(code).sort();
    expect(inAtlas.filter((c) => c === 'no code').length).toBeGreaterThan(0);
    expect(inData).toEqual(inAtlas);
  });

  it("holds every country of the shipped scenarios, except those no part of which lies in the map's frame", () => {
    const atlasCountries = new Map(countriesOf(atlas).geometries.map((g) => [String(g.id), g]));
    const outside = new Set<string>();
    for (const s of scenarios) {
      for (const a of s.actors) {
        for (const code of a.map.iso) {
          expect(atlasCountries.has(code), `${s.id} ${a.id}: '${code}' is not a country of world-atlas`).toBe(true);
          if (geo.countries.has(code)) continue;
          expect(inFrame(atlasCountries.get(code)!), `${s.id} ${a.id}: '${code}' lies in the frame but was left out`).toBe(false);
          outside.add(code);
        }
      }
    }
    // The United States is drawn as a marker at the map's western edge, not as land.
    expect([...outside]).toEqual(['840']);
  });

  it('draws the Soviet Union of 1950 as one shape, named Soviet Union, with no border between its republics', () => {
    const state = newGame(shipped('sino-soviet-1950'), 'e');
    const ussr = mapSnapshot(state, 'CHN').actors.find((a) => a.id === 'RUS')!;
    expect(ussr.name).toBe('Soviet Union');
    expect(ussr.iso).toHaveLength(15);
    const shape = actorShape(geo, ussr.iso)!;
    // Capitals of Russia, Ukraine, Estonia, Georgia and Kazakhstan (Almaty) all fall in the one shape.
    for (const [lon, lat] of [[37.62, 55.75], [30.52, 50.45], [24.75, 59.44], [44.79, 41.72], [76.9, 43.24]] as const) {
      expect(contains(shape, lon, lat), `${lon},${lat}`).toBe(true);
    }

    const topology = geo.topology;
    const ids = (a: GeometryObject, b: GeometryObject) => [String(a.id), String(b.id)].sort().join('-');
    const between = (x: string, y: string) =>
      innerVertices(mesh(topology, countriesOf(topology), (a, b) => a !== b && ids(a, b) === [x, y].sort().join('-')).coordinates);
    const owner = new Map(state.scenario.actors.flatMap((a) => a.map.iso.map((code) => [code, a.id] as const)));
    const drawn = innerVertices(borders(geo, owner).coordinates);
    const todays = innerVertices(borders(geo, new Map()).coordinates);
    const outline = innerVertices(shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat());
    // Russia–Kazakhstan and Ukraine–Belarus are borders of today, but not of 1950; China–Kazakhstan was one then too.
    for (const [x, y] of [['643', '398'], ['804', '112']]) {
      const inner = between(x!, y!);
      expect(inner.size).toBeGreaterThan(10);
      for (const p of inner) {
        expect(todays.has(p)).toBe(true);
        expect(drawn.has(p), `border ${x}-${y} drawn at ${p}`).toBe(false);
        expect(outline.has(p), `border ${x}-${y} in the outline at ${p}`).toBe(false);
      }
    }
    const china = between('156', '398');
    expect(china.size).toBeGreaterThan(10);
    for (const p of china) expect(drawn.has(p) && outline.has(p)).toBe(true);
  });

  it('draws every actor of several countries as one shape with no border between its own countries', () => {
    for (const s of scenarios) {
      const owner = new Map(s.actors.flatMap((a) => a.map.iso.map((code) => [code, a.id] as const)));
      const drawn = innerVertices(borders(geo, owner).coordinates);
      for (const a of s.actors.filter((x) => x.map.iso.length > 1)) {
        const own = new Set(a.map.iso);
        const inside = innerVertices(mesh(geo.topology, countriesOf(geo.topology), (p, q) => p !== q && own.has(String(p.id)) && own.has(String(q.id))).coordinates);
        for (const p of inside) expect(drawn.has(p), `${s.id} ${a.name}: a border inside it is drawn at ${p}`).toBe(false);
      }
    }
  });
});
