// `npm run class-server`: the built game, its class API and its live rooms on one port.
// PORT (8080), HOST (127.0.0.1), DATA_DIR (./class-data, the embedded database), DATABASE_URL (a PostgreSQL server
// instead), REDIS_URL with PUBLIC_ADDRESS (several processes sharing classes: docs/CLASS-SERVER.md, "Several
// processes"), JOINS_PER_MINUTE and LOOKUPS_PER_MINUTE (the limits per address, for many classes behind one address).
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { startClassServer } from './app';
import { PER_MINUTE } from './limits';

const env = process.env;
const port = Number(env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not '${env.PORT}'.`);
  process.exit(2);
}
const perMinute = (name: string, fallback: number): number => {
  const value = Number(env[name] ?? fallback);
  if (Number.isInteger(value) && value >= 1) return value;
  console.error(`${name} must be a whole number from 1, not '${env[name]}'.`);
  process.exit(2);
};
const limits = { lookups: perMinute('LOOKUPS_PER_MINUTE', PER_MINUTE.lookups), joins: perMinute('JOINS_PER_MINUTE', PER_MINUTE.joins) };

// Several processes share their rooms through Redis and their classes through one PostgreSQL; each must be reachable
// at its own public address, where the others send the students of the rooms it hosts.
const redisUrl = env.REDIS_URL || undefined;
const publicAddress = env.PUBLIC_ADDRESS || undefined;
if (redisUrl && !env.DATABASE_URL) {
  console.error('REDIS_URL is set without DATABASE_URL: processes that share classes must share one PostgreSQL server.');
  process.exit(2);
}
if (redisUrl && !publicAddress) {
  console.error("REDIS_URL is set without PUBLIC_ADDRESS: give each process the host:port (or host/path) where browsers reach it.");
  process.exit(2);
}
const shared = redisUrl ? { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl), publicAddress } : {};

try {
  const server = await startClassServer({ port, host: env.HOST ?? '127.0.0.1', dataDir: env.DATA_DIR ?? 'class-data', databaseUrl: env.DATABASE_URL || undefined, perMinute: limits, ...shared });
  const database = env.DATABASE_URL ? 'a PostgreSQL server' : `the embedded database in ${env.DATA_DIR ?? 'class-data'}`;
  const sharing = redisUrl ? `, sharing classes through Redis as ${publicAddress}` : '';
  console.log(`Bowstring class server on ${server.url} with ${database}${sharing}`);
  const stop = (signal: string) => {
    console.log(`${signal}: closing the class server…`);
    server.stop().then(
      () => process.exit(0),
      (fault: unknown) => {
        console.error(String(fault));
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (fault) {
  console.error(`The class server could not start: ${fault instanceof Error ? fault.message : String(fault)}`);
  process.exit(1);
}
