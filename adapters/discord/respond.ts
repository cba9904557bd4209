/**
 * Sending answers back for an interaction, whatever state it is in (fresh,
 * deferred or already answered), and the two kinds of reply that are not
 * answers: a friendly ephemeral note, and the apology for an error (whose
 * details go to the log, never to the user).
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from '../../src/logger.ts';
import { LIMITS, truncate, type DiscordMessage } from './format/limits.ts';
import { retryIdempotent } from './send-once.ts';
import { BUSY_NOTE, type AnswerQueue } from '../runtime/answer-queue.ts';

/** What the user sees when something went wrong on our side. */
export const ERROR_TEXT =
  'Sorry, something went wrong while answering that. It has been logged; please try again in a moment.';

/**
 * Answer Discord within its 3 seconds, with no store or corpus work first: a
 * deferral ("thinking…"), or, while many answers are queued, the busy note
 * (only the asker sees it); then `work` (the answering), in the answer queue.
 * `work` joins the queue at once, so every interaction of a burst counts
 * towards the busy limit, but runs only once the acknowledgement is out, so
 * answers never hold up a burst's acknowledgements. `ephemeral` is the
 * answer's visibility, which a deferral fixes.
 */
export async function acknowledgeThenAnswer<T>(
  interaction: RepliableInteraction,
  answers: AnswerQueue,
  ephemeral: boolean,
  work: () => Promise<T> | T,
): Promise<T> {
  const acknowledged = answers.busy()
    ? interaction.reply({ content: BUSY_NOTE, flags: MessageFlags.Ephemeral })
    : interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const answering = answers.run(work, { after: acknowledged });
  // Awaited below, after the acknowledgement, whose error (if any) is the one that counts.
  answering.catch(() => undefined);
  await acknowledged;
  return answering;
}

/**
 * Send `messages` as the interaction's answer: the first as the reply (or
 * the edit of a deferred reply), the rest as follow-ups with the same
 * visibility.
 */
export async function sendAnswer(
  interaction: RepliableInteraction,
  messages: readonly DiscordMessage[],
  ephemeral: boolean,
): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  for (const [i, message] of messages.entries()) {
    if (i === 0 && interaction.deferred && !interaction.replied) {
      await retryIdempotent(() => interaction.editReply(message));
    } else if (i === 0 && !interaction.deferred && !interaction.replied) {
      await interaction.reply(flags === undefined ? message : { ...message, flags });
    } else {
      await interaction.followUp(flags === undefined ? message : { ...message, flags });
    }
  }
}

/**
 * A friendly note only the user sees (unknown authority, no results, bad
 * input). A public deferred reply cannot turn private, so it is removed and
 * the note follows up privately.
 */
export async function sendNote(interaction: RepliableInteraction, text: string): Promise<void> {
  const content = truncate(text, LIMITS.content);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral && !interaction.isMessageComponent()) {
    await interaction.editReply({ content });
  } else if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) {
    try {
      await interaction.deleteReply();
    } catch {
      // Could not remove the public "thinking" message: say it there rather than not at all.
      await interaction.editReply({ content });
      return;
    }
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  }
}

/** Log `error` in full and tell the user, briefly and privately, that it failed. */
export async function sendError(
  interaction: RepliableInteraction,
  error: unknown,
  logger: Logger,
  what: string,
): Promise<void> {
  logger.error({ err: error, interaction: interaction.id, what }, 'Discord interaction failed');
  try {
    await sendNote(interaction, ERROR_TEXT);
  } catch (replyError) {
    logger.error({ err: replyError, interaction: interaction.id }, 'Could not tell the user about a failed interaction');
  }
}
