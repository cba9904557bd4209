/**
 * The embedded store's lock: PGlite is a single-process database, so the
 * first process that opens DATA_DIR holds `<DATA_DIR>/store.lock` and any
 * other stops at once with a {@link DataDirLockedError}.
 *
 * Why a lock file and not flock/fcntl: Node has no file-lock call, and the
 * npm packages that add one are native addons (a build or a prebuilt binary
 * per platform), which this project avoids for an install that runs
 * anywhere `npm ci` does. A lock file that records who holds it does the
 * same job when its liveness check cannot be fooled:
 *
 * - The file is made whole in one step (written aside, then hard-linked into
 *   place, which fails if it exists), so it is never seen half-written.
 * - It records the holder's pid, the kernel's boot id, the pid namespace and
 *   the process's start time (from /proc). A holder on this machine, same
 *   boot, same namespace, is alive only if that pid still runs AND started at
 *   the recorded time: a pid reused after a SIGKILL or a reboot is a
 *   different process. A different boot id means the machine restarted (a
 *   power loss), so the holder is gone.
 * - A holder that cannot be checked that way (another host or container on
 *   a shared volume, or no /proc) renews the file's mtime every
 *   {@link HEARTBEAT_MS}; it counts as gone once the mtime is older than
 *   {@link STALE_MS}, and a new start waits that long rather than stopping.
 * - Taking over a dead holder's lock happens under a short mutex
 *   (`store.lock.takeover`), so two starts racing to recover it cannot both win.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readlinkSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../../src/process-alive.ts';

/** The lock file's name inside DATA_DIR. */
export const DATA_DIR_LOCK_FILE = 'store.lock';
/** How often a holder renews the lock file's mtime. */
export const HEARTBEAT_MS = 5_000;
/** A lock whose holder cannot be checked directly is gone once its mtime is this old. */
export const STALE_MS = 30_000;
/** A takeover mutex older than this was left by a process killed mid-takeover (a takeover takes milliseconds). */
const TAKEOVER_STALE_MS = 10_000;

/** Who holds the lock, as written in the file. */
export interface LockHolder {
  token: string;
  pid: number;
  host: string;
  /** The kernel's boot id (or boot time, rounded, where there is no /proc). */
  boot: string;
  /** The pid namespace (containers have their own), or null where there is no /proc. */
  pidNamespace: string | null;
  /** The process's start time in clock ticks since boot, from /proc/<pid>/stat; null where there is no /proc. */
  processStart: string | null;
  started: string;
  command: string;
}

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `store: expected DATA_DIR=${dataDir} to be free, but another process holds it (${describeHolder(holder)}). ` +
        'The embedded store (PGlite) is for one process at a time: stop that process first, ' +
        'or set DATABASE_URL to a PostgreSQL database to run more than one process on one store ' +
        '(replicas, or `npm run feedback` while the bot runs).',
    );
  }
}

export interface DataDirLock {
  /** The lock file's path. */
  readonly file: string;
  /** Give the lock up (only while it is still ours). Safe to call twice. */
  release(): Promise<void>;
}

export interface DataDirLockOptions {
  /** Test hooks: how long an unverifiable holder's heartbeat stays fresh, and how often ours is renewed. */
  staleMs?: number;
  heartbeatMs?: number;
}

export function describeHolder(holder: LockHolder): string {
  return `pid ${holder.pid} on ${holder.host}, "${holder.command}", since ${holder.started}`;
}

function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. Null when it is not running. */
function processStart(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[0] === 'Z' ? null : (fields[19] ?? null);
}

function bootId(): string {
  const id = readProc('/proc/sys/kernel/random/boot_id')?.trim();
  // No /proc (macOS): the boot time, to the minute, tells one boot from the next.
  return id ?? `boot-${Math.round((Date.now() - uptime() * 1000) / 60_000)}`;
}

function pidNamespace(): string | null {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return null;
  }
}

function ourHolder(): LockHolder {
  return {
    token: randomUUID(),
    pid: process.pid,
    host: hostname(),
    boot: bootId(),
    pidNamespace: pidNamespace(),
    processStart: processStart(process.pid),
    started: new Date().toISOString(),
    // The script it runs (adapters/main.ts is the bot), for the message a second process shows.
    command: process.argv[1] === undefined ? 'node' : path.relative(process.cwd(), process.argv[1]) || process.argv[1],
  };
}

type Verdict = 'alive' | 'dead' | 'unverifiable';

