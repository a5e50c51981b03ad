// Runs one of the game's command-line scripts the way the game ships its code: bundled into a single file, as the
// build does for the browser, then run by Node. The benchmarks use it so they time the engine as players run it,
// not through the TypeScript loader used in development (whose module wrappers add a cost no player pays).
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/bundled.mjs <script.ts> [arguments]');
  process.exit(2);
}
const outfile = join('node_modules', '.cache', 'bowstring', basename(entry).replace(/\.ts$/, '.mjs'));
// Packages written as CommonJS (the class server's Redis and PostgreSQL clients) require Node's own modules, which
// an ES module bundle can only do through a require of its own.
const banner = "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);";
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], banner: { js: banner }, logLevel: 'warning' });
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
