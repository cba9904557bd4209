/**
 * Block Kit for feedback: 👍 / 👎 under every answer, and the reasons a 👎
 * offers (shown only to the person who clicked).
 */
import { DOWN_REASONS } from '../../store/feedback.ts';
import { encodeFeedback, FEEDBACK_DOWN_ACTION, FEEDBACK_REASON_ACTION, FEEDBACK_UP_ACTION } from '../action-ids.ts';
import type { KnownBlock, SlackMessage } from './limits.ts';
import { section } from './limits.ts';

/** The block id of the feedback buttons, apart from the answer's own buttons. */
export const FEEDBACK_BLOCK_ID = 'answer_feedback';

const button = (actionId: string, text: string, value: string) => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text, emoji: true },
  value,
});

/** 👍 / 👎 for an answer to `question` citing `paragraphRefs`. */
export function feedbackButtons(question: string, paragraphRefs: readonly string[]): KnownBlock[] {
  const value = encodeFeedback({ question, paragraphRefs: [...paragraphRefs] });
  return [
    {
      type: 'actions',
      block_id: FEEDBACK_BLOCK_ID,
      elements: [button(FEEDBACK_UP_ACTION, '👍', value), button(FEEDBACK_DOWN_ACTION, '👎', value)],
    },
  ];
}

/** "What was wrong?" with one button per reason; each carries the stored 👎's id. */
export function reasonMessage(feedbackId: number): SlackMessage {
  return {
    text: 'Thanks. What was wrong with the answer?',
    blocks: [
      section('Thanks. What was wrong with the answer?'),
      {
        type: 'actions',
        block_id: 'feedback_reasons',
        elements: Object.entries(DOWN_REASONS).map(([reason, label]) =>
          button(FEEDBACK_REASON_ACTION, label, JSON.stringify({ id: feedbackId, reason })),
        ),
      },
    ],
  };
}
