/**
 * Grade questions answered: a question the kind model read as grades
 * (readGradeQuestionLoosely), a grade query answered from the cited grades
 * (answerGradeQuery), and the AskAnswer that carries them. Reading a question's
 * words as a grade question is grade-questions.ts.
 */
import type { AskAnswer, GradeAnswer, GradeQuestionKind, Hit } from '../answer-types.ts';
import { compareAuthorities } from './compare.ts';
import type { CorpusContext } from './context.ts';
import { listByGrade, neighboursOf } from './grade-lists.ts';
import { latestOrHistory } from './grade-history.ts';
import type { Understood } from './understand.ts';
import * as asks from './grade-question-words.ts';
import { frameworksLeftOutOf, gradeAreaAsked, regionAsked, topicWords, type GradeQuery, type TopicSearch } from './grade-questions.ts';
import { gradesAsked, withoutPraise } from './grade-names.ts';

/**
 * A grade question as the kind model read it (models/), for a question
 * whose words {@link readGradeQuestion} did not claim ("how are Hillingdon's
 * children in care doing? just need the judgement"): the named authorities'
 * grades (compared, when two are named; a history, when the model read a
 * change or the question spans years), or, naming none, the authorities with
 * the grades it names. Null when it names neither.
 */
export function readGradeQuestionLoosely(u: Understood, change: boolean): GradeQuery | null {
  const words = u.words;
  const text = words.join(' ');
  // What an authority "got right" or "gets wrong" is its practice, whatever the model read.
  if (asks.RIGHT_OR_WRONG.test(text)) return null;
  const named = [...u.authorities, ...u.unknownAuthorities];
  const grades = gradesAsked(withoutPraise(words));
  const base = { authorities: named, ...gradeAreaAsked(u.areas, words), year: u.year, range: u.range, topic: topicWords(words), ...frameworksLeftOutOf(u) };
  const make = (kind: GradeQuestionKind): GradeQuery => ({ ...base, intent: { kind, grades, region: regionAsked(words), neighboursOf: null } });
  if (named.length >= 2) return make('compare');
  if (named.length === 1) {
    const history = change || asks.TREND.test(text) || asks.HISTORY.test(text) || asks.WHOLE_HISTORY.test(text) || u.range?.kind === 'years' || typeof u.year === 'number';
    return make(history && (u.year !== 'latest' || asks.WHOLE_HISTORY.test(text) || asks.TREND.test(text)) ? 'history' : 'latest');
  }
  return grades.length > 0 ? make(asks.COUNT.test(text) ? 'count' : 'list') : null;
}

/** Answer a grade question. `search` finds a comparison's paragraphs. */
export function answerGradeQuery(context: CorpusContext, query: GradeQuery, search: TopicSearch): { grades: GradeAnswer; results: Hit[] } {
  switch (query.intent.kind) {
    case 'latest':
    case 'history':
      return { grades: latestOrHistory(context, query), results: [] };
    case 'list':
    case 'count':
      return { grades: listByGrade(context, query), results: [] };
    case 'neighbours':
      return { grades: neighboursOf(context, query), results: [] };
    case 'compare':
      return compareAuthorities(context, query, search);
  }
}

/** The AskAnswer for a grade question: its grades, a comparison's paragraphs as results. */
export function gradeAskAnswer(question: string, u: Understood, answer: { grades: GradeAnswer; results: Hit[] }): AskAnswer {
  return {
    question,
    understood: { authorities: u.authorities, year: u.year, range: u.range, areas: u.areas, terms: [] },
    results: answer.results,
    total: answer.results.length,
    grades: answer.grades,
  };
}
