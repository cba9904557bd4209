/**
 * `/settings [authority:]`: the channel's default authority, used when a
 * question names none ("none" clears it); without an option, shows it.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { AUTHORITIES } from '../../../src/authorities.ts';
import { settings } from '../../channels/channel-commands.ts';
import { matchAuthorities } from './authority-autocomplete.ts';
import { DISCORD_CHANNEL_COMMANDS, runChannelCommand } from './channel-command.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('settings')
  .setDescription('This channel’s default authority, used when a question names none.')
  .addStringOption((option) =>
    option.setName('authority').setDescription('The authority, or "none" to clear it').setMaxLength(100).setAutocomplete(true),
  )
  .toJSON();

const NAMES = ['none', ...AUTHORITIES.filter((a) => a.until === null).map((a) => a.name)];

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const authority = interaction.options.getString('authority');
  const text = authority === null ? '' : `authority ${authority}`;
  await runChannelCommand(interaction, context, (store, channelId) => settings(store, 'discord', channelId, text, DISCORD_CHANNEL_COMMANDS));
}

export const settingsCommand: SlashCommand = {
  data,
  execute,
  autocomplete: async (interaction) => {
    const names = matchAuthorities(NAMES, String(interaction.options.getFocused()));
    await interaction.respond(names.map((name) => ({ name, value: name })));
  },
};
