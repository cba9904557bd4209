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
import { answerCannotTell, answerCannotTellLoosely } from './kinds/cannot-tell.ts';
import { readSuccession, withSuccession } from './kinds/former-authority.ts';
import { answerFocusedVisit } from './kinds/focused-visit.ts';
import { answerGradeChange } from './kinds/grade-change.ts';
import { answerGradeDirection } from './kinds/grade-direction.ts';
import { answerGradeFiltered } from './kinds/grade-filtered.ts';
import { answerImprovementList } from './kinds/improvement-list.ts';
import { kindInput, type KindInput } from './kinds/kind-helpers.ts';
import { answerOverview } from './kinds/overview.ts';
import { reviewAnswer } from './kinds/passage-review.ts';
import { answerVisitList } from './kinds/visit-list.ts';
import type { Understood } from './understand.ts';
import { askUnderstood, topicSearch } from './ask.ts';
import { readGradeQuestion } from './grade-questions.ts';
import { asksOnlyWhyOfAGrade } from './grade-reason.ts';
import { asksWhyOfAMove } from './grade-move-reason.ts';
import { answerGradeQuery, gradeAskAnswer, readGradeQuestionLoosely } from './grade-answer.ts';
import { bundledKindModel, guessKind, type KindModel, type ModelKind } from './models/kind-model.ts';

/** The kind readers, in order: each answers its kind of question or returns null. */
const KINDS: ReadonlyArray<(input: KindInput) => AskAnswer | null> = [
  // "When is Bury next due to be inspected?" must never reach a paragraph about a deadline.
  answerCannotTell,
  // The list of what to improve, whose every word must be how it is asked, before a grade told as the story so far is
  // read as a change: "Cheshire West slipped from good to RI in 2024 - what exactly are they being told to improve?"
  answerImprovementList,
  // Two grades at two times, or a change by its direction ("improved to good"), before a one-grade list reads it.
  answerGradeChange,
  answerGradeDirection,
  answerGradeFiltered,
  answerFocusedVisit,
  answerVisitList,
  answerOverview,
];

/** The answer of the first kind that claims the question, or null. */
export function answerQuestionKind(context: CorpusContext, text: string, u: Understood, options: AskOptions = {}): AskAnswer | null {
  return answerByKinds(kindInput(context, text, u, options));
}


/** The answer of the first kind reader that claims the question, or null. */
function answerByKinds(input: KindInput): AskAnswer | null {
  for (const kind of KINDS) {
    const answer = kind(input);
    if (answer !== null) return answer;
  }
  return null;
}

/**
 * The model's reading is used at this probability or above. Chosen by
 * cross-validation on the training examples (`npm run train-kind-model`
 * prints how each threshold routes them): the one with the most put right
 * less ten times those it makes wrong that the readers had right, since
 * taking a right answer away is worse than leaving a wrong one (with letter
 * trigrams, 0.6: 1,192 right and 2 made wrong of 1,368; 0.5: 1,211 and 12;
 * 0.7: 1,157 and 2).
 */
export const MODEL_THRESHOLD = 0.6;

/** The readers a model reading can name, each answering loosely (see KindInput.loose). */
const LOOSE_READERS: Partial<Record<ModelKind, (input: KindInput) => AskAnswer | null>> = {
  'grade-filtered': answerGradeFiltered,
  improvements: answerImprovementList,
  'focused-visit': answerFocusedVisit,
  'visit-list': answerVisitList,
  overview: answerOverview,
};

/**
 * The answer of the kind the model reads for a question no reader's wording
 * claimed (models/), or null: when it is unsure, reads paragraphs, or the
 * kind does not fit the question's shape. Something no report holds is said
 * without a reason above the closest paragraphs (the readers of
 * cannot-tell.ts name theirs). Grades, today's answer for a question of
 * grades, are only ever turned into paragraphs filtered by grade.
 */
