// npm run bench:class [-- --classes 30 --students 30 --scenario idlib-2021 --keep-both] — the class server under
// a district's load, on this machine's loopback only: Redis, PostgreSQL and two class-server processes, 30 classes of
// 30 students each playing a whole lesson turn by turn as their pages would, every teacher watching the roster, and
// halfway through one process killed (SIGKILL) so its classes go on in the other. Writes the figures into
// BENCHMARKS.md. Stops itself after HARD_CAP_MS whatever happens.
import '../src/i18n'; // the game's English messages, for the server's words in a failure
import { loadavg } from 'node:os';
import pg from 'pg';
import { quantile } from '../src/ai/stats';
import { machine, writeBlocks } from '../src/cli/benchmarks-file';
import { readScenarioFile } from '../src/cli/read-scenario';
import type { ClassSettings } from '../src/classroom/options';
import { playClassGame, turnMoves } from '../src/classroom/students';
import { restoreRng, seedRng } from '../src/engine';
import { english } from '../src/engine/prose';
import type { ClassCreated, CreateClass, TurnMove } from '../src/live/protocol';
import { startClassProcess, type ClassProcess } from './cluster';
import { LiveStudent, LiveTeacher } from './liveClients';
import { missingServices, startPostgres, startRedis, type Service } from './services';

const HARD_CAP_MS = 5 * 60_000;
/** Students join over this long from the start, as a class arriving. */
const JOIN_SPREAD_MS = 15_000;
/** A student's pause between turns, drawn evenly from this range: far shorter than a real student's, to load the servers. */
const PAUSE_MS = [500, 2_500] as const;
/** Different games played; student i of class c plays game (c × students + i) mod POOL. */
const POOL = 60;
const SEED = 'district';
const SETTINGS: ClassSettings = { side: 'RUS', advisor: true };
/** Time allowed for every teacher's roster to show every game finished, after the last turn is acknowledged. */
const SETTLE_MS = 30_000;
const TARGET_P95_MS = 200;
const LIMITS = { JOINS_PER_MINUTE: '100000', LOOKUPS_PER_MINUTE: '100000' };

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const CLASSES = Number(option('classes', '30'));
const STUDENTS = Number(option('students', '30'));
const SCENARIO = option('scenario', 'idlib-2021');
const KILL = !process.argv.includes('--keep-both');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (x: number) => `${Math.round(x)} ms`;
const whole = (x: number) => x.toLocaleString('en-US');

