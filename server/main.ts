// `npm run class-server`: the built game, its class API and its live rooms on one port.
// PORT (8080), HOST (127.0.0.1), DATA_DIR (./class-data, the embedded database), DATABASE_URL (a PostgreSQL server
// instead), REDIS_URL (several processes sharing classes).
import { startClassServer } from './app';

const env = process.env;
const port = Number(env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not '${env.PORT}'.`);
  process.exit(2);
}
if (env.REDIS_URL) console.error('REDIS_URL is set, but this class server runs as one process; it is ignored.');

try {
  const server = await startClassServer({ port, host: env.HOST ?? '127.0.0.1', dataDir: env.DATA_DIR ?? 'class-data', databaseUrl: env.DATABASE_URL || undefined });
  const database = env.DATABASE_URL ? 'a PostgreSQL server' : `the embedded database in ${env.DATA_DIR ?? 'class-data'}`;
  console.log(`Bowstring class server on ${server.url} with ${database}`);
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
