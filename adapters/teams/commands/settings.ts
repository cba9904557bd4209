/** `settings authority <name | none>`: the channel's authority, for questions that name none. */
import { settings } from '../../channels/channel-commands.ts';
import { TEAMS_CHANNEL_COMMAND_NAMES } from '../command-list.ts';
import { runChannelCommand } from './channel-command.ts';
import type { CommandHandler } from './types.ts';

export const settingsCommand: CommandHandler = (turn) => runChannelCommand(turn, (store, channelId) => settings(store, 'teams', channelId, turn.text, TEAMS_CHANNEL_COMMAND_NAMES));
