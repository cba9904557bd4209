/**
 * "Answer each question once". Slack delivers one post as both `app_mention`
 * and `message` (a mention in a DM), and retries events it thinks were not
 * acknowledged (`X-Slack-Retry-Num`). All of them carry the post's channel
 * and `ts`, so that pair is the key.
 */

export interface Dedupe {
  /** True the first time `key` is seen within the time window, false after. */
  first(key: string): Promise<boolean>;
}

export interface DedupeOptions {
  /** How long a key is remembered; Slack retries within about 5 minutes. */
  ttlMs?: number;
  /** Most keys kept, so memory stays bounded under load. */
  maxKeys?: number;
  now?: () => number;
}

/**
 * An in-memory, time-bounded set of seen keys, for one process without a
 * store (tests). `npm start` uses the store's event claims instead, shared by
 * every process on the database (`adapters/store/event-dedupe.ts`).
 */
export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so the oldest keys come first.
  const seen = new Map<string, number>();

  function evict(at: number): void {
    for (const [key, expires] of seen) {
      if (expires > at && seen.size <= maxKeys) break;
      seen.delete(key);
    }
  }

  return {
    async first(key: string): Promise<boolean> {
      const at = now();
      evict(at);
      const expires = seen.get(key);
      if (expires !== undefined && expires > at) return false;
      seen.set(key, at + ttlMs);
      return true;
    },
  };
}
