/**
 * `/compare authorities: [topic:]`: the latest grades side by side, and the
 * best paragraph from each on the topic. `authorities:` takes several names
 * ("Leeds, Bury") or one with its neighbours ("Oldham neighbours"), with
 * autocomplete on the name being typed.
 */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { compareQuestion } from '../../../src/index.ts';
import type { Corpus } from '../../../src/answer-types.ts';
import { withSuggestions } from '../format/answer.ts';
import { answerQuestion } from '../components/answer-messages.ts';
import { acknowledgeThenAnswer, sendAnswer, sendNote } from '../respond.ts';
import { matchAuthorities } from './authority-autocomplete.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription('Compare authorities’ latest Ofsted grades, with the best paragraph from each on a topic.')
  .addStringOption((option) =>
    option
      .setName('authorities')
      .setDescription('Two or more, e.g. "Leeds, Bury", or one with its neighbours: "Oldham neighbours"')
      .setRequired(true)
      .setMaxLength(200)
      .setAutocomplete(true),
  )
  .addStringOption((option) => option.setName('topic').setDescription('Optional, e.g. care leavers, the front door').setMaxLength(100))
  .toJSON();

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const { corpus } = context;
  const authorities = interaction.options.getString('authorities', true).trim();
  const topic = interaction.options.getString('topic')?.trim() ?? '';
  if (authorities === '') {
    await sendNote(interaction, withSuggestions('Please name two or more authorities, or one and "neighbours".', corpus.authorities(), 'Known authorities:'));
    return;
  }
  const names = authorities.split(/\s*[,;]\s*|\s+and\s+/i).filter((n) => n !== '').join(' and ');
  const question = compareQuestion(`${names}${topic === '' ? '' : ` on ${topic}`}`);
  const answer = await acknowledgeThenAnswer(interaction, context.answers, false, () => answerQuestion(context, question));
  if (answer.messages === null) await sendNote(interaction, answer.note);
  else await sendAnswer(interaction, answer.messages, false);
}

/** Complete the name being typed after the last comma, keeping those before it; offer "X neighbours" too. */
async function autocomplete(interaction: AutocompleteInteraction, corpus: Corpus): Promise<void> {
  const typed = String(interaction.options.getFocused());
  const cut = typed.lastIndexOf(',');
  const before = cut < 0 ? '' : `${typed.slice(0, cut + 1).trim()} `;
  const names = matchAuthorities(corpus.authorities(), typed.slice(cut + 1));
  const choices = names.flatMap((name) => (before === '' ? [`${name}`, `${name} neighbours`] : [`${before}${name}`])).slice(0, 25);
  await interaction.respond(choices.map((c) => ({ name: c.slice(0, 100), value: c.slice(0, 100) })));
}

/** The `/compare` command. */
export const compareCommand: SlashCommand = {
  data,
  execute,
  autocomplete: (interaction, { corpus }) => autocomplete(interaction, corpus),
};
