/**
 * Every Web API call that posts runs through here: in its channel's lane (so
 * one channel's rate limit or hung calls never hold up another's), retried
 * after a 429's Retry-After (Slack posted nothing), and never retried after a
 * timeout or network error, because a slow call may still have posted: a
 * retry would show the answer twice. The client itself does not retry (see
 * `app.ts`).
 */
import type { ListenerDeps } from '../listeners/deps.ts';

const MAX_ATTEMPTS = 3;
/** Longest Retry-After honoured; a longer wait gives up (the answer would be stale). */
const MAX_RETRY_AFTER_MS = 30_000;

/** Seconds Slack asked us to wait, when `error` is a rate-limit refusal. */
function retryAfterSeconds(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, retryAfter } = error as { code?: unknown; retryAfter?: unknown };
  return code === 'slack_webapi_rate_limited_error' && typeof retryAfter === 'number' ? retryAfter : null;
}

/** Run `call` for `channel`. */
export function callInChannel<T>(deps: Pick<ListenerDeps, 'lanes' | 'logger'>, channel: string, call: () => Promise<T>): Promise<T> {
  return deps.lanes.run(channel, async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await call();
      } catch (error) {
        const seconds = retryAfterSeconds(error);
        if (seconds === null || attempt >= MAX_ATTEMPTS || seconds * 1000 > MAX_RETRY_AFTER_MS) throw error;
        deps.logger.warn({ channel, retryAfter: seconds, attempt }, 'Slack rate limit in this channel; retrying after the wait');
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      }
    }
  });
}
