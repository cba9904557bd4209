/**
 * The offer button ("Did you want the list of focused visits on the front
 * door in 2023?"): answers the offered question as a new reply, with the same
 * visibility as the answer it was under, leaving that answer as it was.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { EXAMPLE_QUESTIONS } from '../../../src/index.ts';
import type { BotContext } from '../commands/types.ts';
import { withSuggestions } from '../format/answer.ts';
import { OFFER_PREFIX } from '../format/kind.ts';
import { acknowledgeThenAnswer, sendAnswer, sendNote } from '../respond.ts';
import { answerQuestion, channelAuthority } from './answer-messages.ts';

export function isOfferCustomId(customId: string): boolean {
  return customId.startsWith(OFFER_PREFIX);
}

/** Handle a click on an offer. */
export async function handleOffer(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const stored = await context.questions.get(interaction.customId.slice(OFFER_PREFIX.length));
  if (stored === undefined) {
    await sendNote(interaction, withSuggestions('That button has expired. Please ask the question again.', EXAMPLE_QUESTIONS));
    return;
  }
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const answer = await acknowledgeThenAnswer(interaction, context.answers, ephemeral, async () => {
    const defaultAuthority = await channelAuthority(context, interaction.channelId, interaction.inGuild());
    return answerQuestion(context, stored.question, { defaultAuthority });
  });
  if (answer.messages === null) {
    await sendNote(interaction, answer.note);
    return;
  }
  await sendAnswer(interaction, answer.messages, ephemeral);
}
