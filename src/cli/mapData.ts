// npm run map-data: writes the map data the game loads (src/render/map-data.json) from world-atlas, and says what it cut.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { MAP_DATA_FILE, trimAtlas } from '../render/mapData';

const source = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
const sourceText = readFileSync(source, 'utf8');
const started = performance.now();
const { topology, report } = trimAtlas(JSON.parse(sourceText) as Topology);
const text = `${JSON.stringify(topology)}\n`;
const took = performance.now() - started;
writeFileSync(fileURLToPath(new URL(`../../${MAP_DATA_FILE}`, import.meta.url)), text);

const kb = (s: string | Buffer) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`;
const gz = (s: string) => kb(gzipSync(s, { level: 6 }));
console.log(`wrote ${MAP_DATA_FILE} in ${took.toFixed(0)} ms`);
console.log(`countries: ${report.kept.length} kept, ${report.outside.length} outside the map's frame`);
console.log(`points: ${report.points.before} in the kept countries' arcs, ${report.points.after} after simplifying`);
console.log(`world-atlas countries-50m.json: ${kb(sourceText)}, gzip ${gz(sourceText)}`);
console.log(`${MAP_DATA_FILE}: ${kb(text)}, gzip ${gz(text)}`);
