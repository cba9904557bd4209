/**
 * The line an answer opens with, whatever the platform: a correction it rests
 * on ("Showing results for Southend-on-Sea (you typed “Southen”).") and what a
 * follow-up carried over from the last question. Adapters show it as a quiet
 * line above the answer.
 */
import type { AskAnswer } from '../answer-types.ts';

export function answerPreface(answer: Pick<AskAnswer, 'notice' | 'carried'>): string | null {
  const parts = [answer.notice, answer.carried?.text].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? null : parts.join(' ');
}