/** Whether the process that wrote `holder` still runs, judged from this process. */
function judge(holder: LockHolder, me: LockHolder): Verdict {
  if (holder.host !== me.host || holder.pidNamespace !== me.pidNamespace) return 'unverifiable';
  // Same machine, another boot: everything that ran before the restart is gone.
  if (holder.boot !== me.boot) return 'dead';
  if (holder.processStart !== null && me.processStart !== null) return processStart(holder.pid) === holder.processStart ? 'alive' : 'dead';
  // No /proc: a pid check alone could be fooled by reuse, so the heartbeat decides too.
  return isProcessAlive(holder.pid) ? 'unverifiable' : 'dead';
}

async function readHolder(file: string): Promise<{ holder: LockHolder | null; mtimeMs: number } | null> {
  const info = await stat(file).catch(() => null);
  if (info === null) return null;
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return { holder: JSON.parse(text) as LockHolder, mtimeMs: info.mtimeMs };
  } catch {
    // Unreadable (a disk that lost power mid-write): nobody can prove they hold it.
    return { holder: null, mtimeMs: info.mtimeMs };
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Create `file` holding `content`, whole, or report that it exists. */
async function createWhole(file: string, content: string): Promise<boolean> {
  const aside = `${file}.${randomUUID()}.tmp`;
  await writeFile(aside, content);
  try {
    await link(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Error(`store: expected to create the lock file ${file}, got ${(error as Error).message}`);
  } finally {
    await rm(aside, { force: true });
  }
}

/** Remove the lock file if it still holds `token` (or is unreadable and `token` is null), under the takeover mutex. */
async function removeIfStill(file: string, token: string | null): Promise<void> {
  const mutex = `${file}.takeover`;
  for (;;) {
    if (await createWhole(mutex, String(process.pid))) break;
    const info = await stat(mutex).catch(() => null);
    if (info !== null && Date.now() - info.mtimeMs > TAKEOVER_STALE_MS) await rm(mutex, { force: true });
    else await sleep(50);
  }
  try {
    const now = await readHolder(file);
    if (now !== null && (now.holder?.token ?? null) === token) await rm(file, { force: true });
  } finally {
    await rm(mutex, { force: true });
  }
}

/**
 * Take `<dataDir>/store.lock`, recovering it from a holder that died.
 * Throws {@link DataDirLockedError} when a live process holds it.
 */
export async function lockDataDir(dataDir: string, options: DataDirLockOptions = {}): Promise<DataDirLock> {
  const staleMs = options.staleMs ?? STALE_MS;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const dir = path.resolve(dataDir);
  const file = path.join(dir, DATA_DIR_LOCK_FILE);
  await mkdir(dir, { recursive: true });
  const me = ourHolder();

  for (;;) {
    if (await createWhole(file, `${JSON.stringify(me)}\n`)) break;
    const found = await readHolder(file);
    if (found === null) continue; // Released between our attempt and the read: try again.
    const { holder, mtimeMs } = found;
    const verdict = holder === null ? 'dead' : judge(holder, me);
    if (verdict === 'alive' && holder !== null) throw new DataDirLockedError(dir, holder);
    if (verdict === 'unverifiable' && holder !== null && Date.now() - mtimeMs <= staleMs) {
      // Another host or container, or no /proc: its heartbeat decides. A live one renews well within
      // staleMs, so wait one heartbeat and look again rather than stop a restart after a crash.
      const fresh = await waitWhileFresh(file, holder.token, staleMs, heartbeatMs);
      if (fresh) throw new DataDirLockedError(dir, holder);
      continue;
    }
    await removeIfStill(file, holder?.token ?? null);
  }

  const heartbeat = setInterval(() => {
    const at = new Date();
    utimes(file, at, at).catch(() => undefined);
  }, heartbeatMs);
  heartbeat.unref();
  // A process that exits without closing the store (process.exit on an error) leaves no lock behind.
  const onExit = (): void => {
    try {
      if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as LockHolder).token === me.token) unlinkSync(file);
    } catch {
      // Left for the next start to recover.
    }
  };
  process.on('exit', onExit);

  let released = false;
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      process.off('exit', onExit);
      const found = await readHolder(file);
      if (found?.holder?.token === me.token) await rm(file, { force: true });
    },
  };
}

/** Wait until the lock holding `token` goes stale (false), or is seen renewed after we started waiting (true). */
async function waitWhileFresh(file: string, token: string, staleMs: number, heartbeatMs: number): Promise<boolean> {
  const since = Date.now();
  for (;;) {
    const found = await readHolder(file);
    if (found === null || found.holder?.token !== token) return false;
    if (Date.now() - found.mtimeMs > staleMs) return false;
    // Renewed while we watched: a live holder.
    if (found.mtimeMs > since) return true;
    await sleep(Math.min(500, heartbeatMs));
  }
}
