// The class server on a real PostgreSQL server rather than the embedded one: Debian's server, started by this test in
// a temporary folder on a free loopback port (as the postgres user when the test runs as root) and stopped after.
// Without the binaries the test is skipped by name, except in CI (CI=true), where it fails: .ci/run installs them.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassReport } from '../../src/classroom/classReport';
import { MSG, type RosterRow, type TurnMove } from '../../src/live/protocol';
import { migrate } from '../../server/migrations';
import { scenario as shippedScenario } from '../classroom/support';
import { StudentGame, api, joinClass, runServer, send, welcomeOf, type Running } from './support';

/** Debian's PostgreSQL binaries, newest version first. */
function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => join(root, v, 'bin')).find((b) => existsSync(join(b, 'initdb')) && existsSync(join(b, 'pg_ctl')));
  return bin ?? null;
}

const BIN = postgresBin();
const IN_CI = process.env.CI === 'true';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** A PostgreSQL server of its own, as a user PostgreSQL agrees to run as. */
async function startPostgres(bin: string): Promise<{ url: string; stop(): void }> {
  const folder = mkdtempSync(join(tmpdir(), 'bowstring-pg-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: the folder is opened to its own user, who runs it.
  if (asRoot) chmodSync(folder, 0o777);
  const run = (tool: string, args: string[]) => execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', timeout: 60_000 });
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'bowstring', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://bowstring@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

describe('the class server on a PostgreSQL server', () => {
  if (!BIN && IN_CI) {
    it('has Debian’s PostgreSQL server to test against (scripts/ensure-postgres.sh installs it)', () => {
      throw new Error('No initdb and pg_ctl under /usr/lib/postgresql/*/bin: run scripts/ensure-postgres.sh.');
    });
    return;
  }

  let postgres: { url: string; stop(): void } | null = null;
  let running: Running | null = null;
  beforeAll(async () => {
    if (!BIN) return;
    postgres = await startPostgres(BIN);
    running = await runServer({ databaseUrl: postgres.url });
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    postgres?.stop();
  });

  it.skipIf(!BIN)(`keeps classes, moves, rewinds and verdicts as the embedded database does${BIN ? '' : ' (skipped: Debian’s PostgreSQL server is not installed; scripts/ensure-postgres.sh installs it)'}`, async () => {
    const server = running!.server;
    expect(server.db.kind).toBe('postgres');
    // The steps ran at start, each once.
    expect(await migrate(server.db)).toEqual([]);
    expect(await server.db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([{ version: 1 }]);

    const scenario = shippedScenario('idlib-2021');
    const made = await api(server, 'POST', '/api/classes', { scenarioId: 'idlib-2021', settings: { side: 'RUS', advisor: false, turns: 2 }, seed: 'pg', mode: 'solo' });
    expect(made.status).toBe(201);
    const { code, teacherKey: key } = made.json as { code: string; teacherKey: string };
    const info = (await api(server, 'GET', `/api/classes/${code}`)).json;
    const teacher = await joinClass(server, { code, role: 'teacher', key });

    const games: TurnMove[][] = [];
    for (const name of ['Ada', 'Boris', 'Chen']) {
      const inbox = await joinClass(server, { code, role: 'student', name });
      await welcomeOf(inbox);
      const game = new StudentGame(scenario, info, ['RUS'], name);
      const moves: TurnMove[] = [];
      while (!game.state.ending) {
        const move = game.play();
        expect((await send(inbox, move)).ack).toBe(true);
        moves.push(move);
      }
      if (name === 'Boris') {
        // Back one turn and the same turn again: a rewind, and the game ends as before.
        expect((await send(inbox, moves[1]!)).ack).toBe(true);
      }
      games.push(moves);
      await inbox.room.leave();
    }
    const copy = await joinClass(server, { code, role: 'student', name: 'Dana' });
    await welcomeOf(copy);
    for (const move of games[0]!) expect((await send(copy, move)).ack).toBe(true);

    const roster = await teacher.next<RosterRow[]>(MSG.roster, (rows) => rows.length === 4 && rows.every((r) => r.verdict !== 'playing'));
    expect(roster.map((r) => [r.name, r.verdict, r.rewinds])).toEqual([
      ['Ada', 'verified', 0],
      ['Boris', 'verified', 1],
      ['Chen', 'verified', 0],
      ['Dana', 'flagged', 0],
    ]);
    const report = (await api(server, 'GET', `/api/classes/${code}/report`, undefined, key)).json as ClassReport;
    expect([report.verified, report.flagged]).toEqual([3, 1]);

    await Promise.all([copy.room.leave(), teacher.room.leave()]);
    expect(await server.store.rowsOf(code)).toEqual({ classes: 1, students: 4, moves: 8, rewinds: 1, results: 4 });
    expect((await api(server, 'DELETE', `/api/classes/${code}`, undefined, key)).status).toBe(204);
    expect(await server.store.rowsOf(code)).toEqual({ classes: 0, students: 0, moves: 0, rewinds: 0, results: 0 });
  });
});
