/** `/unfollow target:`: stop posting new reports for something this channel follows. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { unfollow } from '../../channels/channel-commands.ts';
import { autocompleteFollowed, DISCORD_CHANNEL_COMMANDS, runChannelCommand } from './channel-command.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('unfollow')
  .setDescription('Stop posting new reports for something this channel follows.')
  .addStringOption((option) =>
    option.setName('target').setDescription('What this channel follows').setRequired(true).setMaxLength(100).setAutocomplete(true),
  )
  .toJSON();

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const text = interaction.options.getString('target', true);
  await runChannelCommand(interaction, context, (store, channelId) => unfollow(store, 'discord', channelId, text, DISCORD_CHANNEL_COMMANDS));
}

export const unfollowCommand: SlashCommand = { data, execute, autocomplete: autocompleteFollowed };
