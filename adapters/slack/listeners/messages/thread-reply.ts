/**
 * A reply in a channel thread the bot answered (`message.channels`,
 * `message.groups`), without a mention: a follow-up ("what about in 2016?")
 * is answered in the thread, but only when its author already has a
 * conversation there. Every other channel message is ignored.
 */
import type { App } from '@slack/bolt';
import { answerInConversation } from '../../answers/converse.ts';
import type { ListenerDeps } from '../deps.ts';

export function registerThreadReply(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, context, client }) => {
    if (message.subtype !== undefined || message.channel_type === 'im' || message.bot_id !== undefined) return;
    if (message.thread_ts === undefined || message.thread_ts === message.ts) return;
    const text = message.text ?? '';
    // A mention is answered by app_mention.
    if (context.botUserId !== undefined && text.includes(`<@${context.botUserId}`)) return;
    await answerInConversation(deps, client, {
      channel: message.channel,
      user: message.user,
      ts: message.ts,
      threadTs: message.thread_ts,
      isDirect: false,
      text,
      botUserId: context.botUserId,
      teamId: context.teamId,
      onlyFollowUp: true,
    });
  });
}
