/**
 * The question-kind step (issue #17): before grade lookup or paragraph
 * retrieval, read which kind of answer a question wants, and give it from
 * cited data. Each kind lives in its own module under kinds/ and both
 * recognises its questions and answers them (returning null for a question
 * not of its kind), so this dispatcher only fixes their order: the most
 * specific readings first, today's grade and paragraph answers last.
 */
import type { AskAnswer, AskOptions } from '../answer-types.ts';
import type { CorpusContext } from './context.ts';
import { answerCannotTell } from './kinds/cannot-tell.ts';
import { readSuccession, withSuccession } from './kinds/former-authority.ts';
import { answerFocusedVisit } from './kinds/focused-visit.ts';
import { answerGradeChange } from './kinds/grade-change.ts';
import { answerGradeFiltered } from './kinds/grade-filtered.ts';
import { answerImprovementList } from './kinds/improvement-list.ts';
import { kindInput, type KindInput } from './kinds/kind-helpers.ts';
import { answerOverview } from './kinds/overview.ts';
import { reviewAnswer } from './kinds/passage-review.ts';
import { answerVisitList } from './kinds/visit-list.ts';
import type { Understood } from './understand.ts';

/** The kind readers, in order: each answers its kind of question or returns null. */
const KINDS: ReadonlyArray<(input: KindInput) => AskAnswer | null> = [
  // "When is Bury next due to be inspected?" must never reach a paragraph about a deadline.
  answerCannotTell,
  // Two grades at two times, before a one-grade list reads it.
  answerGradeChange,
  answerGradeFiltered,
  answerImprovementList,
  answerFocusedVisit,
  answerVisitList,
  answerOverview,
];

/** The answer of the first kind that claims the question, or null. */
export function answerQuestionKind(context: CorpusContext, text: string, u: Understood, options: AskOptions = {}): AskAnswer | null {
  const input = kindInput(context, text, u, options);
  for (const kind of KINDS) {
    const answer = kind(input);
    if (answer !== null) return answer;
  }
  return null;
}

/**
 * Answer by kind, else by `fallback` (grades or paragraphs), reviewed for a
 * weak match or another reading; a former authority is read as its successors throughout.
 */
export function askByKind(context: CorpusContext, text: string, read: Understood, options: AskOptions, fallback: (u: Understood) => AskAnswer): AskAnswer {
  const succession = readSuccession(context, read);
  const u = succession?.u ?? read;
  const answer = answerQuestionKind(context, text, u, options) ?? reviewAnswer(kindInput(context, text, u, options), fallback(u));
  return succession === null ? answer : withSuccession(answer, succession);
}
