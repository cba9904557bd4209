/**
 * The update's lock: with several replicas, only one runs the update at a
 * time. {@link UpdateLock} is the interface a shared store implements (a
 * database-backed lock); {@link createFileUpdateLock} is the single-process
 * (or shared-volume) implementation: an O_EXCL lock file in the index
 * directory, taken over when it is older than its expiry or its owner on this
 * host has died.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../process-alive.ts';

/** Releases a held lock. Safe to call twice. */
export type ReleaseLock = () => Promise<void>;

/** A lock that at most one update holds at a time. */
export interface UpdateLock {
  /** Takes the lock, or resolves null at once when another update holds it. */
  tryAcquire(): Promise<ReleaseLock | null>;
  /** Who holds it, for messages ("pid 123 on host-a since …"), or null when free. */
  describeHolder?(): Promise<string | null>;
}

/** The lock file's name in the index directory. */
export const LOCK_FILE = '.update.lock';

export interface FileUpdateLockOptions {
  /** A lock older than this is stale and taken over (default 3 hours: longer than any update). */
  staleMs?: number;
}

interface LockContent {
  token: string;
  pid: number;
  host: string;
  started: string;
}

/** A lock file `<indexDir>/.update.lock`, created with O_EXCL. */
export function createFileUpdateLock(indexDir: string, options: FileUpdateLockOptions = {}): UpdateLock {
  const file = path.join(indexDir, LOCK_FILE);
  const staleMs = options.staleMs ?? 3 * 60 * 60 * 1000;

  const read = async (): Promise<LockContent | null> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as LockContent;
    } catch {
      return null;
    }
  };

  const isStale = async (): Promise<boolean> => {
    const info = await stat(file).catch(() => null);
    if (info === null) return true;
    if (Date.now() - info.mtimeMs > staleMs) return true;
    const content = await read();
    // A lock left by a process on this host that has since died (a crash, kill -9).
    return content !== null && content.host === hostname() && content.pid !== process.pid && !isProcessAlive(content.pid);
  };

  const create = async (): Promise<ReleaseLock | null> => {
    const content: LockContent = { token: randomUUID(), pid: process.pid, host: hostname(), started: new Date().toISOString() };
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${JSON.stringify(content)}\n`);
      await handle.close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
      throw new Error(`lock: expected to create the lock file ${file}, got ${(error as Error).message}`);
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      // Remove it only while it is still ours (it may have been taken over as stale).
      if ((await read())?.token === content.token) await rm(file, { force: true });
    };
  };

  return {
    async tryAcquire() {
      const release = await create();
      if (release !== null) return release;
      if (!(await isStale())) return null;
      await rm(file, { force: true });
      return create();
    },
    async describeHolder() {
      const content = await read();
      return content === null ? null : `pid ${content.pid} on ${content.host} since ${content.started} (${file})`;
    },
  };
}
