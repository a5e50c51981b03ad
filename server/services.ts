// Throw-away Redis and PostgreSQL servers on free loopback ports, each in its own temporary folder, for the tests and
// the load bench of several class-server processes. Debian's packages are used as installed (scripts/ensure-redis.sh);
// nothing is written outside the temporary folder, and stop() removes it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Service {
  /** `redis://127.0.0.1:<port>` or `postgres://…@127.0.0.1:<port>/<db>`. */
  url: string;
  stop(): Promise<void>;
}

/** A port free on the loopback now (the service started on it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No free port on 127.0.0.1.');
  return address.port;
}

/** The path of a program on PATH, or null. */
function onPath(program: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() !== '' ? found.stdout.trim() : null;
}

/** Debian installs PostgreSQL's programs under /usr/lib/postgresql/<version>/bin, not on PATH. */
function postgresBin(): string | null {
  const initdb = onPath('initdb');
  if (initdb && existsSync(join(dirname(initdb), 'postgres'))) return dirname(initdb);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const newest = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  return newest && existsSync(join(root, newest, 'bin', 'postgres')) ? join(root, newest, 'bin') : null;
}

export const hasRedis = (): boolean => onPath('redis-server') !== null;
export const hasPostgres = (): boolean => postgresBin() !== null;

/** What is missing to start the services, in words; empty when both can start. */
export function missingServices(): string[] {
  const missing: string[] = [];
  if (!hasRedis()) missing.push("Redis (Debian's redis-server: bash scripts/ensure-redis.sh)");
  if (!hasPostgres()) missing.push("PostgreSQL (Debian's postgresql: bash scripts/ensure-postgres.sh)");
  return missing;
}

/** Start a program and wait for a line of its output saying it is ready; its output is kept to explain a failure. */
async function startUntil(command: string, args: string[], ready: RegExp, what: string, options: { uid?: number; gid?: number } = {}): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${what} did not start within 20 s:\n${output}`)), 20_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${what} stopped at once (exit ${code}):\n${output}`)));
  });
  child.removeAllListeners('exit');
  return child;
}

/** Stop a child and wait for it to be gone. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

/** A Redis that keeps nothing on disk, bound to the loopback. */
export async function startRedis(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'bowstring-redis-'));
  const port = await freePort();
  const args = ['--port', `${port}`, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const child = await startUntil('redis-server', args, /Ready to accept connections/, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL refuses to run as root: as root, its folder and process belong to the `postgres` user. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error("PostgreSQL will not run as root and there is no 'postgres' user to run it.");
  return { uid, gid };
}

/** A PostgreSQL cluster made fresh in a temporary folder, bound to the loopback, trusting local connections (it is
 *  a test's and a bench's server, gone when stopped); fsync off, as nothing in it outlives the run. */
export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed: run 'sudo apt-get install -y postgresql'.");
  const dir = mkdtempSync(join(tmpdir(), 'bowstring-postgres-'));
  const user = postgresUser();
  if (user) {
    chmodSync(dir, 0o700);
    chownSync(dir, user.uid, user.gid);
  }
  const data = join(dir, 'data');
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'bowstring', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C'], { encoding: 'utf8', ...user });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  const args = ['-D', data, '-p', `${port}`, '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'];
  const child = await startUntil(join(bin, 'postgres'), args, /ready to accept connections/, 'PostgreSQL', user ?? {});
  return {
    url: `postgres://bowstring@127.0.0.1:${port}/postgres`,
    async stop() {
      await stopChild(child, 'SIGINT'); // PostgreSQL's fast shutdown
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
