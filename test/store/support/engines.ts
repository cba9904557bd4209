/**
 * The store on each engine the bot supports, for tests that must pass on
 * both: embedded (PGlite, in memory or in a data directory) and PostgreSQL
 * (through `pg`, on the run's throwaway cluster: see postgres.ts). Where there
 * is no PostgreSQL, the postgres cases are skipped and their title says why.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, inject } from 'vitest';
import { openStore, type OpenStoreOptions, type Store, type StoreLocation } from '../../../adapters/store/open-store.ts';
import { startTestPostgres } from './postgres.ts';

export type EngineName = 'embedded' | 'postgres';
export const ENGINES: readonly EngineName[] = ['embedded', 'postgres'];

const SERVER = inject('postgres');

/** `describe(title)` once per engine (`%s` in the title names it); the postgres one is skipped, saying why, without PostgreSQL. */
export function describeEachEngine(title: string, body: (engine: EngineName) => void): void {
  for (const engine of ENGINES) {
    const skip = engine === 'postgres' && SERVER.url === null;
    describe.skipIf(skip)(`${title.replace('%s', engine)}${skip ? ` (skipped: ${SERVER.note})` : ''}`, () => body(engine));
  }
}

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
  const server = await startTestPostgres(SERVER);
  if (server === null) throw new Error(`no PostgreSQL for the postgres engine: ${SERVER.note}`);
  const location: StoreLocation = { dataDir: null, databaseUrl: server.url };
  return { engine, location, open: (options) => openStore(location, options), stop: () => server.stop() };
}
