// npm run bench — measures the engine and the AI and writes the figures into BENCHMARKS.md.
// It runs bundled (scripts/bundled.mjs), as the game ships its code, so it times what players run.
// Engine: a 20-turn game of the 10-actor scenario, every actor choosing by its persona policy, on one core.
// AI: every actor of the largest shipped scenario deciding by look-ahead, timed turn by turn.
import '../i18n'; // the game's English messages, for what a check or a report says
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ADVISOR, advise } from '../ai/advisor';
import { PLAN } from '../ai/plan';
import { playGame } from '../ai/autoplay';
import { LOOKAHEAD } from '../ai/lookahead';
import { decideAll } from '../ai/policies';
import { quantile } from '../ai/stats';
import { applyDecisions, newGame, restoreRng, seedRng, type Scenario } from '../engine';
import { machine as machineOf, writeBlocks } from './benchmarks-file';
import { readScenarioFile } from './read-scenario';

const FILE = 'scenarios/alliance-question-2020.json';
const base = readScenarioFile(FILE);
const scenario = { ...base, turns: 20 };
const startLoad = loadavg()[0]!;
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

const machine = machineOf();
const lines = [
  '<!-- engine:start -->',
  '## Engine (`npm run bench`)',
  '',
  `Scenario \`${FILE}\` (${base.actors.length} actors) lengthened to 20 turns; every actor decides by the \`persona\` policy; one core.`,
  `The engine and policies bundled into one file, as the game ships them (\`scripts/bundled.mjs\`), run by Node.`,
  `Median of ${REPEATS} batches of ${BATCH} games (wall clock). Machine: ${machine}, load average ${startLoad.toFixed(1)} at the start. Measured ${new Date().toISOString().slice(0, 10)}.`,
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

// ---------------------------------------------------------------- the AI

/** The shipped scenario with the most actors (then the most rivalries): the heaviest turn for the AI. */
function largestScenario(): { file: string; scenario: Scenario } {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();
  const all = files.map((f) => ({ file: `scenarios/${f}`, scenario: readScenarioFile(`scenarios/${f}`) }));
  const size = (s: Scenario) => s.actors.length * 1000 + s.theatres.reduce((n, t) => n + t.rivals.length, 0);
  return all.reduce((a, b) => (size(b.scenario) > size(a.scenario) ? b : a));
}

const AI_GAMES = 12;
const { file: aiFile, scenario: aiScenario } = largestScenario();
const side = aiScenario.playable[0]!;
const load = loadavg()[0]!;

/** Whole games with every actor on look-ahead; the time of each turn's decisions, and of advice for the first side. */
function timeAi(games: number, prefix: string): { turns: number[]; advice: number[] } {
  const turns: number[] = [];
  const advice: number[] = [];
  for (let g = 0; g < games; g++) {
    let state = newGame(aiScenario, `${prefix}-${g}`);
    const rng = restoreRng(seedRng(`ai:${prefix}-${g}`));
    while (!state.ending) {
      const t0 = performance.now();
      const decisions = decideAll(state, () => 'lookahead', rng);
      turns.push(performance.now() - t0);
      const t1 = performance.now();
      advise(state, side, restoreRng(seedRng(`advice:${prefix}-${g}-${state.turn}`)));
      advice.push(performance.now() - t1);
      const result = applyDecisions(state, decisions);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      state = result.value;
    }
  }
  return { turns, advice };
}

timeAi(2, 'ai-warm'); // warm the JIT
const ai = timeAi(AI_GAMES, 'ai-bench');
const ms = (x: number) => `${x.toFixed(1)} ms`;
const aiMedian = quantile(ai.turns, 0.5);
const aiLines = [
  '<!-- ai:start -->',
  '## AI (`npm run bench`)',
  '',
  `The largest shipped scenario, \`${aiFile}\` (${aiScenario.actors.length} actors), played whole ${AI_GAMES} times with every actor deciding by the \`lookahead\` policy ` +
    `(${LOOKAHEAD.samples} sampled futures, up to ${LOOKAHEAD.horizon} turns, posture weighed toward at most ${LOOKAHEAD.postureTargets} others besides those the persona would change); ` +
    `each turn, \`decideAll\` for all ${aiScenario.actors.length} actors is timed (wall clock, one core). The advisor (the look-ahead with ${ADVISOR.samples} futures toward every other actor, then whole courses played to the end of the game through ${PLAN.worlds} or more futures) is timed for ${side} on the same turns.`,
  `${ai.turns.length} turns measured. Machine: ${machine}, load average ${load.toFixed(1)} at the start. Measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| figure | value | target |',
  '| --- | --- | --- |',
  `| all AI decisions for one turn (median) | ${ms(aiMedian)} | ≤ 50 ms |`,
  `| all AI decisions for one turn (90th percentile / slowest) | ${ms(quantile(ai.turns, 0.9))} / ${ms(Math.max(...ai.turns))} | |`,
  `| one actor's decisions (median turn ÷ actors) | ${ms(aiMedian / aiScenario.actors.length)} | |`,
  `| advice for ${side}, every posture, answer and choice (median / 90th percentile) | ${ms(quantile(ai.advice, 0.5))} / ${ms(quantile(ai.advice, 0.9))} | |`,
  '<!-- ai:end -->',
];
const aiBlock = aiLines.join('\n');
console.log(aiBlock);

writeBlocks([
  ['engine', block],
  ['ai', aiBlock],
]);