export function answerByModel(input: KindInput, model: KindModel = bundledKindModel(), threshold = MODEL_THRESHOLD): AskAnswer | null {
  const { context, text, u, options } = input;
  const guess = guessKind(u, model);
  if (guess.probability < threshold) return null;
  // "Why is Birmingham inadequate?" reads like a grade lookup; the inspection that gave the grade answers it (ask.ts).
  if (asksOnlyWhyOfAGrade(context, text, u) || asksWhyOfAMove(context, text, u)) return null;
  const gradeQuestion = readGradeQuestion(u) !== null;
  if (gradeQuestion && guess.kind !== 'grade-filtered') return null;
  const reader = LOOSE_READERS[guess.kind];
  if (reader !== undefined) return reader({ ...input, loose: true });
  if (guess.kind === 'cannot-tell') return answerCannotTellLoosely(askUnderstood(context, text, u, options));
  if (guess.kind !== 'grades' && guess.kind !== 'grade-change') return null;
  const query = readGradeQuestionLoosely(u, guess.kind === 'grade-change');
  return query === null ? null : gradeAskAnswer(text, u, answerGradeQuery(context, query, topicSearch(context)));
}

/**
 * Answer by kind (by the readers' wording, else by the kind model), else by
 * `fallback` (grades or paragraphs), reviewed for a weak match or another
 * reading; a former authority is read as its successors throughout.
 */
export function askByKind(context: CorpusContext, text: string, read: Understood, options: AskOptions, fallback: (u: Understood) => AskAnswer): AskAnswer {
  const succession = readSuccession(context, read);
  const u = succession?.u ?? read;
  // The question read once for every reader: the rules', the model's and the review's.
  const input = kindInput(context, text, u, options);
  // A last question naming no council while the message names some asks across the others ("suffolk was outstanding in
  // 2019 and isnt now - did any other east of england councils slip down?"), even where the whole reads as Suffolk's grades.
  const acrossOthers = u.lastQuestion !== undefined && u.lastQuestion.authorities.length === 0 && u.authorities.length > 0;
  const gradeRead = readGradeQuestion(u) !== null;
  const last = u.lastQuestion !== undefined && (!gradeRead || acrossOthers) ? kindInput(context, text, u.lastQuestion, options) : null;
  // After a grade told ("Cheshire West has gone down to requires improvement. What do they have to change?"), the grade is
  // the story so far: a last question asking for the list is answered by the list, though the whole reads as grades.
  const listAfterGrade = (): AskAnswer | null =>
    gradeRead && !acrossOthers && u.lastQuestion !== undefined && u.lastQuestion.authorities.length === 1 ? answerImprovementList(kindInput(context, text, u.lastQuestion, options)) : null;
  // The last question read alone: by the readers' wording, else by the kind model, else as grades when it asks for
  // them; null when it asks for paragraphs. The sentences before it described the council or the report ("Coventry,
  // the one with the award-winning UASC team…"), and their words made the whole look like a question about practice.
  // After a scene naming no council, only a grades answer is taken: such a scene may hold the topic a list or paragraphs
  // need ("We're reviewing our care leavers' offer. Which councils had a focused visit on it?"); a change of grade needs none.
  let lastAnswer: AskAnswer | null | undefined;
  const fromLast = (): AskAnswer | null => {
    if (lastAnswer !== undefined) return lastAnswer;
    const answer = last === null ? null : (answerByKinds(last) ?? answerByModel(last) ?? (readGradeQuestion(last.u) !== null ? fallback(last.u) : null));
    lastAnswer = answer !== null && u.authorities.length === 0 && answer.grades === undefined ? null : answer;
    return lastAnswer;
  };
  // A question across councils after a scene naming some ("Stockport slipped to RI in 2025. What are the councils
  // Ofsted rates outstanding doing…?") is that question: the scene's council and grade are its premise.
  const answer =
    (acrossOthers ? fromLast() : null) ??
    // "Why did Birmingham go up to good?" reads like a change of grade; the inspection at which it went up says why.
    (asksWhyOfAMove(context, text, u) ? (answerCannotTell(input) ?? fallback(u)) : null) ??
    answerByKinds(input) ??
    listAfterGrade() ??
    fromLast() ??
    answerByModel(input) ??
    reviewAnswer(input, fallback(u));
  return succession === null ? answer : withSuccession(answer, succession);
}

