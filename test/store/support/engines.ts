/**
 * The store on each engine the bot supports, for tests that must pass on
 * both: embedded (PGlite, in memory or in a data directory) and PostgreSQL
 * (through `pg`, see postgres.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type OpenStoreOptions, type Store, type StoreLocation } from '../../../adapters/store/open-store.ts';
import { startTestPostgres, type TestPostgres } from './postgres.ts';

export type EngineName = 'embedded' | 'postgres';
export const ENGINES: readonly EngineName[] = ['embedded', 'postgres'];

/** A place to open stores on: each `open()` is a new connection to the same database. */
export interface StoreSite {
  engine: EngineName;
  location: StoreLocation;
  open(options?: OpenStoreOptions): Promise<Store>;
  stop(): Promise<void>;
}

/** A fresh database on `engine`. Embedded uses a data directory, so reopening finds the same state. */
export async function startStoreSite(engine: EngineName): Promise<StoreSite> {
  if (engine === 'embedded') {
    const location: StoreLocation = { dataDir: mkdtempSync(path.join(tmpdir(), 'ofsted-data-')), databaseUrl: null };
    return { engine, location, open: (options) => openStore(location, options), stop: async () => undefined };
  }
  const server: TestPostgres = await startTestPostgres();
  const location: StoreLocation = { dataDir: null, databaseUrl: server.url };
  return { engine, location, open: (options) => openStore(location, options), stop: () => server.stop() };
}
