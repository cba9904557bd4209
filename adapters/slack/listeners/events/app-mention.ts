/**
 * `@bot <question>` in a channel: answered in the message's thread, visible
 * to the channel.
 */
import type { App } from '@slack/bolt';
import { answerInConversation } from '../../answers/converse.ts';
import type { ListenerDeps } from '../deps.ts';

export function registerAppMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    // Another bot mentioning us could start a loop; only people get answers.
    if (event.bot_id !== undefined || event.user === undefined) return;
    const isDirect = event.channel.startsWith('D');
    await answerInConversation(deps, client, {
      channel: event.channel,
      user: event.user,
      ts: event.ts,
      // In a DM, stay in the DM (in a thread only if the question was in one).
      threadTs: isDirect ? event.thread_ts : (event.thread_ts ?? event.ts),
      isDirect,
      text: event.text,
      botUserId: context.botUserId,
      teamId: context.teamId,
      // In a DM the `message` event carries the same post and gives the note.
      busyNote: !isDirect && context.retryNum === undefined,
    });
  });
}
