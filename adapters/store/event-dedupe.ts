/**
 * Slack's "answer each event once", in the store: the first process to claim
 * a key within its time window answers; every other claim (a retry, the
 * `message` twin of an `app_mention`, another replica) is refused. Keys are
 * kept by time, not by count, so a retry late in Slack's window is still
 * recognised.
 */
import type { SqlRunner } from './sql.ts';

/** How long a claimed key is remembered: longer than Slack's retry window (three retries over about 5 minutes). */
export const DEDUPE_WINDOW_MS = 60 * 60_000;

export interface EventClaims {
  /** True for the first claim of `key` within the window (in any process on this store), false after. */
  first(key: string): Promise<boolean>;
  /** Forget keys whose window has passed; returns how many. */
  prune(): Promise<number>;
}

export function createEventClaims(db: SqlRunner, options: { windowMs?: number; now?: () => number } = {}): EventClaims {
  const windowMs = options.windowMs ?? DEDUPE_WINDOW_MS;
  const now = options.now ?? Date.now;
  return {
    async first(key) {
      const at = now();
      // One statement, so two processes racing for one key cannot both win:
      // a new key is inserted; an expired one is taken over; a live one is left alone.
      const rows = await db.query(
        `insert into slack_event_dedupe (key, expires_at) values ($1, $2)
         on conflict (key) do update set expires_at = excluded.expires_at
           where slack_event_dedupe.expires_at <= $3
         returning key`,
        [key, new Date(at + windowMs), new Date(at)],
      );
      return rows.length === 1;
    },
    async prune() {
      const rows = await db.query('delete from slack_event_dedupe where expires_at <= $1 returning key', [new Date(now())]);
      return rows.length;
    },
  };
}
