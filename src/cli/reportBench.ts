// npm run bench:report [-- part …] — the class report and the what-if in Node, and writes the figures into BENCHMARKS.md.
// Parts (all when none is named): `idlib`, a class of 200 files of Idlib 2021 (20 games, each handed in 10 times);
// `largest`, 200 different games of the largest scenario, checked on one thread and by the pool of workers the page
// uses (here Node's worker threads, one per core, at most 8); `whatif`, 1,000 what-if games.
// It runs bundled (scripts/bundled.mjs), as the game ships its code; the same file is each worker thread's script.
import '../i18n'; // the game's English messages, for what a check or a report says
import { english } from '../engine/prose';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  WHAT_IF_POLICIES,
  buildClassReport,
  checkClassInWorkers,
  computerPlayers,
  makeResult,
  poolSize,
  reportServer,
  resultChecksum,
  runWhatIf,
  verifyResult,
  warmWorkers,
  writeResult,
  type ClassReportMessage,
  type ReportWorker,
  type ResultFile,
  type ResultInput,
} from '../classroom';
import { RUS_ONLY, playClassGame } from '../classroom/students';
import { RULES_VERSION, type Scenario } from '../engine';
import { lookaheadOthers, type DecideOthers } from '../machine/others';
import { machine, writeBlocks } from './benchmarks-file';
import { readScenarioFile } from './read-scenario';

const SAVED_AT = '2025-03-01T09:00:00.000Z';
const LARGEST = 'afghanistan-2001';

const scenarios: Scenario[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort()
  .map((f) => readScenarioFile(`scenarios/${f}`));
const scenario = (id: string) => scenarios.find((s) => s.id === id)!;

/** The result file of student `i` of a class choosing its own moves, on `id` with `seed`: as the browser bench plays them. */
const studentFile = (id: string, seed: string, who: string, player: string): ResultFile =>
  makeResult(playClassGame(scenario(id), seed, { student: 'random', who }), ['RUS'], player, RUS_ONLY, SAVED_AT);

type Job = { role: 'report' } | { role: 'play'; id: string; seed: string; students: number[] };

function thread(job: Job): Worker {
  return new Worker(new URL(import.meta.url), { workerData: job });
}

/** A worker thread behind the page's worker interface. */
function reportWorker(): ReportWorker {
  const w = thread({ role: 'report' });
  const adapter: ReportWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => w.postMessage(message),
    terminate: () => void w.terminate(),
  };
  w.on('message', (data: ClassReportMessage) => adapter.onmessage?.({ data } as MessageEvent<ClassReportMessage>));
  w.on('error', (fault) => adapter.onerror?.({ message: fault.message } as ErrorEvent));
  return adapter;
}

/**
 * The 200 files of the largest scenario, played on every core. Kept in node_modules/.cache under the scenario's hash
 * and the rules' version, since playing them costs as much as checking them; they must all verify, so a cache that
 * no longer matches the game is seen at once.
 */
async function largestClass(): Promise<ResultInput[]> {
  const s = scenario(LARGEST);
  const dir = 'node_modules/.cache/bowstring';
  const cache = `${dir}/class-${LARGEST}-${s.hash}-rules-${RULES_VERSION}.json`;
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as ResultInput[];
  const threads = Math.max(1, Math.min(cpus().length, 8));
  const students = Array.from({ length: 200 }, (_, i) => i);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const mine = students.filter((i) => i % threads === t);
      const w = thread({ role: 'play', id: LARGEST, seed: 'class-afghan', students: mine });
      return new Promise<[number, string][]>((resolve, reject) => {
        w.once('message', (texts: string[]) => (resolve(texts.map((text, k) => [mine[k]!, text])), void w.terminate()));
        w.once('error', reject);
      });
    }),
  );
  const files = parts
    .flat()
    .sort((a, b) => a[0] - b[0])
    .map(([i, text]) => ({ name: `afghan-${i + 1}.json`, text }));
  mkdirSync(dir, { recursive: true });
  writeFileSync(cache, JSON.stringify(files));
  return files;
}

