/**
 * 👍 / 👎 under every answer, and a 👎's reasons. The buttons carry the
 * answer's stored key; the vote is stored with the question and the cited
 * paragraphs, never who clicked. The reasons are shown only to the clicker.
 */
import { ButtonStyle, ComponentType, MessageFlags, type ButtonInteraction } from 'discord.js';
import { DOWN_REASONS, isDownReason, type Vote } from '../../store/feedback.ts';
import type { BotContext } from '../commands/types.ts';
import { sendNote } from '../respond.ts';

/** The custom id of a 👍 / 👎 button for the answer stored under `key`. */
export function feedbackCustomId(vote: Vote, key: string): string {
  return `fb:${vote}:${key}`;
}

/** Whether `customId` is a feedback button (a vote or a reason). */
export function isFeedbackCustomId(customId: string): boolean {
  return customId.startsWith('fb:') || customId.startsWith('fbr:');
}

async function vote(interaction: ButtonInteraction, context: BotContext, which: Vote, key: string): Promise<void> {
  const { store } = context;
  if (store === null) {
    await sendNote(interaction, 'Thanks, but feedback is not recorded here: the bot runs without its store.');
    return;
  }
  const answer = await context.questions.get(key);
  if (answer === undefined) {
    await sendNote(interaction, 'Thanks, but that answer is too old to rate now.');
    return;
  }
  const id = await store.feedback.record({ platform: 'discord', question: answer.question, paragraphRefs: answer.paragraphRefs, vote: which });
  context.logger.info({ feedback: id, vote: which }, 'feedback stored');
  if (which === 'up') {
    await interaction.reply({ content: 'Thanks for the feedback.', flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.reply({
    content: 'Thanks. What was wrong with the answer?',
    flags: MessageFlags.Ephemeral,
    components: [
      {
        type: ComponentType.ActionRow,
        components: Object.entries(DOWN_REASONS).map(([reason, label]) => ({
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: `fbr:${id}:${reason}`,
          label,
        })),
      },
    ],
  });
}

/** Handle a click on a feedback button. */
export async function handleFeedback(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const voteMatch = /^fb:(up|down):([\w-]{1,40})$/.exec(interaction.customId);
  if (voteMatch !== null) {
    await vote(interaction, context, voteMatch[1] as Vote, voteMatch[2] ?? '');
    return;
  }
  const reasonMatch = /^fbr:(\d{1,10}):([\w-]{1,40})$/.exec(interaction.customId);
  const reason = reasonMatch?.[2] ?? '';
  if (reasonMatch === null || context.store === null || !isDownReason(reason)) {
    await sendNote(interaction, 'That button no longer works.');
    return;
  }
  await context.store.feedback.setReason(Number(reasonMatch[1]), reason);
  await interaction.update({ content: 'Thanks: noted for the maintainers.', components: [] });
}
