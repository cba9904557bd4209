/**
 * `/ask question: [private:]`: answer a question with quoted, cited
 * paragraphs. Public by default; `private: True` shows the answer to the
 * asker only.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { EXAMPLE_QUESTIONS } from '../../../src/index.ts';
import { withSuggestions } from '../format/answer.ts';
import { answerQuestion, channelAuthority } from '../components/answer-messages.ts';
import { acknowledgeThenAnswer, sendAnswer, sendNote } from '../respond.ts';
import type { BotContext, SlashCommand } from './types.ts';

/** Longest question accepted; longer text is not a question but a paste. */
const MAX_QUESTION = 300;

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about Ofsted inspections of children’s services; answers quote the reports.')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('For example: "What did inspectors say about the LADO in Bury?"')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION),
  )
  .addBooleanOption((option) =>
    option.setName('private').setDescription('Only you see the answer (default: everyone in the channel sees it).'),
  )
  .toJSON();

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const question = interaction.options.getString('question', true).trim();
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  if (question === '') {
    await sendNote(interaction, withSuggestions('Please type a question.', EXAMPLE_QUESTIONS));
    return;
  }
  // Defer before searching: the search runs on this thread, in turn with every other answer,
  // and the 3-second deadline must not depend on how big the index or the queue has grown.
  const answer = await acknowledgeThenAnswer(interaction, context.answers, isPrivate, async () => {
    const defaultAuthority = await channelAuthority(context, interaction.channelId, interaction.inGuild());
    return answerQuestion(context, question, { defaultAuthority });
  });
  if (answer.messages === null) {
    await sendNote(interaction, answer.note);
    return;
  }
  await sendAnswer(interaction, answer.messages, isPrivate);
}

/** The `/ask` command. */
export const askCommand: SlashCommand = { data, execute };
