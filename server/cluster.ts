// Class-server processes started as a school district runs them, for the test of several processes and the load
// bench: each by the bundle `npm run class-server` runs (package.json), on its own loopback port, all sharing one
// PostgreSQL and one Redis. Each runs in its own process group, so that killing it (SIGKILL, as a machine lost)
// takes every process the command started.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { freePort } from './services';

export interface ClassProcess {
  /** `http://127.0.0.1:<port>`, which is also its `PUBLIC_ADDRESS`. */
  url: string;
  port: number;
  /** What it printed, to explain a failure. */
  output(): string;
  /** Killed at once, as a machine that is lost: SIGKILL to its whole process group. */
  kill(): void;
  /** Processor time its processes have used so far, in seconds (user and system, from /proc). */
  cpuSeconds(): number;
  /** Asked to stop (SIGTERM), killed after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface Shared {
  databaseUrl: string;
  redisUrl: string;
}

/** The server's part of the command `npm run class-server` runs: the step that bundles and runs it. The step before
 *  it builds the page, which the rooms do not need (and which would cost each process a build). */
export function classServerCommand(): string {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const step = scripts['class-server']?.split('&&').map((s) => s.trim()).find((s) => s.includes('scripts/bundled.mjs'));
  if (!step) throw new Error("package.json has no 'class-server' command that runs scripts/bundled.mjs.");
  return step;
}

/** One class-server process; resolves when it answers HTTP. */
export async function startClassProcess(shared: Shared, extraEnv: Record<string, string> = {}): Promise<ClassProcess> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: `${port}`,
    HOST: '127.0.0.1',
    PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    DATABASE_URL: shared.databaseUrl,
    REDIS_URL: shared.redisUrl,
    ...extraEnv,
  };
  const child = spawn('sh', ['-c', classServerCommand()], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => signalGroup(child, 'SIGKILL');
  try {
    await untilAnswers(url, child, () => output);
  } catch (fault) {
    kill();
    throw fault;
  }
  return {
    url,
    port,
    output: () => output,
    kill,
    cpuSeconds: () => groupCpuSeconds(child.pid!),
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(kill, graceMs);
      await ended;
      clearTimeout(timer);
      kill(); // anything the command left behind in its group
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Polls the process until it answers any HTTP request (it builds its bundle first: allow a minute). */
async function untilAnswers(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The class server stopped at once (exit ${child.exitCode}):\n${output()}`);
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`The class server did not answer on ${url} within 60 s:\n${output()}`);
}

/** Clock ticks of /proc's times: 100 a second on Linux. */
const TICKS = 100;

/** User and system time of every live process of a process group, in seconds; 0 where /proc is not there. */
function groupCpuSeconds(group: number): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      // After the command's name in parentheses: state, ppid, pgrp … utime (14th field) and stime (15th).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS;
}
