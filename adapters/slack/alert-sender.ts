/**
 * Posting alerts to Slack channels for the outbox. A WebClient of its own,
 * without automatic retries, so every outcome reaches the outbox: a 429's
 * Retry-After holds the channel back, a 5xx is retried later, and a channel
 * the bot cannot post in (channel_not_found, not_in_channel, archived)
 * disables the follows that asked for it.
 */
import { webApi } from '@slack/bolt';
import type { ReportAlert } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { AlertSender, SendOutcome } from '../alerts/outbox-worker.ts';
import { alertMessage } from './format/alert-blocks.ts';

/** Slack errors meaning the bot will never be able to post in the channel as things stand. */
export const PERMANENT_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'team_access_not_granted',
]);

/** What a failed postMessage means for the outbox. */
export function classifySlackError(error: unknown): SendOutcome {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  if (e.code === webApi.ErrorCode.RateLimitedError) {
    return { ok: false, kind: 'rate-limited', retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000, error: 'ratelimited' };
  }
  if (e.code === webApi.ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    return PERMANENT_ERRORS.has(code) ? { ok: false, kind: 'permanent', error: code } : { ok: false, kind: 'transient', error: code };
  }
  return { ok: false, kind: 'transient', error: e.message ?? String(error) };
}

/** A sender posting with `token` (the bot token) to `apiUrl` (null: Slack's). */
export function createSlackAlertSender(token: string, apiUrl: string | null, logger: Logger, timeoutMs = 8_000): AlertSender {
  const client = new webApi.WebClient(token, {
    logger: toBoltLogger(logger),
    ...(apiUrl !== null ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // As the app's own calls: a hung post must not hold up the channel's queue; the outbox retries it.
    timeout: timeoutMs,
  });
  return {
    platform: 'slack',
    async send(channelId: string, alert: ReportAlert): Promise<SendOutcome> {
      const message = alertMessage(alert);
      try {
        await client.chat.postMessage({ channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
        return { ok: true };
      } catch (error) {
        return classifySlackError(error);
      }
    },
  };
}
