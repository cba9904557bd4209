/**
 * Posting alerts to Discord channels for the outbox, through the client's
 * REST manager, which waits out Discord's rate limits (per route and
 * global) and retries 5xx itself. What still fails is sorted for the
 * outbox: a channel that is gone or closed to the bot (Unknown Channel,
 * Missing Access, Missing Permissions) disables its follows; anything else
 * is retried later.
 */
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type Client } from 'discord.js';
import type { ReportAlert } from '../../src/index.ts';
import type { AlertSender, SendOutcome } from '../alerts/outbox-worker.ts';
import { formatAlert } from './format/alert.ts';

/** Discord error codes meaning the bot cannot post in the channel as things stand. */
export const PERMANENT_CODES: ReadonlyMap<number, string> = new Map([
  [10003, 'unknown channel'],
  [50001, 'missing access'],
  [50013, 'missing permissions'],
  [50007, 'cannot send messages to this user'],
]);

/** What a failed post means for the outbox. */
export function classifyDiscordError(error: unknown): SendOutcome {
  if (error instanceof DiscordAPIError) {
    const permanent = typeof error.code === 'number' ? PERMANENT_CODES.get(error.code) : undefined;
    if (permanent !== undefined) return { ok: false, kind: 'permanent', error: permanent };
    if (error.status === 404) return { ok: false, kind: 'permanent', error: 'unknown channel' };
    return { ok: false, kind: 'transient', error: `${error.status} ${error.message}` };
  }
  if (error instanceof RateLimitError) {
    return { ok: false, kind: 'rate-limited', retryAfterMs: Math.max(1000, error.retryAfter), error: 'rate limited' };
  }
  if (error instanceof HTTPError) return { ok: false, kind: 'transient', error: `${error.status} ${error.message}` };
  return { ok: false, kind: 'transient', error: (error as Error).message ?? String(error) };
}

export function createDiscordAlertSender(client: Client): AlertSender {
  return {
    platform: 'discord',
    async send(channelId: string, alert: ReportAlert): Promise<SendOutcome> {
      try {
        await client.rest.post(Routes.channelMessages(channelId), { body: { ...formatAlert(alert), allowed_mentions: { parse: [] } } });
        return { ok: true };
      } catch (error) {
        return classifyDiscordError(error);
      }
    },
  };
}