/** The rows and time of a part's last run, as BENCHMARKS.md holds them (its own figures, not the run before it). */
function previousRun(name: string): { when: string; rows: string[] } | null {
  const text = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
  const block = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(text)?.[1];
  if (!block) return null;
  const own = block.split('\nThe run before')[0]!;
  const rows = own.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| figure') && !l.startsWith('| ---'));
  return { when: /Measured ([^.]*)\./.exec(own)?.[1] ?? 'undated', rows };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Processor time this process spent since `since`, every thread counted: on a shared machine, what the work cost. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const parts = process.argv.slice(2);
  const wanted = (part: string) => parts.length === 0 || parts.includes(part);
  const blocks: [string, string][] = [];
  /** One part's table, under a line saying what was measured and when, with the run before it kept below to compare. */
  const part = (name: string, what: string, rows: string[]) => {
    console.log(rows.join('\n'));
    const when = `Load average ${loadavg()[0]!.toFixed(1)} when it ended (the machine is shared). Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
    const table = ['| figure | value | target |', '| --- | --- | --- |'];
    const before = previousRun(name);
    const kept = before ? ['', `The run before (${before.when}):`, '', ...table, ...before.rows] : [];
    blocks.push([name, [`<!-- ${name}:start -->`, `${what} ${when}`, '', ...table, ...rows, ...kept, `<!-- ${name}:end -->`].join('\n')]);
  };

  if (wanted('idlib')) {
    // Twenty students each choosing their own moves, every file handed in ten times under other names: a class shares
    // the seed, so the computer's decisions are worked out once per position, not once per file.
    const id = 'idlib-2021';
    const played = Array.from({ length: 20 }, (_, i) => studentFile(id, 'report-idlib', `s${i}`, `Student ${i}`));
    const turns = played.reduce((n, r) => n + r.turns, 0);
    const distinct = new Set(played.map((r) => JSON.stringify(r.decisions))).size;
    const texts = Array.from({ length: 200 }, (_, i) => {
      const copy = { ...played[i % 20]!, player: `Student ${i}` };
      return { name: `s${i}.json`, text: writeResult({ ...copy, checksum: resultChecksum(copy) }) };
    });
    const computer = computerPlayers();
    let t = performance.now();
    const verified = texts.filter((f) => verifyResult(f.text, scenarios, computer).ok).length;
    const verifyMs = performance.now() - t;
    t = performance.now();
    const report = buildClassReport(texts, scenarios);
    const reportMs = performance.now() - t;
    if (verified !== 200) throw new Error(`only ${verified} of the 200 Idlib files verified`);
    // The report counts each game once: the later copies are flagged.
    const copies = report.rows.filter((r) => r.codes[0] === 'copy').length;
    if (report.verified !== distinct || copies !== 200 - distinct) throw new Error(`the report counts ${report.verified} games and ${copies} copies, not ${distinct} and ${200 - distinct}`);
    const line = `| 200 result files of ${id} (${distinct} different games of ${scenario(id).turns} turns, each handed in 10 times), one thread: verified / whole class report | ${seconds(verifyMs)} / ${seconds(reportMs)} | |`;
    const memo = `| the same: positions whose computer moves were worked out / remembered | ${computer.counts.decided} / ${computer.counts.remembered} (of ${turns} turns played) | |`;
    part('report-idlib', 'A class of Idlib 2021: twenty students choosing their own moves, each file handed in ten times under other names.', [line, memo]);
  }

  if (wanted('largest')) {
    const s = scenario(LARGEST);
    let t = performance.now();
    const files = await largestClass();
    console.log(`${files.length} files of ${LARGEST} ready in ${seconds(performance.now() - t)}`);
    // The one-thread run times the computer's moves apart: replaying them is what verifying a file costs.
    let lookaheadMs = 0;
    const timedLookahead: DecideOthers = (game, players) => {
      const start = performance.now();
      const decided = lookaheadOthers(game, players);
      lookaheadMs += performance.now() - start;
      return decided;
    };
    const computer = computerPlayers(timedLookahead);
    t = performance.now();
    let cpu = process.cpuUsage();
    const single = buildClassReport(files, scenarios, undefined, computer);
    const singleMs = performance.now() - t;
    const singleCpu = cpuMs(cpu);
    const workers = poolSize(files.length, cpus().length);
    t = performance.now();
    cpu = process.cpuUsage();
    const pooled = await checkClassInWorkers(files, scenarios, undefined, { spawn: reportWorker, workers }).done;
    const poolMs = performance.now() - t;
    const poolCpu = cpuMs(cpu);
    // As the page does: the workers started and warmed up (warmUp.ts) when the screen opens, before the files come.
    const spares: ReportWorker[] = [];
    t = performance.now();
    warmWorkers(spares, reportWorker, workers, scenarios);
    await Promise.all(spares.map((w) => new Promise<void>((resolve) => (w.onmessage = ({ data }) => data.type === 'warmed' && resolve()))));
    const warmUpMs = performance.now() - t;
    t = performance.now();
    cpu = process.cpuUsage();
    const warmed = await checkClassInWorkers(files, scenarios, undefined, { spawn: () => spares.shift() ?? reportWorker(), workers }).done;
    const warmedMs = performance.now() - t;
    const warmedCpu = cpuMs(cpu);
    for (const [how, r] of [['one thread', single], ['the pool', pooled], ['the warmed pool', warmed]] as const)
      if (r?.verified !== files.length) throw new Error(`${how}: ${r?.verified ?? 0} of ${files.length} files verified (${r?.rows.find((x) => x.verdict === 'flagged')?.reason ?? ''})`);
    const what = `200 result files of ${files.length === new Set(files.map((f) => f.text.slice(f.text.indexOf('"decisions"')))).size ? '200 different games' : 'games'} of the largest scenario (${english(s.title)}, ${s.actors.length} actors, ${s.turns} turns), a whole class report`;
    const turns = files.reduce((n, f) => n + (JSON.parse(f.text) as ResultFile).turns, 0);
    const { decided, remembered } = computer.counts;
    const lines = [
      `| ${what}, one thread: wall clock (processor time) | ${seconds(singleMs)} (${seconds(singleCpu)}) | |`,
      `| the same, one thread: of which working out the computer's moves (the look-ahead); positions worked out / remembered | ${seconds(lookaheadMs)} (${Math.round((100 * lookaheadMs) / singleMs)}%); ${decided} / ${remembered} (of ${turns} turns played) | |`,
      `| the same, ${workers} worker threads (the page's pool, \`checkClassInWorkers\`) started when the files are handed over: wall clock (processor time, all threads) | ${seconds(poolMs)} (${seconds(poolCpu)}) | |`,
      `| the same, the ${workers} workers started and warmed up when the screen opens, as the page does (the warm-up took ${seconds(warmUpMs)}, before the files came): wall clock from the files (processor time, all threads) | ${seconds(warmedMs)} (${seconds(warmedCpu)}) | ${warmedMs <= 10_000 ? '≤ 10 s wall clock' : '≤ 10 s wall clock (not met)'} |`,
    ];
    part('report-largest', `The largest scenario: 200 students choosing their own moves (the files of \`npm run bench:classroom\`), every one verified by replay.`, lines);
  }

  if (wanted('whatif')) {
    const s = scenario('alliance-question-2020');
    const t = performance.now();
    const result = runWhatIf(s, { policies: WHAT_IF_POLICIES, runs: 250, seedBase: 'bench', side: 'RUS' });
    const ms = performance.now() - t;
    const medians = result.distributions.map((d) => `${d.policy} ${d.spread.p50.toFixed(1)}`).join(', ');
    const line = `| what-if on ${s.id} as RUS: 1,000 games (4 policies × 250), one thread; median scores ${medians} | ${seconds(ms)} | |`;
    part('report-whatif', 'The what-if: the student’s side played by each simple policy, the others by their personas.', [line]);
  }

  const head = [
    '<!-- report:start -->',
    '## The class report and the what-if in Node (`npm run bench:report`)',
    '',
    `The classroom's own code bundled as the game ships it (\`scripts/bundled.mjs\`), run by Node; wall clock, and where it says so the processor time the work took (every thread counted), which the machine's other work does not stretch as much. Each part below can be rerun alone (\`npm run bench:report -- idlib\`, \`largest\`, \`whatif\`). Machine: ${machine()}.`,
    '<!-- report:end -->',
  ].join('\n');
  writeBlocks([['report', head], ...blocks]);
}

// The same file is the main script and each worker thread's.
if (!isMainThread) {
  const job = workerData as Job;
  if (job.role === 'report') {
    const serve = reportServer(
      (message) => parentPort!.postMessage(message),
      (step) => setTimeout(step, 0),
    );
    parentPort!.on('message', serve);
  } else {
    parentPort!.postMessage(job.students.map((i) => writeResult(studentFile(job.id, job.seed, `${i}`, `Student ${i + 1}`))));
  }
} else {
  await main();
}
