/**
 * A PostgreSQL server for tests, on 127.0.0.1 and a free port, gone when
 * `stop()` is called: a real local PostgreSQL (initdb + postgres in a
 * temporary directory) when its binaries are installed, otherwise PGlite
 * served over the wire protocol (@electric-sql/pglite-socket). Either way the
 * store talks to it through `pg`, exactly as it would to a production server.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  /** postgres://user:password@127.0.0.1:port/db — the password is checked by nothing but must never be logged. */
  url: string;
  engine: 'postgresql' | 'pglite-socket';
  stop(): Promise<void>;
}

export const TEST_DB_PASSWORD = 'not-a-real-secret-7f3a';

function findBin(name: string): string | null {
  const roots = ['/usr/lib/postgresql'];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const version of readdirSync(root).sort().reverse()) {
      const candidate = path.join(root, version, 'bin', name);
      if (existsSync(candidate)) return candidate;
    }
  }
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
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

async function startRealPostgres(initdb: string, postgres: string): Promise<TestPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ofsted-pg-'));
  // PostgreSQL refuses to run as root: run it as the postgres user then.
  const asRoot = userInfo().uid === 0;
  const wrap = (bin: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]);
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
  const data = path.join(dir, 'data');
  const [initCmd, initArgs] = wrap(initdb, ['-D', data, '-U', 'ofsted', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  execFileSync(initCmd, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [cmd, args] = wrap(postgres, [
    '-D', data, '-k', dir, '-p', String(port), '-h', '127.0.0.1',
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=60',
  ]);
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`test postgres: not ready after 15 s:\n${log}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += String(chunk);
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test postgres: exited with ${code}:\n${log}`));
    });
  });
  return {
    url: `postgres://ofsted:${TEST_DB_PASSWORD}@127.0.0.1:${port}/postgres`,
    engine: 'postgresql',
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGINT is PostgreSQL's "fast shutdown". Signal the postmaster itself (its pid is
        // the first line of postmaster.pid): runuser, in between, does not pass signals on.
        const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(Number.isInteger(pid) && pid > 0 ? pid : (child.pid ?? 0), 'SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startPgliteSocket(): Promise<TestPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 20 });
  await server.start();
  return {
    url: `postgres://ofsted:${TEST_DB_PASSWORD}@${server.getServerConn()}/postgres`,
    engine: 'pglite-socket',
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Start a PostgreSQL server for one test file. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const initdb = process.env['TEST_PG_SOCKET'] === '1' ? null : findBin('initdb');
  const postgres = initdb === null ? null : findBin('postgres');
  if (initdb !== null && postgres !== null) return startRealPostgres(initdb, postgres);
  return startPgliteSocket();
}
