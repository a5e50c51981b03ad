// What the build in dist/ ships, file by file, minified and gzip-compressed (level 6, as a server sends it).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShippedSize {
  /** [file name without its content hash, bytes minified, bytes gzip] */
  rows: [string, number, number][];
  /** Every JavaScript file, gzip. */
  js: number;
  /** Every JavaScript file, minified. */
  jsRaw: number;
  /** Every JavaScript file a player in one language can load, gzip: the other languages' messages left out (the largest
   *  kept), and the live class's screens, which only a class on the class server loads. */
  jsOneLanguage: number;
  /** The live class's screens and the class server's client, gzip: loaded only by a page in a live class. */
  jsLiveClass: number;
}

/** The chunks that hold one language's messages (src/i18n/catalog/<lang>.ts), loaded only when it is chosen. */
const LANGUAGE_CHUNK = /^assets\/(ru|zh)-[\w-]{8}\.js$/;
/** The chunk of the live class's screens (src/ui/liveScreens.ts), loaded only in a class on the class server. */
const LIVE_CHUNK = /^assets\/liveScreens-[\w-]{8}\.js$/;

export function shipped(): ShippedSize {
  const rows: [string, number, number][] = [];
  let js = 0;
  let jsRaw = 0;
  const languages: number[] = [];
  let live = 0;
  // The service worker lives beside the page, everything else in assets/.
  const files = ['sw.js', ...readdirSync('dist/assets').sort().map((name) => join('assets', name))];
  for (const file of files) {
    if (file.endsWith('.map')) continue;
    const name = file.replace(/^assets\//, '');
    const body = readFileSync(join('dist', file));
    const gz = gzipSync(body).length;
    rows.push([name.replace(/-[\w-]{8}\./, '.'), statSync(join('dist', file)).size, gz]);
    if (name.endsWith('.js')) {
      js += gz;
      jsRaw += body.length;
      if (LANGUAGE_CHUNK.test(file)) languages.push(gz);
      if (LIVE_CHUNK.test(file)) live += gz;
    }
  }
  const others = languages.reduce((sum, n) => sum + n, 0) - Math.max(0, ...languages);
  return { rows, js, jsRaw, jsOneLanguage: js - others - live, jsLiveClass: live };
}
