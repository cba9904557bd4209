/** `unfollow <same>`: stop posting new reports on it in this channel. */
import { unfollow } from '../../channels/channel-commands.ts';
import { TEAMS_CHANNEL_COMMAND_NAMES } from '../command-list.ts';
import { runChannelCommand } from './channel-command.ts';
import type { CommandHandler } from './types.ts';

export const unfollowCommand: CommandHandler = (turn) => runChannelCommand(turn, (store, channelId) => unfollow(store, 'teams', channelId, turn.text, TEAMS_CHANNEL_COMMAND_NAMES));
