/**
 * The "Show all N" button under a long grade list: replaces the first page
 * with every row (split over as many messages as Discord's limits need),
 * recomputed from the question and the conversation context it was asked in.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { EXAMPLE_QUESTIONS, type ConversationContext } from '../../../src/index.ts';
import type { BotContext } from '../commands/types.ts';
import { withSuggestions } from '../format/answer.ts';
import { SHOW_ALL_PREFIX } from '../format/grades.ts';
import { answerQuestion } from '../format/question-answer.ts';
import { sendNote } from '../respond.ts';

export function isShowAllCustomId(customId: string): boolean {
  return customId.startsWith(SHOW_ALL_PREFIX);
}

/** Handle a click on "Show all". */
export async function handleShowAll(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const stored = context.questions.get(interaction.customId.slice(SHOW_ALL_PREFIX.length));
  const request = stored === undefined ? null : (JSON.parse(stored) as { question: string; context: ConversationContext | null });
  if (request === null) {
    await sendNote(interaction, withSuggestions('That button has expired. Please ask the question again.', EXAMPLE_QUESTIONS));
    return;
  }
  await interaction.deferUpdate();
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const answer = answerQuestion(context.corpus, request.question, request.context, context.questions, true);
  if (answer.messages === null) {
    await sendNote(interaction, answer.note);
    return;
  }
  const [first, ...rest] = answer.messages;
  if (first !== undefined) await interaction.editReply({ ...first, components: first.components ?? [] });
  for (const message of rest) await interaction.followUp(ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message);
}
