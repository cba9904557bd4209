/**
 * The shared body of `judgement`, `compare` and `improve`: a card when the
 * core has an answer, else its message (with the names it suggests).
 */
import { answerInTurn, replyCards, replyText } from '../turn.ts';
import { answerQuestion, withSuggestions } from '../answers/question.ts';
import type { Attachment } from '../format/card.ts';
import type { CommandTurn } from './types.ts';

/** Post `attachment`, or the problem. */
export async function replyReport(turn: CommandTurn, result: { ok: true; attachment: Attachment; summary: string } | { ok: false; message: string; suggestions: readonly string[] }): Promise<void> {
  if (result.ok) await replyCards(turn.ctx, [result.attachment], result.summary);
  else await replyText(turn.ctx, withSuggestions(result.message, result.suggestions));
}

/** Ask `question` outside any conversation (a command's question over several authorities) and post the answer. */
export async function replyAsked(turn: CommandTurn, question: string): Promise<void> {
  const answered = await answerInTurn(turn.ctx, turn.deps, () => answerQuestion(turn.deps, question));
  if (answered.attachments === null) await replyText(turn.ctx, answered.note);
  else await replyCards(turn.ctx, answered.attachments, answered.summary);
}
