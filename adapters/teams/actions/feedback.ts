/**
 * 👍 / 👎 under every answer, and a 👎's reason. Stored with the question and
 * the paragraphs the answer cited (kept under the answer's key), as on Slack
 * and Discord; never who clicked.
 */
import type { TurnContext } from 'botbuilder';
import { DOWN_REASONS, isDownReason } from '../../store/feedback.ts';
import { card, submit, text } from '../format/card.ts';
import type { CardAction } from '../format/card.ts';
import { replyCards, replyText, type TeamsDeps } from '../turn.ts';

export async function vote(ctx: TurnContext, deps: TeamsDeps, action: Extract<CardAction, { ofsted: 'vote' }>): Promise<void> {
  const answer = await deps.store.answers.get(action.key);
  if (answer === undefined) {
    await replyText(ctx, 'Thanks, but that answer is too old to rate now.');
    return;
  }
  const id = await deps.store.feedback.record({ platform: 'teams', question: answer.question, paragraphRefs: answer.paragraphRefs, vote: action.vote });
  deps.logger.info({ feedback: id, vote: action.vote }, 'feedback stored');
  if (action.vote === 'up') {
    await replyText(ctx, 'Thanks for the feedback.');
    return;
  }
  const reasons = Object.entries(DOWN_REASONS).map(([reason, label]) => submit(label, { ofsted: 'reason', id, reason }));
  await replyCards(ctx, [card([text('Thanks. What was wrong with the answer?')], reasons)], 'What was wrong with the answer?');
}

export async function reason(ctx: TurnContext, deps: TeamsDeps, action: Extract<CardAction, { ofsted: 'reason' }>): Promise<void> {
  if (!isDownReason(action.reason) || !(await deps.store.feedback.setReason(action.id, action.reason))) {
    await replyText(ctx, 'That button no longer works.');
    return;
  }
  await replyText(ctx, 'Thanks: noted for the maintainers.');
}
