/**
 * `/improve authority:`: the latest report's "What needs to improve"
 * list (or, for older frameworks, its recommendations), quoted in full.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { withSuggestions } from '../format/answer.ts';
import { formatImprovements } from '../format/judgements.ts';
import { acknowledgeThenAnswer, sendAnswer, sendNote } from '../respond.ts';
import { autocompleteAuthority } from './authority-autocomplete.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('improve')
  .setDescription('What needs to improve: the list from a council’s latest inspection report.')
  .addStringOption((option) =>
    option
      .setName('authority')
      .setDescription('The local authority, e.g. Southend-on-Sea')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .toJSON();

async function execute(interaction: ChatInputCommandInteraction, { corpus, answers }: BotContext): Promise<void> {
  const authority = interaction.options.getString('authority', true).trim();
  if (authority === '') {
    await sendNote(interaction, withSuggestions('Please name a local authority.', corpus.authorities(), 'Known authorities:'));
    return;
  }
  const answer = await acknowledgeThenAnswer(interaction, answers, false, () => corpus.improvements(authority));
  if (!answer.ok) {
    await sendNote(interaction, withSuggestions(answer.error.message, answer.error.suggestions, 'Did you mean:'));
    return;
  }
  await sendAnswer(interaction, formatImprovements(answer), false);
}

/** The `/improve` command. */
export const improveCommand: SlashCommand = {
  data,
  execute,
  autocomplete: (interaction, { corpus }) => autocompleteAuthority(interaction, corpus),
};
