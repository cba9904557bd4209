/** `following`: what this channel follows, and its authority. */
import { following } from '../../channels/channel-commands.ts';
import { TEAMS_CHANNEL_COMMAND_NAMES } from '../command-list.ts';
import { runChannelCommand } from './channel-command.ts';
import type { CommandHandler } from './types.ts';

export const followingCommand: CommandHandler = (turn) => runChannelCommand(turn, (store, channelId) => following(store, 'teams', channelId, TEAMS_CHANNEL_COMMAND_NAMES));
