/**
 * Delivers the alert outbox. Claims due rows (one per channel at a time, at
 * most one post a second per channel, across every process on the store),
 * sends each through its platform's sender, and records the outcome:
 *
 * - sent: never sent again, by this process or any other;
 * - rate limited (Slack 429): the channel waits `Retry-After`, then the row is retried;
 * - a server error or network failure: retried with backoff, up to `maxAttempts`;
 * - the channel is gone or closed to the bot (channel_not_found, not_in_channel,
 *   missing access): the row fails, and the follows that asked for it are
 *   disabled with the reason, logged.
 */
import type { ReportAlert } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { OutboxItem } from '../store/alert-outbox.ts';
import type { Platform } from '../store/follows.ts';
import type { Store } from '../store/open-store.ts';

/** How one send went. */
export type SendOutcome =
  | { ok: true }
  /** Try again after `retryAfterMs`; the whole channel waits (a rate limit). */
  | { ok: false; kind: 'rate-limited'; retryAfterMs: number; error: string }
  /** Worth trying again later (5xx, network). */
  | { ok: false; kind: 'transient'; error: string }
  /** Will never work for this channel: give up and disable its follows. */
  | { ok: false; kind: 'permanent'; error: string };

/** Posts one alert to one channel on one platform. */
export interface AlertSender {
  platform: Platform;
  send(channelId: string, alert: ReportAlert): Promise<SendOutcome>;
}

export interface OutboxWorkerOptions {
  store: Store;
  senders: readonly AlertSender[];
  logger: Logger;
  /** How often to look for due rows when idle (default 500 ms). */
  pollMs?: number;
  /** Rows claimed at once (default 50). */
  batch?: number;
  /** Sends in flight at once (default 16). */
  concurrency?: number;
  /** Attempts before a transient failure is given up (default 8). */
  maxAttempts?: number;
}

export interface OutboxWorker {
  /** Look for due rows now (after planning). */
  kick(): void;
  /** Resolves when a pass found nothing to claim. */
  drained(): Promise<void>;
  /** Stop claiming; resolves once sends in flight are recorded. */
  stop(): Promise<void>;
}

/** Backoff for the n-th transient failure: 2 s, 4 s, 8 s … at most 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, logger } = options;
  const senders = new Map(options.senders.map((s) => [s.platform, s]));
  const platforms = [...senders.keys()];
  const pollMs = options.pollMs ?? 500;
  const batch = options.batch ?? 50;
  const concurrency = options.concurrency ?? 16;
  const maxAttempts = options.maxAttempts ?? 8;
  let stopped = false;
  let wake: (() => void) | null = null;
  let drainWaiters: Array<() => void> = [];

  async function deliver(item: OutboxItem): Promise<void> {
    const sender = senders.get(item.platform);
    const log = logger.child({ outbox: item.id, platform: item.platform, channel: item.channelId, report: item.reportId });
    if (sender === undefined) return;
    let outcome: SendOutcome;
    try {
      outcome = await sender.send(item.channelId, item.alert);
    } catch (error) {
      outcome = { ok: false, kind: 'transient', error: (error as Error).message };
    }
    if (outcome.ok) {
      await store.outbox.markSent(item.id);
      log.info({ attempts: item.attempts }, 'alert sent');
    } else if (outcome.kind === 'rate-limited') {
      await store.outbox.retryLater(item, outcome.retryAfterMs, outcome.error, true);
      log.warn({ retryAfterMs: outcome.retryAfterMs }, 'alert rate limited; the channel waits');
    } else if (outcome.kind === 'permanent') {
      await store.outbox.fail(item.id, outcome.error);
      await store.follows.disable(item.followIds, outcome.error);
      log.warn({ error: outcome.error, follows: item.followIds }, 'alert cannot be delivered to this channel: follows disabled');
    } else if (item.attempts >= maxAttempts) {
      await store.outbox.fail(item.id, outcome.error);
      log.error({ error: outcome.error, attempts: item.attempts }, 'alert given up after repeated failures');
    } else {
      await store.outbox.retryLater(item, backoffMs(item.attempts), outcome.error);
      log.warn({ error: outcome.error, attempts: item.attempts }, 'alert failed; will retry');
    }
  }

  async function pass(): Promise<number> {
    const items = await store.outbox.claim(batch, platforms);
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) {
        const item = items[i];
        if (item !== undefined) await deliver(item);
      }
    });
    await Promise.all(lanes);
    return items.length;
  }

  const loop = (async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = await pass();
      } catch (error) {
        logger.error({ err: error }, 'alert outbox pass failed');
      }
      if (claimed === 0) {
        for (const resolve of drainWaiters) resolve();
        drainWaiters = [];
      }
      if (stopped) break;
      if (claimed >= batch) continue;
      // Rows for channels that just got a post fall due about a second later: poll soon while busy.
      const wait = claimed > 0 ? Math.min(pollMs, 100) : pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();

  return {
    kick: () => wake?.(),
    drained: () => new Promise<void>((resolve) => drainWaiters.push(resolve)),
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
