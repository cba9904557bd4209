/**
 * `follow <authority | region | neighbours of X | all> [topic words]`: new
 * reports on it are posted in this channel. The channel's conversation
 * reference (its service URL, tenant and the bot's account) is kept too,
 * without the thread, so an alert starts a new post in the channel.
 */
import { TurnContext } from 'botbuilder';
import { follow } from '../../channels/channel-commands.ts';
import { TEAMS_CHANNEL_COMMAND_NAMES } from '../command-list.ts';
import { runChannelCommand } from './channel-command.ts';
import type { CommandHandler } from './types.ts';

export const followCommand: CommandHandler = async (turn) => {
  await runChannelCommand(turn, async (store, channelId) => {
    const reply = await follow(store, 'teams', channelId, turn.text, TEAMS_CHANNEL_COMMAND_NAMES);
    if (reply.public) {
      // Without the thread (an alert is a new post) and without the person who typed it (not needed, so not kept).
      const { activityId: _thread, user: _person, ...reference } = TurnContext.getConversationReference(turn.ctx.activity);
      await store.teamsConversations.put(channelId, turn.where.teamId, { ...reference, conversation: { ...reference.conversation, id: channelId } });
    }
    return reply;
  });
};
