// The class server's database behind one small interface: the embedded PostgreSQL (PGlite, in a data folder) by
// default, or a PostgreSQL server when a connection address is given. Both speak the same SQL (server/store.ts).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Query {
  /** Rows of one statement; parameters as $1, $2 … */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Query {
  /** `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which database, for the line the server prints. */
  readonly kind: 'embedded' | 'postgres';
}

export interface DbOptions {
  /** The embedded database's folder (made if missing). */
  dataDir?: string;
  /** A PostgreSQL server's address (postgres://…): used instead of the embedded database when given. */
  databaseUrl?: string;
}

export async function openDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) return postgres(options.databaseUrl);
  if (!options.dataDir) throw new Error('The class server needs a data folder or a database address.');
  return embedded(options.dataDir);
}

async function embedded(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const params = (p: readonly unknown[] | undefined) => (p ? [...p] : undefined);
  return {
    kind: 'embedded',
    query: async <T>(sql: string, p?: readonly unknown[]) => (await db.query<T>(sql, params(p))).rows,
    transaction: (work) => db.transaction((tx) => work({ query: async <T>(sql: string, p?: readonly unknown[]) => (await tx.query<T>(sql, params(p))).rows })),
    close: () => db.close(),
  };
}

async function postgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // A server that cannot be reached is said at start, not at the first class.
  (await pool.connect()).release();
  const on = (client: pg.Pool | pg.PoolClient): Query => ({ query: async <T>(sql: string, p?: readonly unknown[]) => (await client.query(sql, p ? [...p] : undefined)).rows as T[] });
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(on(client));
        await client.query('COMMIT');
        return value;
      } catch (fault) {
        await client.query('ROLLBACK');
        throw fault;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
