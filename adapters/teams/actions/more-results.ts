/**
 * The answer buttons: "More results" (the next page), "Show all N" (every
 * row of a long list) and the offer of another answer ("Did you want the
 * list of…?"). Each carries the stored answer's key; the answer is recomputed
 * from the question and the conversation context kept under it, and posted
 * where the card is (its thread, or the chat).
 */
import type { TurnContext } from 'botbuilder';
import { answerQuestion } from '../answers/question.ts';
import type { CardAction } from '../format/card.ts';
import { channelAuthority } from '../events/channel-authority.ts';
import { answerInTurn, replyCards, replyText, type TeamsDeps, type Where } from '../turn.ts';

type AnswerAction = Extract<CardAction, { ofsted: 'more' | 'all' | 'offer' }>;

export async function postAnswerAgain(ctx: TurnContext, where: Where, deps: TeamsDeps, action: AnswerAction): Promise<void> {
  const stored = await deps.store.answers.get(action.key);
  if (stored === undefined) {
    await replyText(ctx, 'That button is too old to use now. Please ask the question again.');
    return;
  }
  const answered = await answerInTurn(ctx, deps, async () =>
    answerQuestion(deps, stored.question, {
      previous: stored.context ?? null,
      defaultAuthority: await channelAuthority(deps, where),
      offset: action.ofsted === 'more' ? action.offset : 0,
      all: action.ofsted === 'all',
    }),
  );
  if (answered.attachments === null) await replyText(ctx, answered.note);
  else await replyCards(ctx, answered.attachments, answered.summary);
}
