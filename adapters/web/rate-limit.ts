/**
 * Per-client rate limiting for search (the costly page): a token bucket per
 * client address. Buckets live in this process (a limit per replica): they
 * are short-lived counters, not state worth a database round trip, and a
 * restart that forgets them only forgives a few searches.
 */

export interface RateLimitOptions {
  /** Searches a client may make at once (default 20). */
  burst?: number;
  /** Searches a client regains per second (default 1). */
  perSecond?: number;
  /** Clients tracked at most; the longest idle are forgotten first (default 10,000). */
  maxClients?: number;
  now?: () => number;
}

export interface RateLimiter {
  /** Take one search for `client`: 0 when allowed, else the seconds to wait. */
  take(client: string): number;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const burst = options.burst ?? 20;
  const perSecond = options.perSecond ?? 1;
  const maxClients = options.maxClients ?? 10_000;
  const now = options.now ?? Date.now;
  // Insertion order is last-use order: a client is re-inserted on each search.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client) {
      const t = now();
      const bucket = buckets.get(client) ?? { tokens: burst, at: t };
      buckets.delete(client);
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      let wait = 0;
      if (bucket.tokens >= 1) bucket.tokens -= 1;
      else wait = Math.ceil((1 - bucket.tokens) / perSecond);
      buckets.set(client, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      return wait;
    },
  };
}
