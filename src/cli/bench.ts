// npm run bench — measures the engine and writes the figures into BENCHMARKS.md.
// A 20-turn game of the 10-actor scenario, every actor choosing by its persona policy, on one core.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { playGame } from '../ai/autoplay';
import { quantile } from '../ai/stats';
import { readScenarioFile } from './read-scenario';

const FILE = 'scenarios/alliance-question-2020.json';
const base = readScenarioFile(FILE);
const scenario = { ...base, turns: 20 };
const REPEATS = 7;
const BATCH = 500;

function timeBatch(offset: number): { ms: number; turns: number } {
  const t0 = performance.now();
  let turns = 0;
  for (let i = 0; i < BATCH; i++) turns += playGame(scenario, { seed: `bench-${offset}-${i}`, policy: 'persona' }).log.length;
  return { ms: performance.now() - t0, turns };
}

timeBatch(-1); // warm the JIT
const runs = Array.from({ length: REPEATS }, (_, r) => timeBatch(r));
const msPerGame = quantile(runs.map((r) => r.ms / BATCH), 0.5);
const turnsPerSecond = quantile(runs.map((r) => (r.turns / r.ms) * 1000), 0.5);
const gamesPerSecond = 1000 / msPerGame;
const meanTurns = runs.reduce((n, r) => n + r.turns, 0) / (REPEATS * BATCH);

const t0 = performance.now();
for (let i = 0; i < 10_000; i++) playGame(scenario, { seed: `ten-thousand-${i}`, policy: 'persona' });
const tenThousandSeconds = (performance.now() - t0) / 1000;

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}`;
const lines = [
  '<!-- engine:start -->',
  '## Engine (`npm run bench`)',
  '',
  `Scenario \`${FILE}\` (${base.actors.length} actors) lengthened to 20 turns; every actor decides by the \`persona\` policy; one core.`,
  `Median of ${REPEATS} batches of ${BATCH} games. Machine: ${machine}. Measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| figure | value | target |',
  '| --- | --- | --- |',
  `| one whole game (median) | ${msPerGame.toFixed(3)} ms | ≤ 2 ms |`,
  `| whole games per second | ${gamesPerSecond.toFixed(0)} | |`,
  `| engine turns per second (decisions included) | ${turnsPerSecond.toFixed(0)} | |`,
  `| mean turns per game | ${meanTurns.toFixed(1)} | |`,
  `| 10,000 games | ${tenThousandSeconds.toFixed(1)} s | < 30 s |`,
  '<!-- engine:end -->',
];
const block = lines.join('\n');
console.log(block);

const path = 'BENCHMARKS.md';
const header = '# Benchmarks\n\nEvery figure here is written by a command of the project; rerun it to check.\n\n';
const current = existsSync(path) ? readFileSync(path, 'utf8') : header;
const next = /<!-- engine:start -->[\s\S]*<!-- engine:end -->/.test(current)
  ? current.replace(/<!-- engine:start -->[\s\S]*<!-- engine:end -->/, block)
  : current.trimEnd() + '\n\n' + block + '\n';
writeFileSync(path, next);
