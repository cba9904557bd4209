/**
 * The update's lock ({@link UpdateLock}, `src/update/lock.ts`) in the store,
 * so that with several replicas on one database only one runs the scheduled
 * update. A row per lock name, taken in one statement (a free or expired row
 * is claimed; a live one is left alone), so two replicas racing cannot both
 * win. The holder renews the expiry while it runs; a holder that died (a
 * crash, kill -9) stops renewing, and the lock frees itself after `ttlMs`.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../../src/logger.ts';
import type { ReleaseLock, UpdateLock } from '../../src/update/lock.ts';
import type { SqlRunner } from './sql.ts';

export interface StoreUpdateLockOptions {
  /** The lock's name (default "update"): one row per name. */
  name?: string;
  /** How long a lock lasts without renewal (default 10 minutes); renewed every third of it. */
  ttlMs?: number;
  now?: () => number;
  logger?: Logger;
}

export function createStoreUpdateLock(db: SqlRunner, options: StoreUpdateLockOptions = {}): UpdateLock {
  const name = options.name ?? 'update';
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;

  return {
    async tryAcquire(): Promise<ReleaseLock | null> {
      const holder = `${randomUUID()} pid ${process.pid} on ${hostname()}`;
      const at = now();
      const rows = await db.query(
        `insert into update_locks (name, holder, acquired_at, expires_at) values ($1, $2, $3, $4)
         on conflict (name) do update set holder = excluded.holder, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
           where update_locks.expires_at <= $3
         returning name`,
        [name, holder, new Date(at), new Date(at + ttlMs)],
      );
      if (rows.length !== 1) return null;

      // Renew while held, so a long update is not taken over; stop if the lock was lost.
      const renew = setInterval(() => {
        db.query('update update_locks set expires_at = $3 where name = $1 and holder = $2 returning name', [name, holder, new Date(now() + ttlMs)])
          .then((renewed) => {
            if (renewed.length === 0) {
              clearInterval(renew);
              options.logger?.warn({ lock: name }, 'update lock: lost (expired and taken over) while held');
            }
          })
          .catch((error: unknown) => options.logger?.warn({ err: error, lock: name }, 'update lock: could not renew'));
      }, Math.max(1, Math.floor(ttlMs / 3)));
      renew.unref();

      let released = false;
      return async () => {
        if (released) return;
        released = true;
        clearInterval(renew);
        // Only while it is still ours (it may have expired and been taken over).
        await db.query('delete from update_locks where name = $1 and holder = $2', [name, holder]);
      };
    },
    async describeHolder() {
      const rows = await db.query<{ holder: string; acquired_at: Date }>(
        'select holder, acquired_at from update_locks where name = $1 and expires_at > $2',
        [name, new Date(now())],
      );
      const row = rows[0];
      if (row === undefined) return null;
      return `${row.holder.replace(/^\S+ /, '')} since ${new Date(row.acquired_at).toISOString()} (the store's update lock)`;
    },
  };
}
