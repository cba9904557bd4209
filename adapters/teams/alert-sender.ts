/**
 * Posting alerts to Teams channels for the outbox: a new post in the channel
 * (not a reply), through botbuilder's proactive messaging
 * (`continueConversationAsync`) with the conversation reference kept when
 * the channel followed. The SDK's client waits out a 429's Retry-After
 * itself; what still fails is sorted for the outbox: a conversation the bot
 * is no longer in (403, 404) pauses the channel's follows; anything else
 * (5xx, network, a rate limit that outlasted the SDK's tries) is retried later.
 */
import type { CloudAdapter } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Activity, ConversationReference } from 'botframework-schema';
import type { ReportAlert } from '../../src/index.ts';
import type { AlertSender, SendOutcome } from '../alerts/outbox-worker.ts';
import type { Store } from '../store/open-store.ts';
import { alertCard, alertSummary } from './format/alert-card.ts';
import { escapeCardText } from './format/text.ts';

/** What a failed post means for the outbox. */
export function classifyTeamsError(error: unknown): SendOutcome {
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown; response?: { headers?: { get?(name: string): string | undefined }; bodyAsText?: string } } | null;
  const status = typeof e?.statusCode === 'number' ? e.statusCode : null;
  const body = e?.response?.bodyAsText ?? '';
  const code = /"code"\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? (typeof e?.code === 'string' ? e.code : '');
  const what = `${status ?? 'error'}${code === '' ? '' : ` ${code}`}`;
  if (status === 429) {
    const seconds = Number(e?.response?.headers?.get?.('retry-after') ?? '1');
    return { ok: false, kind: 'rate-limited', retryAfterMs: Math.max(1, Number.isFinite(seconds) ? seconds : 1) * 1000, error: what };
  }
  if (status === 403 || status === 404) return { ok: false, kind: 'permanent', error: `the bot cannot post in this channel (${what})` };
  return { ok: false, kind: 'transient', error: status === null ? String(e?.message ?? error) : what };
}

/** A sender posting as `appId` through `adapter`, to channels whose references `store` keeps. */
export function createTeamsAlertSender(adapter: CloudAdapter, appId: string, store: Store): AlertSender {
  return {
    platform: 'teams',
    async send(channelId: string, alert: ReportAlert): Promise<SendOutcome> {
      const reference = await store.teamsConversations.get(channelId);
      if (reference === null) return { ok: false, kind: 'permanent', error: 'no conversation reference for this channel: follow again there' };
      try {
        await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (ctx) => {
          // Sent to the conversation, not as a reply: the turn's own activity is a made-up continuation
          // event, and `sendActivity` would reply to it. The channel gets a new post.
          const client = ctx.turnState.get<ConnectorClient>(ctx.adapter.ConnectorClientKey);
          await client.conversations.sendToConversation(channelId, {
            type: 'message',
            from: ctx.activity.recipient,
            conversation: ctx.activity.conversation,
            attachments: [alertCard(alert)],
            summary: escapeCardText(alertSummary(alert)).slice(0, 200),
          } as Activity);
        });
        return { ok: true };
      } catch (error) {
        return classifyTeamsError(error);
      }
    },
  };
}
