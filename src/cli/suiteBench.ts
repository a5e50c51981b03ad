// npm run bench:suite [-- runs] — times the unit suite (`npx vitest run`: the unit config, not the class server's or
// the browser's) `runs` times (3 unless given), then the class server's tests once, and writes the unit suite's
// median, with the slowest files of the median run, and the class server's time into BENCHMARKS.md.
// The machine may be shared: each run's processor time is given beside its wall clock, and the load at its start.
import '../i18n'; // the game's English messages, for what a check or a report says
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { machine, writeBlocks } from './benchmarks-file';

const RUNS = Math.max(1, Number(process.argv[2] ?? 3));
const TARGET_S = 90;

/** Processor time of this process's finished children (and theirs), in seconds: Linux only, else null. */
function childrenCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14; in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Run {
  wall: number;
  cpu: number | null;
  load: number;
  /** What vitest printed, without its colours. */
  out: string;
  ok: boolean;
}

/** One `vitest run` with `args`, timed. */
function vitest(args: string[]): Run {
  const load = loadavg()[0]!;
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const wall = (performance.now() - t0) / 1000;
  const cpu1 = childrenCpu();
  // Without the colours vitest writes whatever it is told.
  const out = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, load, out, ok: run.status === 0 };
}

/** Each file's own time, as vitest reports it, slowest first. */
const fileTimes = (out: string): [string, number][] =>
  [...out.matchAll(/^ [✓❯] (tests\/\S+\.test\.ts) \(\d+ tests?[^)]*\) (\d+)ms/gm)].map((m) => [m[1]!, Number(m[2]) / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
/** vitest's own count of files and tests, e.g. "104 passed (104) · 755 passed (755)". */
const counts = (out: string): string => [...out.matchAll(/^ +(?:Test Files|Tests) +(.+)$/gm)].map((m) => m[1]!.trim()).join(' · ');
const s = (x: number) => `${x.toFixed(1)} s`;
const timed = (r: Run) => `${s(r.wall)} (${r.cpu === null ? 'not measured' : s(r.cpu)}), load average ${r.load.toFixed(1)}`;

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = vitest([]);
  if (!run.ok) {
    console.error(run.out.slice(-4000));
    console.error(`run ${i + 1}: the unit suite failed; nothing written.`);
    process.exit(1);
  }
  runs.push(run);
  console.log(`unit suite, run ${i + 1}: ${timed(run)} at its start; ${counts(run.out)}`);
}
// The class server's tests, once: they wait on servers and processes more than on the processor.
const server = vitest(['--config', 'vitest.server.config.ts']);
console.log(`the class server's tests: ${timed(server)} at their start; ${counts(server.out)}${server.ok ? '' : ' (failed)'}`);
if (!server.ok) console.error(server.out.slice(-4000));

const sorted = [...runs].sort((a, b) => a.wall - b.wall);
const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
const lines = [
  '<!-- suite:start -->',
  "## The unit suite and the class server's tests (`npm run bench:suite`)",
  '',
  `\`npx vitest run\` (the unit suite: vite.config.ts, without the class server's tests or the browser's), run ${RUNS} times one after the other, then the class server's tests (\`vitest run --config vitest.server.config.ts\`, the step \`npm run test:server\`) once. Machine: ${machine()}; the machine is shared, so the load average at each run's start is given, and the processor time every process of the run took. Measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| figure | value | target |',
  '| --- | --- | --- |',
  `| the unit suite, median of ${RUNS} runs (wall clock) | ${s(median.wall)} | ≤ ${TARGET_S} s${median.wall <= TARGET_S ? '' : ' (not met)'} |`,
  ...runs.map((r, i) => `| unit suite, run ${i + 1}: wall clock (processor time), load average at its start | ${timed(r)} | |`),
  `| the unit suite's files and tests | ${counts(median.out)} | |`,
  `| the slowest files of the median run (each file's own time, as vitest reports it) | ${fileTimes(median.out).slice(0, 6).map(([f, t]) => `${f.replace(/^tests\//, '')} ${s(t)}`).join(', ')} | |`,
  `| the class server's tests, once: wall clock (processor time), load average at its start | ${timed(server)}${server.ok ? '' : ' (failed)'} | |`,
  `| the class server's files and tests | ${counts(server.out)} | |`,
  '<!-- suite:end -->',
];
console.log(lines.join('\n'));
writeBlocks([['suite', lines.join('\n')]]);
