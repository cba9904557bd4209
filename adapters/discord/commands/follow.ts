/**
 * `/follow target: [topics:]`: post new Ofsted reports on an authority, a
 * region, an authority's statistical neighbours, or all, in this channel.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { follow } from '../../channels/channel-commands.ts';
import { autocompleteFollowTarget, DISCORD_CHANNEL_COMMANDS, runChannelCommand } from './channel-command.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('follow')
  .setDescription('Post new Ofsted reports on an authority, region, neighbours or all in this channel.')
  .addStringOption((option) =>
    option
      .setName('target')
      .setDescription('An authority, a region, "neighbours of <authority>", or "all"')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName('topics').setDescription('Topic words: alerts quote up to three paragraphs on them, e.g. care leavers').setMaxLength(200),
  )
  .toJSON();

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const text = `${interaction.options.getString('target', true)} ${interaction.options.getString('topics') ?? ''}`;
  await runChannelCommand(interaction, context, (store, channelId) => follow(store, 'discord', channelId, text, DISCORD_CHANNEL_COMMANDS));
}

export const followCommand: SlashCommand = { data, execute, autocomplete: (interaction) => autocompleteFollowTarget(interaction) };
