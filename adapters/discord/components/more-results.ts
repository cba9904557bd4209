/**
 * The "More results" button: acknowledges the click at once, takes the button
 * off the message it was on (so each page is fetched once), and posts the
 * next page with the same visibility as the page it came from, answered in
 * the conversation context the question was asked in.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { EXAMPLE_QUESTIONS } from '../../../src/index.ts';
import type { BotContext } from '../commands/types.ts';
import { withSuggestions } from '../format/answer.ts';
import { answerQuestion, channelAuthority } from './answer-messages.ts';
import { sendNote } from '../respond.ts';
import { parseMoreCustomId } from './question-store.ts';

/** Handle a click on a "More results" button. */
export async function handleMoreResults(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const request = await parseMoreCustomId(interaction.customId, context.questions);
  if (request === null || request.question === null) {
    await sendNote(
      interaction,
      withSuggestions('That button has expired. Please ask the question again.', EXAMPLE_QUESTIONS),
    );
    return;
  }
  // Acknowledge first (type 6, no visible change) so the search never races the 3 seconds.
  await interaction.deferUpdate();
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const question = request.question;
  const answer = await context.answers.run(async () => {
    const defaultAuthority = await channelAuthority(context, interaction.channelId, interaction.inGuild());
    return answerQuestion(context, question, { previous: request.context, defaultAuthority, offset: request.offset });
  });
  try {
    await interaction.editReply({ components: [] });
  } catch (error) {
    // The page itself still gets sent; a stale button is only cosmetic.
    context.logger.warn({ err: error, interaction: interaction.id }, 'Could not remove the More results button');
  }
  if (answer.messages === null) {
    await sendNote(interaction, answer.note);
    return;
  }
  for (const message of answer.messages) {
    await interaction.followUp(ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message);
  }
}
