/**
 * Posting alerts to Discord channels for the outbox, through the client's
 * REST manager, which waits out Discord's rate limits (per route and
 * global) and gives each call the bot's time limit, without retrying it
 * (`bot.ts`). What fails is sorted for the outbox: a channel that is gone or
 * closed to the bot (Unknown Channel, Missing Access, Missing Permissions)
 * disables its follows; anything else (5xx, a timeout) is retried later,
 * under the same nonce, so a post that had landed is not shown twice.
 */
import { createHash } from 'node:crypto';
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

/**
 * The nonce of one report's alert in one channel: the same on every attempt, so with
 * `enforce_nonce` Discord keeps one message when a post that timed out had in fact landed
 * and the outbox tries it again (see `send-once.ts`).
 */
export function alertNonce(channelId: string, reportId: string): string {
  return createHash('sha256').update(`alert:${channelId}:${reportId}`).digest('base64url').slice(0, 25);
}

/** Posts through `client`'s REST, with its time limit (`bot.ts`); what fails is left to the outbox to retry. */
export function createDiscordAlertSender(client: Client): AlertSender {
  return {
    platform: 'discord',
    async send(channelId: string, alert: ReportAlert): Promise<SendOutcome> {
      try {
        await client.rest.post(Routes.channelMessages(channelId), {
          body: { ...formatAlert(alert), allowed_mentions: { parse: [] }, nonce: alertNonce(channelId, alert.reportId), enforce_nonce: true },
        });
        return { ok: true };
      } catch (error) {
        return classifyDiscordError(error);
      }
    },
  };
}
