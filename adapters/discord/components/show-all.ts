/**
 * The "Show all N" button under a long grade list: replaces the first page
 * with every row (split over as many messages as Discord's limits need),
 * recomputed from the stored question and the conversation context it was
 * asked in.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { EXAMPLE_QUESTIONS } from '../../../src/index.ts';
import type { BotContext } from '../commands/types.ts';
import { withSuggestions } from '../format/answer.ts';
import { SHOW_ALL_PREFIX } from '../format/grades.ts';
import { sendNote } from '../respond.ts';
import { retryIdempotent } from '../send-once.ts';
import { answerQuestion, channelAuthority } from './answer-messages.ts';

export function isShowAllCustomId(customId: string): boolean {
  return customId.startsWith(SHOW_ALL_PREFIX);
}

/** Handle a click on "Show all". */
export async function handleShowAll(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const stored = await context.questions.get(interaction.customId.slice(SHOW_ALL_PREFIX.length));
  if (stored === undefined) {
    await sendNote(interaction, withSuggestions('That button has expired. Please ask the question again.', EXAMPLE_QUESTIONS));
    return;
  }
  await interaction.deferUpdate();
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const answer = await context.answers.run(async () => {
    const defaultAuthority = await channelAuthority(context, interaction.channelId, interaction.inGuild());
    return answerQuestion(context, stored.question, { previous: stored.context ?? null, defaultAuthority, all: true });
  });
  if (answer.messages === null) {
    await sendNote(interaction, answer.note);
    return;
  }
  const [first, ...rest] = answer.messages;
  // An edit is idempotent: safe to retry after a timeout.
  if (first !== undefined) await retryIdempotent(() => interaction.editReply({ ...first, components: first.components ?? [] }));
  for (const message of rest) await interaction.followUp(ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message);
}
