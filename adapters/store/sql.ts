/**
 * The two engines behind the store, one interface: PGlite (PostgreSQL
 * compiled to WebAssembly, embedded, files under DATA_DIR) by default, or a
 * PostgreSQL server when DATABASE_URL is set. Both speak the same SQL, so
 * every query in `adapters/store/` runs unchanged on either.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir, type DataDirLockOptions } from './data-dir-lock.ts';
import { PGLITE_START_PARAMS, seedFromTemplate, templateBlob, tuneWasmEngine } from './pglite-template.ts';

/** A row as the engine returns it. */
export type Row = Record<string, unknown>;

/** Run SQL with `$1`-style parameters. */
export interface SqlRunner {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** An open database: queries, transactions, and close. */
export interface SqlClient extends SqlRunner {
  /** "embedded" (PGlite) or "postgres" (a server). */
  readonly engine: 'embedded' | 'postgres';
  /** Where it is, for logs: the data directory, or the URL without its password. */
  readonly where: string;
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A postgres:// URL with its password replaced, safe for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    // Unparseable: show only the scheme, never the rest (it may hold a password).
    return `${url.split(':')[0] ?? 'postgres'}://…`;
  }
}

export interface EmbeddedOptions extends DataDirLockOptions {
  /** Told when a new store cannot start from the template (and initdb runs instead). */
  warn?: (message: string) => void;
  /**
   * Make and start the engine only once this settles (DATA_DIR's lock is
   * taken first, at once): the bot passes its index load, so that the two
   * memory peaks come one after the other instead of adding up.
   */
  startAfter?: Promise<unknown>;
}

/**
 * Open (creating on first use, from the template: see pglite-template.ts) the
 * embedded database in `<dataDir>/pglite`, holding DATA_DIR's lock until it
 * is closed: PGlite is one process at a time, so a second opener gets a
 * DataDirLockedError instead of the files.
 */
export async function openEmbedded(dataDir: string, options: EmbeddedOptions = {}): Promise<SqlClient> {
  const dir = path.resolve(dataDir, 'pglite');
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir, options);
  let db: PGlite;
  try {
    await options.startAfter?.catch(() => undefined);
    // Seeded only under the lock, so two starts cannot both make it.
    await seedFromTemplate(dir, options.warn);
    await mkdir(dir, { recursive: true });
    tuneWasmEngine();
    db = await PGlite.create(dir, { startParams: [...PGLITE_START_PARAMS] });
  } catch (error) {
    await lock.release();
    throw error;
  }
  const client = wrapPglite(db, dir);
  return {
    ...client,
    async close() {
      try {
        await client.close();
      } finally {
        await lock.release();
      }
    },
  };
}

/** An in-memory embedded database (tests and benchmarks that need no files). */
export async function openInMemory(): Promise<SqlClient> {
  const template = await templateBlob();
  tuneWasmEngine();
  return wrapPglite(await PGlite.create({ startParams: [...PGLITE_START_PARAMS], ...(template === undefined ? {} : { loadDataDir: template }) }), 'memory://');
}

function wrapPglite(db: PGlite, where: string): SqlClient {
  return {
    engine: 'embedded',
    where,
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<T>(sql, [...params])).rows;
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => (await tx.query<T>(sql, [...params])).rows }),
      ),
    close: () => db.close(),
  };
}

/** Connect to a PostgreSQL server; resolves once one query has succeeded. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 5, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const runner = (client: pg.Pool | pg.PoolClient): SqlRunner => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await client.query<T>(sql, [...params])).rows;
    },
  });
  return {
    engine: 'postgres',
    where: redactUrl(url),
    ...runner(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(runner(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
