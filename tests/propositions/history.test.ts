// What really happened, when the computer plays: every shipped scenario played 20 times (200 for README's figures) with every actor on the
// look-ahead (no player), and each game's outcome read off its tie changes (tests/propositions/outcomes.ts). No deck
// event sets a tie, so each outcome happens without a deck event forcing it. The test prints, for every scenario,
// how often the documented outcome happens and what else happens; it asserts what the model achieves (README says
// where it falls short of the record).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gamesFrom } from './games';
import { OUTCOMES } from './outcomes';
import type { Reading } from './history.worker';
import { meanCI } from '../../src/ai/stats';

// 20 games in the suite: seven of the eight documented outcomes happen in 85% to 100% of README's 200 games, so at 20
// the least of them stays above half by more than two standard errors (√(0.85 × 0.15 / 20) = 0.080, and 0.85 − 0.5 =
// 0.35); the eighth, 1945's, happens in 67%, within two standard errors of half at 20 (0.105), so the suite asserts
// seven at half or more, and the 200 games show eight. The documented outcome is the most frequent in every scenario,
// at 20 games as at 200 (1945's narrowly at 20: 8 games against 7). The games are seeded, the same 20 every run; the
// test prints each share at 20. README's figures are of 200 games:
// HISTORY_GAMES=200 npx vitest run tests/propositions/history.test.ts.
const GAMES = gamesFrom('HISTORY_GAMES', 20);
// The worker runs bundled, as the game ships its code (and as the benchmarks run it): one file Node can load.
const WORKER = fileURLToPath(new URL('../../node_modules/.cache/bowstring/history.worker.mjs', import.meta.url));

