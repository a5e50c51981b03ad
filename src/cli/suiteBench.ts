// npm run bench:suite [-- runs] — times the unit suite (`npx vitest run`: the unit config, not the browser's) `runs`
// times (3 unless given), and writes the median, with the slowest files of the median run, into BENCHMARKS.md.
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
  files: [string, number][];
}

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const load = loadavg()[0]!;
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const wall = (performance.now() - t0) / 1000;
  const cpu1 = childrenCpu();
  // Without the colours vitest writes whatever it is told.
  const out = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  if (run.status !== 0) {
    console.error(out.slice(-4000));
    console.error(`run ${i + 1}: the unit suite failed (exit ${run.status}); nothing written.`);
    process.exit(1);
  }
  const files = [...out.matchAll(/^ [✓❯] (tests\/\S+\.test\.ts) \(\d+ tests?[^)]*\) (\d+)ms/gm)].map((m) => [m[1]!, Number(m[2]) / 1000] as [string, number]);
  files.sort((a, b) => b[1] - a[1]);
  runs.push({ wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, load, files });
  console.log(`run ${i + 1}: ${wall.toFixed(1)} s wall${runs.at(-1)!.cpu === null ? '' : `, ${runs.at(-1)!.cpu!.toFixed(1)} s processor`}, load average ${load.toFixed(1)} at its start`);
}

const sorted = [...runs].sort((a, b) => a.wall - b.wall);
const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
const s = (x: number) => `${x.toFixed(1)} s`;
const lines = [
  '<!-- suite:start -->',
  '## The unit suite (`npm run bench:suite`)',
  '',
  `\`npx vitest run\` (the unit config; the browser suite is apart), run ${RUNS} times one after the other. Machine: ${machine()}; the machine is shared, so the load average at each run's start is given, and the processor time every process of the run took. Measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| figure | value | target |',
  '| --- | --- | --- |',
  `| the unit suite, median of ${RUNS} runs (wall clock) | ${s(median.wall)} | ≤ ${TARGET_S} s${median.wall <= TARGET_S ? '' : ' (not met)'} |`,
  ...runs.map((r, i) => `| run ${i + 1}: wall clock (processor time), load average at its start | ${s(r.wall)} (${r.cpu === null ? 'not measured' : s(r.cpu)}), ${r.load.toFixed(1)} | |`),
  `| the slowest files of the median run (each file's own time, as vitest reports it) | ${median.files.slice(0, 6).map(([f, t]) => `${f.replace(/^tests\//, '')} ${s(t)}`).join(', ')} | |`,
  '<!-- suite:end -->',
];
console.log(lines.join('\n'));
writeBlocks([['suite', lines.join('\n')]]);
