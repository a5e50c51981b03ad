// Runs one of the game's command-line scripts the way the game ships its code: bundled into a single file, as the
// build does for the browser, then run by Node. The benchmarks use it so they time the engine as players run it,
// not through the TypeScript loader used in development (whose module wrappers add a cost no player pays).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

// --packages-external leaves the packages in node_modules, imported from there: a package that finds its own files
// beside its code (the embedded database's WebAssembly) must not be copied into the bundle.
const external = process.argv[2] === '--packages-external';
const [entry, ...args] = process.argv.slice(external ? 3 : 2);
if (!entry) {
  console.error('usage: node scripts/bundled.mjs [--packages-external] <script.ts> [arguments]');
  process.exit(2);
}
// One file per run (the process id in its name), so that two runs of the same script never write over each other.
const outfile = join('node_modules', '.cache', 'bowstring', basename(entry).replace(/\.ts$/, `.${process.pid}.mjs`));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning', ...(external ? { packages: 'external' } : {}) });
const run = spawn(process.execPath, [outfile, ...args], { stdio: 'inherit' });
// A signal to this process is passed on, so that the script (a server) closes itself before both end.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => run.kill(signal));
run.on('exit', (code, signal) => {
  rmSync(outfile, { force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
