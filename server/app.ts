// The class server in one call: the database (migrated), the HTTP side and the Colyseus rooms on one port.
// Presence and the matchmaker's driver are passed in when several processes share classes (Redis); one process
// needs neither.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, matchMaker, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { en } from '../src/i18n/catalog/en';
import { useMessages } from '../src/i18n/core';
import { ROOM_NAME } from '../src/live/protocol';
import { computerPlayers } from '../src/classroom/resultFile';
import { classes, shippedScenarios } from './classes';
import { classRoomType, type ClassRoom } from './classRoom';
import { openDb, type Db } from './db';
import { httpHandler } from './http';
import { MINUTE, PER_MINUTE, fixedWindow } from './limits';
import { migrate } from './migrations';
import { classStore, type ClassStore } from './store';

export interface ClassServerOptions {
  /** 0 for any free port. */
  port: number;
  host?: string;
  /** The embedded database's folder, when no `databaseUrl` is given. */
  dataDir?: string;
  /** A PostgreSQL server (postgres://…). */
  databaseUrl?: string;
  /** The built game (default ./dist). */
  distDir?: string;
  /** The shipped scenarios (default ./scenarios). */
  scenariosDir?: string;
  presence?: Presence;
  driver?: matchMaker.MatchMakerDriver;
  /** `host:port` (and path) by which browsers reach this very process, when several share classes: a student who
   *  asks another process for a room hosted here is sent here. */
  publicAddress?: string;
  /** Look-ups and joins allowed per address per minute. */
  perMinute?: { lookups: number; joins: number };
}

export interface ClassServer {
  url: string;
  port: number;
  /** The class server's database, for tests that look behind the API. */
  store: ClassStore;
  db: Db;
  stop(): Promise<void>;
}

/** A room's websocket message may be this large: a turn of every actor's decisions in the largest scenario fits. */
const MAX_MESSAGE_BYTES = 256 * 1024;

export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  // The server's sentences are English: it has no page language.
  useMessages('en', en);
  const db = await openDb({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    await migrate(db);
  } catch (fault) {
    await db.close();
    throw fault;
  }
  const store = classStore(db);
  const limits = options.perMinute ?? PER_MINUTE;
  const rooms = new Map<string, ClassRoom>();
  const cls = classes(store, shippedScenarios(options.scenariosDir ?? 'scenarios'));

  const http = createServer(
    httpHandler({ classes: cls, store, distDir: options.distDir ?? 'dist', lookups: fixedWindow(limits.lookups, MINUTE), onDeleted: (code) => rooms.get(code)?.deleted() }),
  );
  const game = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    ...(options.presence ? { presence: options.presence } : {}),
    ...(options.driver ? { driver: options.driver } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    gracefullyShutdown: false,
    greet: false,
  });
  // One memo of the computer's moves for every room of the process: positions are named by scenario version, seed
  // and rules, so classes cannot mix them up, and classes given the same lesson share them.
  const computer = computerPlayers();
  game.define(ROOM_NAME, classRoomType({ store, classes: cls, joins: fixedWindow(limits.joins, MINUTE), rooms, computer })).filterBy(['code']);
  await game.listen(options.port, options.host ?? '127.0.0.1');
  const { address, port } = http.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  let stopping: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}/`,
    port,
    store,
    db,
    stop: () =>
      (stopping ??= (async () => {
        const held = [...rooms].map(([code, room]) => [code, room.roomId] as const);
        await game.gracefullyShutdown(false);
        // A stopped server lets its classes go at once: the next server's rooms take them without waiting for them to go stale.
        await Promise.all(held.map(([code, roomId]) => store.releaseRoom(code, roomId).catch(() => undefined)));
        http.closeAllConnections();
        await db.close();
      })()),
  };
}
