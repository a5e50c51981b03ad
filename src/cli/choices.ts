// npm run bench:choices [-- games [advisorGames]] — how much a player's choices change the outcome. For every playable side of every
// shipped scenario, the same seeds (common random numbers) are played with the side led by: random legal play
// (postures, answers, choices, calls, stances, crises started), each simple policy (all-ally, all-partner, all-hedge,
// historical) and the advisor's advice followed in full; every other power by its persona, in character. Prints the
// spread of random play, each policy's mean score with a 95% interval, and how the sides fare against four bars; the
// table goes into BENCHMARKS.md. The advisor, which plays whole courses out every turn, may be played on fewer of the
// seeds (the first `advisorGames`); it is then compared with the simple policies on those seeds only. For random play
// it also prints what spreads the score: the spread (standard deviation) of each metric's part of the final score.
import '../i18n'; // the game's English messages, for what a check or a report says
import { readFileSync, readdirSync } from 'node:fs';
import { advise } from '../ai/advisor';
import { playSide } from '../ai/autoplay';
import { SIMPLE_POLICIES } from '../ai/policies';
import { mean, meanCI, sd } from '../ai/stats';
import { writeBlocks } from './benchmarks-file';
import { METRICS, crisesCalled, interestsNow, legalOptions, prepareScenario, score, type ActorId, type Decisions, type GameState, type Metric, type Rng, type Scenario, type ScenarioDef } from '../engine';

const GAMES = Number(process.argv[2] ?? 200);
const ADVISED = Math.min(GAMES, Number(process.argv[3] ?? GAMES));
const SIMPLE = SIMPLE_POLICIES;
type Way = 'random' | (typeof SIMPLE)[number] | 'advisor';
const WAYS: Way[] = ['random', ...SIMPLE, 'advisor'];

/** Random legal play for `side`, calls included: the calls it leaves out are not answered by anyone. */
function randomPlay(state: GameState, side: ActorId, d: Decisions, rng: Rng): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const o = legalOptions(state, side);
  const calls = Object.fromEntries(o.crises.map((c) => [c.id, c.callees.filter(() => rng.next() < 0.5)]));
  d[side] = {
    postures: Object.fromEntries(Object.entries(o.postures).map(([b, legal]) => [b, pick(legal)])),
    answers: Object.fromEntries(o.calls.map((c) => [c.id, pick(c.levels)])),
    choices: Object.fromEntries(o.choices.map((c) => [c.id, pick(c.options)])),
    calls,
    stances: Object.fromEntries(o.crises.map((c) => [c.id, pick(c.stances)])),
    ...(o.challenges.length > 0 && rng.next() < 0.2 ? { challenge: pick(o.challenges) } : {}),
  };
  const made = new Set(crisesCalled(state, d).flatMap((c) => c.calls.map((call) => call.id)));
  for (const actor in d) {
    const answers = d[actor]!.answers;
    for (const id in answers) if (!made.has(id)) delete answers[id];
  }
}

function play(scenario: Scenario, side: ActorId, way: Way, seed: string): GameState {
  const lead = (state: GameState, d: Decisions, rng: Rng) => {
    if (way === 'random') randomPlay(state, side, d, rng);
    else d[side] = advise(state, side, rng).decision;
  };
  return playSide(scenario, side, way === 'random' || way === 'advisor' ? { name: way, lead } : way, seed);
}

/** Each metric's part of `side`'s final score: the metric times its share of the interest weights. */
function parts(state: GameState, side: ActorId): Record<Metric, number> {
  const w = interestsNow(state, side);
  const total = METRICS.reduce((sum, m) => sum + w[m], 0);
  return Object.fromEntries(METRICS.map((m) => [m, (state.metrics[side]![m] * w[m]) / total])) as Record<Metric, number>;
}

// The nearest-rank percentile (stats.ts interpolates): the spreads in BENCHMARKS.md are read this way.
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const half = (xs: number[]) => meanCI(xs).half;