/** Two workers (the games are independent), each kept for every scenario: it loads and warms up once, not per scenario. */
let pool: Worker[] = [];
beforeAll(async () => {
  await build({ entryPoints: [fileURLToPath(new URL('./history.worker.ts', import.meta.url))], outfile: WORKER, bundle: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' });
  pool = Array.from({ length: Math.max(1, Math.min(2, availableParallelism())) }, () => new Worker(WORKER));
});
afterAll(() => Promise.all(pool.map((worker) => worker.terminate())));

/** What the games of a share tell: each outcome's count, each way's where the outcome says how it came about, and
 *  each reading's of what else it reads (DocumentedOutcome.also). */
interface Counts {
  counts: [string, number][];
  hows: [string, number][];
  alsos: [string, number][];
  gauge: Reading[];
  entrapment: Reading[];
}

/** The outcome counts of the games `indexes` of `scenario`, played by `worker`; a worker that has stopped is an error,
 *  not a wait. */
function play(worker: Worker, scenario: string, indexes: number[]): Promise<Counts> {
  const file = fileURLToPath(new URL(`../../scenarios/${scenario}.json`, import.meta.url));
  return new Promise((resolve, reject) => {
    // Node numbers a worker that has stopped -1.
    if (worker.threadId === -1) return reject(new Error('the worker playing the games has stopped'));
    const settle = () => (worker.off('message', done), worker.off('error', failed), worker.off('exit', stopped));
    const done = (reply: Counts | { error: string }) => (settle(), 'error' in reply ? reject(new Error(reply.error)) : resolve(reply));
    const failed = (error: Error) => (settle(), reject(error));
    const stopped = (code: number) => (settle(), reject(new Error(`the worker playing the games stopped (exit code ${code})`)));
    worker.on('message', done);
    worker.on('error', failed);
    worker.on('exit', stopped);
    worker.postMessage({ scenario, file, indexes });
  });
}

/** Outcome counts of `GAMES` look-ahead games of one scenario, shared among the workers, and the counts of each way
 *  it came about. */
async function tally(scenario: string): Promise<{ counts: Map<string, number>; hows: Map<string, number>; alsos: Map<string, number>; gauge: Reading[]; entrapment: Reading[] }> {
  const parts = await Promise.all(pool.map((worker, w) => play(worker, scenario, Array.from({ length: GAMES }, (_, i) => i).filter((i) => i % pool.length === w))));
  const sum = (pick: (c: Counts) => [string, number][]) => {
    const total = new Map<string, number>();
    for (const part of parts) for (const [k, v] of pick(part)) total.set(k, (total.get(k) ?? 0) + v);
    return total;
  };
  return { counts: sum((c) => c.counts), hows: sum((c) => c.hows), alsos: sum((c) => c.alsos), gauge: parts.flatMap((c) => c.gauge), entrapment: parts.flatMap((c) => c.entrapment) };
}

describe('the record, when the computer plays every power', () => {
  const results = new Map<string, { documented: number; counts: Map<string, number> }>();
  const calls: Reading[] = [];
  const ties: Reading[] = [];

  it.each(OUTCOMES.map((o) => [o.scenario, o] as const))('%s', async (_, outcome) => {
    const { counts, hows, alsos, gauge, entrapment } = await tally(outcome.scenario);
    calls.push(...gauge);
    ties.push(...entrapment);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(GAMES);
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    const documented = (counts.get(outcome.documented) ?? 0) / GAMES;
    results.set(outcome.scenario, { documented, counts });
    console.log(`${outcome.scenario}: "${outcome.documented}" in ${(100 * documented).toFixed(0)}% of ${GAMES} games; ${sorted.map(([k, v]) => `${k} ${v}`).join(' · ')}`);
    if (hows.size > 0) console.log(`${outcome.scenario}, how: ${[...hows].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
    if (alsos.size > 0) console.log(`${outcome.scenario}, also: ${[...alsos].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  }, 1_200_000);

  it('the documented outcome is the most frequent in every scenario, and happens in at least half the games in most', () => {
    expect(results.size).toBe(OUTCOMES.length);
    const mostFrequent = [...results].filter(([, r]) => r.documented * GAMES >= Math.max(...r.counts.values()));
    const half = [...results].filter(([, r]) => r.documented >= 0.5);
    console.log(`documented outcome most frequent in ${mostFrequent.length} of ${results.size} scenarios; in at least half the games in ${half.length}`);
    expect(mostFrequent.length).toBeGreaterThanOrEqual(MOST_FREQUENT_AT_LEAST);
    expect(half.length).toBeGreaterThanOrEqual(HALF_AT_LEAST);
  });

  // The gauge a player reads before calling on a partner, against what the computer's powers did when called.
  it('the abandonment gauge says how often the powers stood aside when called, and less often for an ally', () => {
    const line = (label: string, rs: Reading[]) => {
      const said = meanCI(rs.map((r) => r[0]));
      const seen = meanCI(rs.map((r) => r[1]));
      console.log(`abandonment gauge, ${label}: ${rs.length} calls, gauge ${said.mean.toFixed(3)}, stood aside ${seen.mean.toFixed(3)} ± ${seen.half.toFixed(3)}`);
      return { said: said.mean, seen: seen.mean };
    };
    const all = line('all calls', calls);
    const partners = line('partners', calls.filter((r) => r[2] === 0));
    const allies = line('allies', calls.filter((r) => r[2] === 1));
    const bands = [0, 0.1, 0.2, 0.4, 1.01];
    const judged = bands.slice(0, -1).map((from, b) => ({ from, rs: calls.filter((r) => r[0] >= from && r[0] < bands[b + 1]!) }));
    const read = judged.filter((band) => band.rs.length > 0).map((band) => ({ n: band.rs.length, ...line(`gauge from ${band.from.toFixed(1)}`, band.rs) }));
    expect(calls.length).toBeGreaterThan(200);
    expect(Math.abs(all.said - all.seen)).toBeLessThan(GAUGE_MARGIN);
    expect(Math.abs(partners.said - partners.seen)).toBeLessThan(GAUGE_MARGIN);
    // Band by band, where enough calls fell in it to tell.
    for (const band of read.filter((r) => r.n >= GAUGE_BAND_CALLS)) expect(Math.abs(band.said - band.seen)).toBeLessThan(GAUGE_BAND_MARGIN);
    expect(allies.said).toBeLessThan(partners.said);
    expect(allies.seen).toBeLessThanOrEqual(partners.seen);
  });

  // The gauge a player reads on each tie, against how often the next turn drew the computer's powers into a partner's clash.
  it('the entrapment gauge says how often the next turn drew a power into its partner’s clash', () => {
    const line = (label: string, rs: Reading[]) => {
      const said = meanCI(rs.map((r) => r[0]));
      const seen = meanCI(rs.map((r) => r[1]));
      console.log(`entrapment gauge, ${label}: ${rs.length} ties a turn, gauge ${said.mean.toFixed(4)}, drawn in ${seen.mean.toFixed(4)} ± ${seen.half.toFixed(4)}`);
      return { said: said.mean, seen: seen.mean };
    };
    const kinds = [line('all ties', ties), line('partnerships', ties.filter((r) => r[2] === 0)), line('alliances', ties.filter((r) => r[2] === 1))];
    const bands = [0, 0.05, 0.1, 0.2, 0.4, 1.01];
    const judged = bands.slice(0, -1).map((from, b) => ({ from, rs: ties.filter((r) => r[0] >= from && r[0] < bands[b + 1]!) }));
    const read = judged.filter((band) => band.rs.length > 0).map((band) => ({ n: band.rs.length, ...line(`gauge from ${band.from.toFixed(2)}`, band.rs) }));
    expect(ties.length).toBeGreaterThan(1000);
    for (const kind of kinds) expect(Math.abs(kind.said - kind.seen)).toBeLessThan(ENTRAPMENT_MARGIN);
    for (const band of read.filter((r) => r.n >= GAUGE_BAND_CALLS)) expect(Math.abs(band.said - band.seen)).toBeLessThan(GAUGE_BAND_MARGIN);
  });
});

/** How far apart the abandonment gauge's mean and the share of calls answered with neutrality or worse may be, over
 *  every call the look-ahead games made whose terms owed backing, and over those between partners. */
const GAUGE_MARGIN = 0.05;
/** The same in each band of the gauge's reading that holds at least GAUGE_BAND_CALLS calls. Its top band over-reads:
 *  at HISTORY_GAMES=200 under rules version 7 it read 0.578 where 0.426 stood aside (0.510 under version 6, before
 *  backing both sides alike came to count as backing neither), and the entrapment gauge's bands are within 0.03. */
const GAUGE_BAND_MARGIN = 0.16;
const GAUGE_BAND_CALLS = 150;
/** How far apart the entrapment gauge's mean and the share of ties whose holder the next turn drew in may be, over
 *  every tie (and over partnerships and alliances alone): the rates are a few in a hundred a turn. */
const ENTRAPMENT_MARGIN = 0.006;

/** What the model achieves today, asserted so that it cannot slip back: the documented outcome the most frequent in
 *  every scenario; at half or more, the seven the suite's 20 games can tell from half (see GAMES), eight at 200. */
const MOST_FREQUENT_AT_LEAST = OUTCOMES.length;
const HALF_AT_LEAST = GAMES >= 200 ? 8 : 7;
