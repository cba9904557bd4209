/**
 * The shared body of the channel commands (follow, unfollow, following,
 * settings): acknowledge, run the platform-neutral command against the store,
 * and answer for the whole channel (a change) or only the asker (a mistake,
 * a listing).
 */
import type { ChannelReply } from '../../../channels/channel-commands.ts';
import type { Store } from '../../../store/open-store.ts';
import { withApology } from '../../answers/respond.ts';
import { reliableRespond } from '../../answers/response-url.ts';
import { decodeSlackText, escapeUserText } from '../../format/mrkdwn.ts';
import type { ListenerDeps } from '../deps.ts';
import type { CommandArgs } from './answer-command.ts';

/** Run a channel command and reply with its text. */
export async function channelCommand(
  deps: ListenerDeps,
  { command, ack, client }: CommandArgs,
  run: (store: Store, channelId: string, text: string) => Promise<ChannelReply>,
): Promise<void> {
  await ack();
  const log = deps.logger.child({ command: command.command, channel: command.channel_id });
  // Time-limited and retried, with chat.postEphemeral standing in for a private reply that cannot go through.
  const respond = reliableRespond(
    { ...deps, logger: log },
    { responseUrl: command.response_url, client, channel: command.channel_id, user: command.user_id },
  );
  await withApology(log, respond, command.command, async () => {
    if (deps.store === null) {
      await respond({ response_type: 'ephemeral', text: 'Follows, settings and feedback need the bot to run with its store.' });
      return;
    }
    const store = deps.store;
    // Store work, after the ack and in turn with the answers.
    const reply = await deps.answers.run(() => run(store, command.channel_id, decodeSlackText(command.text ?? '')));
    const text = escapeUserText(reply.text);
    await respond({ response_type: reply.public ? 'in_channel' : 'ephemeral', replace_original: false, text });
  });
}
