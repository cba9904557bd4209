/** `/following`: what this channel follows (anyone in it can see), and its authority. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { following } from '../../channels/channel-commands.ts';
import { DISCORD_CHANNEL_COMMANDS, runChannelCommand } from './channel-command.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder().setName('following').setDescription('What this channel follows.').toJSON();

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await runChannelCommand(interaction, context, (store, channelId) => following(store, 'discord', channelId, DISCORD_CHANNEL_COMMANDS));
}

export const followingCommand: SlashCommand = { data, execute };
