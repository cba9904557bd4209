/**
 * A direct message to the bot (`message.im`): answered in the DM.
 */
import type { App } from '@slack/bolt';
import { answerInConversation } from '../../answers/converse.ts';
import type { ListenerDeps } from '../deps.ts';

export function registerDirectMessage(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, context, client }) => {
    // Only new posts by people in a DM: no edits, deletions, joins or bot posts.
    if (message.subtype !== undefined || message.channel_type !== 'im') return;
    if (message.bot_id !== undefined) return;
    await answerInConversation(deps, client, {
      channel: message.channel,
      user: message.user,
      ts: message.ts,
      threadTs: message.thread_ts,
      isDirect: true,
      text: message.text ?? '',
      botUserId: context.botUserId,
      teamId: context.teamId,
      busyNote: context.retryNum === undefined,
    });
  });
}
