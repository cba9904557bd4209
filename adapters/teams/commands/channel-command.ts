/**
 * The shared body of the channel commands (follow, unfollow, following,
 * settings): they belong to a team channel, run the platform-neutral command
 * against the store (channels/channel-commands.ts), and reply in the thread.
 * Teams has no private replies in a channel, so every reply is in the thread.
 */
import type { ChannelReply } from '../../channels/channel-commands.ts';
import type { Store } from '../../store/open-store.ts';
import { replyText } from '../turn.ts';
import type { CommandTurn } from './types.ts';

/** Run a channel command in a team channel and reply with its text. */
export async function runChannelCommand(turn: CommandTurn, run: (store: Store, channelId: string) => Promise<ChannelReply>): Promise<void> {
  if (turn.where.scope !== 'channel') {
    await replyText(turn.ctx, 'Follows and settings belong to a team channel: mention me with this command in one.');
    return;
  }
  const reply = await run(turn.deps.store, turn.where.channelId);
  await replyText(turn.ctx, reply.text);
}
