/**
 * DATA_DIR's lock, in one process: what counts as a live holder. The
 * two-process case (a second `npm start`, SIGKILL) is test/main/data-dir-lock.test.ts.
 */
import { mkdtempSync, readFileSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_LOCK_FILE, DataDirLockedError, lockDataDir, type LockHolder } from '../../adapters/store/data-dir-lock.ts';
import { openStore, StoreOpenError } from '../../adapters/store/open-store.ts';

const fresh = (): string => mkdtempSync(path.join(tmpdir(), 'ofsted-lock-'));
const lockFile = (dir: string): string => path.join(dir, DATA_DIR_LOCK_FILE);
const read = (dir: string): LockHolder => JSON.parse(readFileSync(lockFile(dir), 'utf8')) as LockHolder;

/** Take the lock, note what it wrote, and leave the file behind as a killed process would. */
async function leftBehind(dir: string, change: (holder: LockHolder) => LockHolder): Promise<void> {
  const lock = await lockDataDir(dir);
  const holder = read(dir);
  await lock.release();
  writeFileSync(lockFile(dir), JSON.stringify(change(holder)));
}

describe('DATA_DIR lock', () => {
  it('a second taker in the same or another process is refused while the first holds it, and gets it once released', async () => {
    const dir = fresh();
    const results = await Promise.allSettled([lockDataDir(dir), lockDataDir(dir)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = (lost[0] as PromiseRejectedResult).reason as DataDirLockedError;
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error.message).toContain(`DATA_DIR=${dir}`);
    expect(error.message).toContain(`pid ${process.pid}`);
    expect(error.message).toContain('DATABASE_URL');
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof lockDataDir>>>).value.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    const again = await lockDataDir(dir);
    await again.release();
  });

  it('is not fooled by pid reuse: the same pid that started at another time is another process', async () => {
    const dir = fresh();
    // Our own pid, as a process with this pid before us would have written it.
    await leftBehind(dir, (h) => ({ ...h, token: 'old', processStart: String(Number(h.processStart) - 1) }));
    const lock = await lockDataDir(dir);
    expect(read(dir).token).not.toBe('old');
    await lock.release();
  });

  it('recovers a lock from before a reboot (another boot id), and one left unreadable by a power loss', async () => {
    const dir = fresh();
    await leftBehind(dir, (h) => ({ ...h, token: 'old', boot: 'another-boot' }));
    const lock = await lockDataDir(dir);
    expect(read(dir).token).not.toBe('old');
    await lock.release();
    writeFileSync(lockFile(dir), '{"tok');
    const second = await lockDataDir(dir);
    await second.release();
  });

  it('a holder it cannot check (another host) counts while its heartbeat is fresh, and is taken over once it stops', async () => {
    const dir = fresh();
    await leftBehind(dir, (h) => ({ ...h, token: 'other-host', host: 'elsewhere' }));
    // Renewed as a live holder would.
    const renew = setInterval(() => utimesSync(lockFile(dir), new Date(), new Date()), 50);
    try {
      await expect(lockDataDir(dir, { staleMs: 2_000, heartbeatMs: 100 })).rejects.toThrow(/pid \d+ on elsewhere/);
    } finally {
      clearInterval(renew);
    }
    // Its heartbeat stopped (a container that was removed): taken over after staleMs, without stopping.
    const old = new Date(Date.now() - 1_000);
    utimesSync(lockFile(dir), old, old);
    const lock = await lockDataDir(dir, { staleMs: 2_000, heartbeatMs: 100 });
    expect(read(dir).host).not.toBe('elsewhere');
    await lock.release();
  });

  it('openStore: a second open of one DATA_DIR is a StoreOpenError with the lock message; close frees it', async () => {
    const dataDir = fresh();
    const store = await openStore({ dataDir, databaseUrl: null });
    const error = await openStore({ dataDir, databaseUrl: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(/^store: expected DATA_DIR=.+ to be free, but another process holds it/);
    expect((error as Error).message).not.toContain('Check DATA_DIR');
    await store.close();
    const reopened = await openStore({ dataDir, databaseUrl: null });
    await reopened.close();
  }, 60_000);
});
