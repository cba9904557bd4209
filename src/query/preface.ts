/**
 * The line an answer opens with, whatever the platform: a correction it rests
 * on ("Showing results for Southend-on-Sea (you typed “Southen”)."), what a
 * follow-up carried over from the last question, a former authority read as
 * its successors or a weak match, which results are history, and for a
 * question about no authority in particular how many authorities matched and
 * which it left out as asked, how an "as at" date was counted, and which
 * inspection gave the grade a "why" question asks of.
 * Adapters show it as a quiet line above the answer.
 */
import type { AskAnswer } from '../answer-types.ts';

export function answerPreface(answer: Pick<AskAnswer, 'notice' | 'carried' | 'kind' | 'widened' | 'history' | 'gradeGiven' | 'authorities' | 'asAt' | 'leftOut'>): string | null {
  // A former authority read as its successors, or a weak match, is said above today's answer (issue #17).
  const kind = answer.kind?.kind === 'former-authority' || answer.kind?.kind === 'low-confidence' ? [answer.kind.headline, ...answer.kind.notes].join(' ') : undefined;
  const parts = [answer.notice, answer.carried?.text, kind, answer.gradeGiven, answer.widened, answer.history, answer.asAt, spread(answer.authorities), leftOutText(answer.leftOut)].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  return parts.length === 0 ? null : parts.join(' ');
}

/** For a question about no authority in particular: how many authorities matched, and that answers are spread across them. */
function spread(authorities: number | undefined): string | undefined {
  if (authorities === undefined || authorities < 2) return undefined;
  return `${authorities} authorities have paragraphs that match well; the first answers come from different authorities.`;
}

/** The authorities a question about no authority in particular left out ("apart from Bury"), so a reader sees why they are missing. */
function leftOutText(leftOut: readonly string[] | undefined): string | undefined {
  return leftOut === undefined || leftOut.length === 0 ? undefined : `Leaving out ${leftOut.join(' and ')}, as asked.`;
}
