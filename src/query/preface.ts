/**
 * The line an answer opens with, whatever the platform: a correction it rests
 * on ("Showing results for Southend-on-Sea (you typed “Southen”).") and what a
 * follow-up carried over from the last question, and a former authority read
 * as its successors or a weak match. Adapters show it as a quiet
 * line above the answer.
 */
import type { AskAnswer } from '../answer-types.ts';

export function answerPreface(answer: Pick<AskAnswer, 'notice' | 'carried' | 'kind' | 'history'>): string | null {
  // A former authority read as its successors, or a weak match, is said above today's answer (issue #17).
  const kind = answer.kind?.kind === 'former-authority' || answer.kind?.kind === 'low-confidence' ? [answer.kind.headline, ...answer.kind.notes].join(' ') : undefined;
  const parts = [answer.notice, answer.carried?.text, kind, answer.history].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? null : parts.join(' ');
}
