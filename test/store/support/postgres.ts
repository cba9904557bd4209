/**
 * PostgreSQL for the tests that run on both store engines.
 *
 * One throwaway cluster serves the whole run: the global setup
 * (test/global-setup.ts) makes it with initdb in a temporary directory, starts
 * it with pg_ctl on 127.0.0.1 and a free port, and stops and deletes it at the
 * end. PostgreSQL refuses to run as root, so under root (CI containers often
 * are) it runs as an unprivileged user (`postgres`, else `nobody`) through
 * runuser. TEST_DATABASE_URL names a server to use instead (a CI service).
 * Each test file gets a database of its own in it ({@link startTestPostgres}),
 * dropped when the file is done.
 *
 * Where there is no PostgreSQL (no server binaries, no TEST_DATABASE_URL),
 * or TEST_POSTGRES=off, the cases on the postgres engine are skipped, and the
 * run says why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const TEST_DB_PASSWORD = 'not-a-real-secret-7f3a';

/** What the global setup provides to the test files. */
export interface ProvidedPostgres {
  /** A server URL (database `postgres`), or null when none is available. */
  url: string | null;
  /** Why there is none (for the skip message), or where it is. */
  note: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

function findBin(name: string): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
      const candidate = path.join(root, version, 'bin', name);
      if (existsSync(candidate)) return candidate;
    }
  }
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() !== '' ? found.stdout.trim() : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** An unprivileged account to run PostgreSQL as, when this process is root. */
function unprivilegedUser(): { name: string; uid: number; gid: number } | null {
  for (const name of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  return null;
}

export interface Cluster extends ProvidedPostgres {
  stop(): Promise<void>;
}

/** Start the run's cluster (see the module comment); never throws — an unavailable server is a note. */
export async function startCluster(): Promise<Cluster> {
  if (process.env['TEST_POSTGRES'] === 'off') return { url: null, note: 'TEST_POSTGRES=off', stop: async () => undefined };
  const given = process.env['TEST_DATABASE_URL']?.trim();
  if (given) return { url: given, note: 'TEST_DATABASE_URL', stop: async () => undefined };
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (initdb === null || pgCtl === null) {
    return { url: null, note: 'no PostgreSQL server binaries (initdb, pg_ctl) found; install them or set TEST_DATABASE_URL', stop: async () => undefined };
  }
  const asRoot = userInfo().uid === 0;
  const user = asRoot ? unprivilegedUser() : null;
  if (asRoot && user === null) {
    return { url: null, note: 'running as root with no unprivileged user (postgres, nobody) to run PostgreSQL as', stop: async () => undefined };
  }
  const run = (bin: string, args: string[]): void => {
    const [command, argv] = user === null ? [bin, args] : ['runuser', ['-u', user.name, '--', bin, ...args]];
    execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'ofsted-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  try {
    if (user !== null) chownSync(dir, user.uid, user.gid);
    run(initdb, ['-D', data, '-U', 'ofsted', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const port = await freePort();
    const options = [
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`,
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200',
    ].join(' ');
    run(pgCtl, ['-D', data, '-l', log, '-w', '-t', '30', '-o', options, 'start']);
    return {
      url: `postgres://ofsted:${TEST_DB_PASSWORD}@127.0.0.1:${port}/postgres`,
      note: `a throwaway PostgreSQL cluster in ${dir}`,
      async stop() {
        try {
          run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    rmSync(dir, { recursive: true, force: true });
    return { url: null, note: `PostgreSQL would not start: ${detail.split('\n')[0]}`, stop: async () => undefined };
  }
}

export interface TestPostgres {
  /** postgres://user:password@127.0.0.1:port/db — the password is checked by nothing but must never be logged. */
  url: string;
  stop(): Promise<void>;
}

let databases = 0;

/** A database of its own on the run's server, for one test file; null when there is no server. */
export async function startTestPostgres(server: ProvidedPostgres): Promise<TestPostgres | null> {
  if (server.url === null) return null;
  const name = `ofsted_test_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const dropper = new pg.Client({ connectionString: server.url ?? '' });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
