/**
 * The buttons under an answer: "More results" and "Share in channel".
 */
import { encodeRequest, MORE_RESULTS_ACTION, SHARE_ACTION, type AnswerRequest } from '../action-ids.ts';
import type { KnownBlock } from './limits.ts';

/** Who sees a message: only the asker (with a Share button), or the channel. */
export type Visibility = 'private' | 'public';

type Button = {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: boolean };
  value: string;
  style?: 'primary';
};

function button(actionId: string, label: string, request: AnswerRequest, primary = false): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: label, emoji: true },
    value: encodeRequest(request),
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/**
 * The actions block for an answer, or nothing when it would be empty.
 * `more` is the request for the next page, when there is one; `share` is the
 * request that recreates this answer, offered only on private answers.
 */
export function answerButtons(
  visibility: Visibility,
  share: AnswerRequest,
  more: AnswerRequest | null,
): KnownBlock[] {
  const elements: Button[] = [];
  if (more !== null) elements.push(button(MORE_RESULTS_ACTION, 'More results', more));
  if (visibility === 'private') elements.push(button(SHARE_ACTION, 'Share in channel', share, true));
  return elements.length === 0 ? [] : [{ type: 'actions', block_id: 'answer_buttons', elements }];
}