const started = performance.now();
const dir = 'scenarios';
const rows: string[] = [];
const sides: { spread: number; gap: number; best: string; clear: boolean; advisorAhead: boolean }[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort()) {
  const scenario = prepareScenario(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as ScenarioDef);
  for (const side of scenario.playable) {
    const ends = Object.fromEntries(WAYS.map((w) => [w, Array.from({ length: w === 'advisor' ? ADVISED : GAMES }, (_, i) => play(scenario, side, w, `choices-${i}`))])) as Record<Way, GameState[]>;
    const scores = Object.fromEntries(WAYS.map((w) => [w, ends[w].map((g) => score(g, side))])) as Record<Way, number[]>;
    const randomParts = ends.random.map((g) => parts(g, side));
    console.log(`${scenario.id} ${side}: random play's score spreads by ${sd(scores.random).toFixed(1)} (standard deviation), its parts by ${METRICS.map((m) => `${m} ${sd(randomParts.map((p) => p[m])).toFixed(1)}`).join(', ')}`);
    const spread = quantile(scores.random, 0.95) - quantile(scores.random, 0.05);
    const means = SIMPLE.map((p) => [p, mean(scores[p])] as const).sort((a, b) => b[1] - a[1]);
    const gap = means[0]![1] - means[means.length - 1]![1];
    // The advisor beats a policy when its paired differences' interval (over the seeds both played) lies above zero.
    const advisorAhead = SIMPLE.every((p) => {
      const diff = scores.advisor.map((x, i) => x - scores[p][i]!);
      return mean(diff) - half(diff) > 0;
    });
    // The best policy leads clearly when its paired differences with the runner-up lie above zero, interval and all.
    const lead = scores[means[0]![0]].map((x, i) => x - scores[means[1]![0]][i]!);
    const clear = mean(lead) - half(lead) > 0;
    sides.push({ spread, gap, best: means[0]![0], clear, advisorAhead });
    const cell = (w: Way) => `${mean(scores[w]).toFixed(1)} ± ${half(scores[w]).toFixed(1)}`;
    rows.push(`| ${scenario.id} | ${side} | ${quantile(scores.random, 0.05).toFixed(1)}–${quantile(scores.random, 0.95).toFixed(1)} (${spread.toFixed(1)}) | ${SIMPLE.map(cell).join(' | ')} | ${cell('advisor')} | ${gap.toFixed(1)} | ${advisorAhead ? 'yes' : 'no'} |`);
    console.log(rows[rows.length - 1]);
  }
}

const bestCounts = new Map<string, number>();
for (const s of sides) bestCounts.set(s.best, (bestCounts.get(s.best) ?? 0) + 1);
const [topPolicy, topCount] = [...bestCounts].sort((a, b) => b[1] - a[1])[0]!;
const clearCounts = new Map<string, number>();
for (const s of sides) if (s.clear) clearCounts.set(s.best, (clearCounts.get(s.best) ?? 0) + 1);
const clearly = [...clearCounts].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ');
const lines = [
  '<!-- choices:start -->',
  '## How much choices matter (`npm run bench:choices`)',
  '',
  `Every playable side of every shipped scenario, ${GAMES} seeds, the same seeds for every way of playing${ADVISED < GAMES ? ` (the advisor on the first ${ADVISED}, and compared with the simple policies on those)` : ''}; the side played at random (legal postures, answers, choices, calls, stances and crises started), by each simple policy, or by following the advisor in full; every other power by its persona. Scores out of 100 at the end of the game, means with a 95% interval.`,
  '',
  '| scenario | side | random play, 5th–95th percentile (spread) | all-ally | all-partner | all-hedge | historical | advisor | best − worst simple policy | advisor ahead of every simple policy |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Against the bars: random play spreads over at least 25 points in ${sides.filter((s) => s.spread >= 25).length} of ${sides.length} sides; the best and worst simple policies are at least 8 points apart in ${sides.filter((s) => s.gap >= 8).length}; the most frequent best simple policy (${topPolicy}) is best in ${topCount} of ${sides.length} (the bar: no more than a third); the advisor is ahead of every simple policy in ${sides.filter((s) => s.advisorAhead).length} (the bar: 13 of 15). Counting a policy best only where it leads the runner-up beyond the 95% interval of their paired differences: ${clearly || 'none'}; no clear best in ${sides.filter((s) => !s.clear).length}. Measured ${new Date().toISOString().slice(0, 10)}.`,
  '<!-- choices:end -->',
];
const block = lines.join('\n');
console.log(block.split('\n').slice(-2, -1)[0]);
console.log(`${((performance.now() - started) / 60_000).toFixed(1)} minutes in all.`);
writeBlocks([['choices', block]]);