async function createClass(url: string): Promise<ClassCreated> {
  const body: CreateClass = { scenarioId: SCENARIO, settings: SETTINGS, seed: SEED, mode: 'solo' };
  const answer = await fetch(`${url}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (answer.status !== 201) throw new Error(`Creating a class: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as ClassCreated;
}

async function main(): Promise<void> {
  const missing = missingServices();
  if (missing.length > 0) {
    console.error(`The class load bench needs ${missing.join(' and ')}.`);
    process.exit(1);
  }
  const started = Date.now();
  const cap = setTimeout(() => {
    console.error(`The bench ran past its cap of ${HARD_CAP_MS / 60_000} minutes: stopped, nothing written.`);
    void stopAll().finally(() => process.exit(1));
  }, HARD_CAP_MS);

  const services: Service[] = [];
  const processes: ClassProcess[] = [];
  const stopAll = async () => {
    await Promise.all(processes.map((p) => p.stop(2_000)));
    await Promise.all(services.map((s) => s.stop()));
  };

  // The students' games, computed before any server starts so that the work does not weigh on them.
  const scenario = readScenarioFile(`scenarios/${SCENARIO}.json`);
  let t = performance.now();
  const pool: TurnMove[][] = Array.from({ length: POOL }, (_, i) => turnMoves(playClassGame(scenario, SEED, { settings: SETTINGS, student: 'random', who: `pool-${i}` })));
  const poolMs = performance.now() - t;
  if (new Set(pool.map((g) => g.at(-1)!.stateHash)).size !== POOL) throw new Error('The pool holds the same game twice.');
  const totalTurns = CLASSES * STUDENTS * pool[0]!.length; // every game of a whole lesson has the scenario's turns
  console.log(`${POOL} games of ${SCENARIO} computed in ${ms(poolMs)}; ${CLASSES} classes × ${STUDENTS} students, ${whole(totalTurns)} turns to send.`);

  try {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    services.push(redis, postgres);
    // One after the other: each builds the command's bundle before it serves.
    // Every client comes from 127.0.0.1, as a district's do from behind one school address: the limits are raised.
    for (let i = 0; i < 2; i++) processes.push(await startClassProcess({ databaseUrl: postgres.url, redisUrl: redis.url }, LIMITS));
    const urls = processes.map((p) => p.url);
    const entries = (i: number) => [urls[i % 2]!, urls[(i + 1) % 2]!];
    console.log(`Redis ${redis.url}, PostgreSQL ${postgres.url}, class servers ${urls.join(' and ')}.`);

    const rng = restoreRng(seedRng('class-load-bench'));
    const between = (lo: number, hi: number) => lo + rng.next() * (hi - lo);
    const classes = await Promise.all(Array.from({ length: CLASSES }, (_, c) => createClass(urls[c % 2]!)));
    const teachers = classes.map((k) => new LiveTeacher(k.code, k.teacherKey));
    await Promise.all(teachers.map((teacher, c) => teacher.join(entries(c))));
    const students = classes.flatMap((k, c) => Array.from({ length: STUDENTS }, (_, i) => new LiveStudent(k.code, `Student ${c + 1}.${i + 1}`, pool[(c * STUDENTS + i) % POOL]!)));

    const latencies: number[] = [];
    /** The same, for the turns answered before the kill and after it (failover included). */
    const before: number[] = [];
    const after: number[] = [];
    const joinMs: number[] = [];
    const rejoinMs: number[] = [];
    const refusals: string[] = [];
    let lostInFlight = 0;
    let killedAt: number | null = null;
    let cpuOfKilled = 0;
    /** Classes whose room each process hosted at the kill (as their students' sockets show). */
    let hosted: number[] = [];
    /** The process killed: the one hosting the most classes, so that their failover is what is measured. */
    let victim = 0;
    let cpuStart = processes.map((p) => p.cpuSeconds());

    /** Joins (again) through the first address that lets it in, trying again while the survivor finds its peer gone. */
    const join = async (who: LiveStudent | LiveTeacher, entry: string[]): Promise<number> => {
      const t0 = performance.now();
      for (let attempt = 0; ; attempt++) {
        try {
          await who.join(entry);
          return performance.now() - t0;
        } catch (fault) {
          if (attempt >= 60) throw fault;
          await sleep(250);
        }
      }
    };

    const play = async (student: LiveStudent, i: number) => {
      const entry = entries(i);
      await sleep(between(0, JOIN_SPREAD_MS));
      joinMs.push(await join(student, entry));
      while (!student.finished) {
        await sleep(between(...PAUSE_MS));
        if (!student.connected) rejoinMs.push(await join(student, entry));
        if (student.finished) break;
        const outcome = await student.playTurn();
        if (outcome.kind === 'ack') {
          latencies.push(outcome.ms);
          (killedAt === null ? before : after).push(outcome.ms);
        }
        else if (outcome.kind === 'lost') lostInFlight++;
        else {
          refusals.push(`${student.name}, turn ${student.next + 1}: ${outcome.message}`);
          if (refusals.length > 20) throw new Error(`Turns refused:\n${refusals.join('\n')}`);
        }
      }
    };

    const killer = async () => {
      if (!KILL) return;
      while (latencies.length < totalTurns / 2) await sleep(100);
      const hostOf = new Map(students.filter((s) => s.host).map((s) => [s.code, s.host!]));
      hosted = processes.map((p) => [...hostOf.values()].filter((host) => p.url.endsWith(`//${host}`)).length);
      victim = hosted.indexOf(Math.max(...hosted));
      cpuOfKilled = processes[victim]!.cpuSeconds() - cpuStart[victim]!;
      killedAt = performance.now();
      processes[victim]!.kill();
      console.log(`Process ${processes[victim]!.url}, host of ${hosted[victim]} classes, killed (SIGKILL) after ${whole(latencies.length)} turns acknowledged.`);
    };

    /** Teachers whose room is lost join again through the survivor, as their pages would. */
    let playing = true;
    const keepTeachers = async () => {
      while (playing) {
        await Promise.all(teachers.map((teacher, c) => (teacher.connected ? null : join(teacher, entries(c)))));
        await sleep(200);
      }
    };

    t = performance.now();
    cpuStart = processes.map((p) => p.cpuSeconds());
    const watching = keepTeachers();
    await Promise.all([...students.map(play), killer()]);
    playing = false;
    await watching;
    const playMs = performance.now() - t;
    const lastAck = performance.now();
    // One room per class: its students and its teacher all in it.
    const roomsOf = new Map<string, Set<string>>();
    for (const s of students) if (s.roomId) roomsOf.set(s.code, (roomsOf.get(s.code) ?? new Set()).add(s.roomId));
    for (const k of teachers) if (k.roomId) roomsOf.get(k.code)?.add(k.roomId);
    const split = [...roomsOf.values()].filter((rooms) => rooms.size > 1).length;
    // Every class finished, as its teacher sees it: every student's game at its end and verified.
    const verifiedRoster = await Promise.all(teachers.map((teacher) => teacher.until((rows) => rows.length === STUDENTS && rows.every((r) => r.finished && r.verdict === 'verified'), SETTLE_MS).then(() => true, () => false)));
    const settleMs = performance.now() - lastAck;
    const alive = processes.map((p, i) => ({ p, i })).filter(({ i }) => !KILL || i !== victim);
    const cpu = alive.map(({ p, i }) => p.cpuSeconds() - cpuStart[i]!);

    // Every acknowledged turn is in the database, with the hash acknowledged.
    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    const rows = (await db.query<{ student_id: string; turn: number; state_hash: string }>('SELECT student_id, turn, state_hash FROM moves')).rows;
    const verdicts = (await db.query<{ verdict: string; n: string }>('SELECT verdict, count(*) AS n FROM results GROUP BY verdict')).rows;
    await db.end();
    const held = new Map(rows.map((r) => [`${r.student_id}:${r.turn}`, r.state_hash]));
    let acked = 0;
    let lost = 0;
    for (const s of students)
      for (const [turn, hash] of s.acked) {
        acked++;
        if (held.get(`${s.studentId}:${turn}`) !== hash) lost++;
      }
    const finished = students.filter((s) => s.finished).length;
    const rejoined = students.filter((s) => s.joins > 1).length;
    const verifiedInDb = Number(verdicts.find((v) => v.verdict === 'verified')?.n ?? 0);
    const flaggedInDb = Number(verdicts.find((v) => v.verdict === 'flagged')?.n ?? 0);
    const classesDone = verifiedRoster.filter(Boolean).length;
    const p95 = quantile(latencies, 0.95);
    const spread = (xs: number[]) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))} / ${ms(Math.max(...xs))}`;

    const figures = {
      'turn sent → ack: p50 / p95 / max': `${spread(latencies)}${KILL ? `; before the kill ${spread(before)}, after it (its rooms rebuilt on the survivor) ${spread(after)}` : ''}`,
      'turns acknowledged, per second over the lesson': `${whole(acked)} of ${whole(totalTurns)}, ${(acked / (playMs / 1000)).toFixed(1)} a second over ${(playMs / 1000).toFixed(1)} s`,
      'turns held by the servers (rows in the database)': `${whole(rows.length)}`,
      'students joined: p50 / p95 time to the welcome': `${whole(students.filter((s) => s.joins > 0).length)} of ${whole(students.length)}: ${ms(quantile(joinMs, 0.5))} / ${ms(quantile(joinMs, 0.95))}`,
      'students who joined again after the kill: p50 / max time to the welcome': KILL ? `${whole(rejoined)}: ${ms(quantile(rejoinMs, 0.5))} / ${ms(Math.max(0, ...rejoinMs))}; ${lostInFlight} turns in flight at the kill, sent again` : 'no process killed (--keep-both)',
      'classes hosted by each process at the kill': KILL ? hosted.join(' and ') : 'no process killed',
      'classes split over more than one room at the end (students and teacher)': `${split}`,
      'acknowledged turns lost (not in the database with the hash acknowledged)': `${lost}`,
      'games finished; classes whose teacher saw every game finished and verified': `${finished} of ${students.length}; ${classesDone} of ${CLASSES} (within ${SETTLE_MS / 1000} s, took ${(settleMs / 1000).toFixed(1)} s)`,
      'results in the database: verified / flagged': `${verifiedInDb} / ${flaggedInDb}`,
      'turns refused': refusals.length === 0 ? '0' : `${refusals.length}: ${refusals.slice(0, 3).join('; ')}`,
      'processor time of the servers over the lesson': `${KILL ? `killed process ${cpuOfKilled.toFixed(1)} s until the kill, survivor ${cpu[0]!.toFixed(1)} s` : cpu.map((c) => `${c.toFixed(1)} s`).join(' and ')}`,
    };
    for (const [what, value] of Object.entries(figures)) console.log(`${what}: ${value}`);

    const target = (met: boolean, text: string) => (met ? text : `${text} (not met)`);
    const table = [
      '| figure | value | target |',
      '| --- | --- | --- |',
      ...Object.entries(figures).map(([what, value]) => {
        const goal =
          what.startsWith('turn sent') ? target(p95 <= TARGET_P95_MS, `p95 ≤ ${TARGET_P95_MS} ms`)
          : what.startsWith('acknowledged turns lost') ? target(lost === 0, '0')
          : what.startsWith('games finished') ? target(finished === students.length && classesDone === CLASSES, 'all')
          : '';
        return `| ${what} | ${value} | ${goal} |`;
      }),
    ];
    const block = [
      '<!-- class-load:start -->',
      '## The class server under a district’s load (`npm run bench:class`)',
      '',
      `On one machine, loopback only: Redis and PostgreSQL (Debian's, throw-away, \`server/services.ts\`), two class-server processes, each the bundle \`npm run class-server\` runs, sharing them (\`REDIS_URL\`, \`DATABASE_URL\`, each its \`PUBLIC_ADDRESS\`; \`JOINS_PER_MINUTE\` raised, as every client comes from one address), and the bench's own process driving ${CLASSES} classes × ${STUDENTS} students with colyseus.js: each student joins within the first ${JOIN_SPREAD_MS / 1000} s through one process or the other, then sends a whole lesson of ${english(scenario.title)} (${pool[0]!.length} turns), a ${'`'}turn${'`'} message at a time, pausing ${PAUSE_MS[0] / 1000}–${PAUSE_MS[1] / 1000} s between turns (a real student takes minutes); every teacher is connected and receives the roster. ` +
        `The games are ${POOL} different games of the computer's random students (\`playClassGame\`, computed in ${(poolMs / 1000).toFixed(1)} s before the servers start), every class on the same seed, so classes share positions as classes given the same lesson do. ` +
        (KILL ? `When half the turns were acknowledged, the process hosting the most classes was killed (SIGKILL); its students and teachers joined again through the other with their tokens. ` : '') +
        `Machine: ${machine()}, shared with the other processes of the bench; load average ${loadavg()[0]!.toFixed(1)} when it ended. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
      '',
      ...table,
      '<!-- class-load:end -->',
    ].join('\n');
    writeBlocks([['class-load', block]]);
    console.log(`Written to BENCHMARKS.md (${killedAt === null ? 'no kill' : 'one process killed'}).`);
    await Promise.all([...students.map((s) => s.leave()), ...teachers.map((k) => k.leave())]);
  } finally {
    clearTimeout(cap);
    await stopAll();
  }
  // colyseus.js keeps no timers once its rooms are left, but the bench should end even if a socket lingers.
  process.exit(0);
}

await main();
