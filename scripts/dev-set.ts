/**
 * The development question set (`scripts/dev-set/*.json`): staff-style
 * questions written from the reports' paragraphs before anyone looked at
 * what the ranker returns, each with the paragraphs that answer it.
 *
 * Every question belongs to one of two halves, fixed in the files:
 * - `tuning`: what ranking changes may be tuned on (and all the questions
 *   written before the split, which the ranker was tuned to already);
 * - `held-back`: what a change is judged on. A change that raises the tuning
 *   half and lowers the held-back half is not taken.
 *
 * `npm run split-dev-set` gives new questions a half; it never moves one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Assessments } from './dev-set-assessments.ts';

export const DEV_SET_DIR = path.join(import.meta.dirname, 'dev-set');

/** The shapes of question issue #16 names, reported on their own. */
export const QUESTION_KINDS = ['cross-authority', 'everyday-words', 'phrase', 'drift', 'time', 'inspection'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type Half = 'tuning' | 'held-back';

export interface ParagraphRef {
  reportId: string;
  /** The paragraph's citation label ("6", "¶4", "Summary ¶1"). */
  paragraph: string;
}

/**
 * A rule, written with the question, that decides whether a paragraph nobody
 * listed answers it: case-insensitive regular expressions over its text.
 */
export interface Judge {
  /** Every one must match. */
  all?: string[];
  /** At least one must match (when given). */
  any?: string[];
  /** None may match. */
  none?: string[];
}

interface BaseQuestion {
  question: string;
  kinds: QuestionKind[];
  half?: Half;
  note?: string;
  /** The file it came from, for reports. */
  file: string;
}

/** A question one paragraph answers (or one of a few equally good ones). */
export interface SingleAnswerQuestion extends BaseQuestion {
  expected: ParagraphRef;
  alternates?: ParagraphRef[];
}

/** A question about many authorities: any paragraph listed or passing the judge answers it. */
export interface CrossAuthorityQuestion extends BaseQuestion {
  relevant: ParagraphRef[];
  judge: Judge;
}

export type DevQuestion = SingleAnswerQuestion | CrossAuthorityQuestion;

export function isCrossAuthority(q: DevQuestion): q is CrossAuthorityQuestion {
  return 'relevant' in q;
}

/** Every question of every file in `dir`, in file then question order. */
export async function loadDevSet(dir: string = DEV_SET_DIR): Promise<DevQuestion[]> {
  const files = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const all: DevQuestion[] = [];
  for (const file of files) {
    const parsed = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as { questions?: unknown };
    if (!Array.isArray(parsed.questions)) throw new Error(`dev-set: ${file} has no "questions" array`);
    for (const raw of parsed.questions as Array<Omit<DevQuestion, 'file'>>) {
      const q = { ...raw, kinds: raw.kinds ?? [], file } as DevQuestion;
      if (typeof q.question !== 'string' || q.question.trim() === '') throw new Error(`dev-set: ${file} has a question without text`);
      if (!isCrossAuthority(q) && (q as Partial<SingleAnswerQuestion>).expected === undefined) {
        throw new Error(`dev-set: ${file}: "${q.question}" has neither "expected" nor "relevant"`);
      }
      all.push(q);
    }
  }
  return all;
}

/** `reportId label` keys of the paragraphs listed as answering `q`. */
export function listedAnswers(q: DevQuestion): Set<string> {
  const refs = isCrossAuthority(q) ? q.relevant : [q.expected, ...(q.alternates ?? [])];
  return new Set(refs.map((r) => `${r.reportId} ${r.paragraph}`));
}

/** A paragraph's text against a judge's rule. */
export function compileJudge(judge: Judge): (text: string) => boolean {
  const make = (sources: readonly string[] | undefined): RegExp[] => (sources ?? []).map((s) => new RegExp(s, 'i'));
  const all = make(judge.all);
  const any = make(judge.any);
  const none = make(judge.none);
  return (text) => all.every((r) => r.test(text)) && (any.length === 0 || any.some((r) => r.test(text))) && !none.some((r) => r.test(text));
}

/** A result as the bench sees it: its reference and, for judging, its text and authority. */
export interface RankedParagraph {
  key: string;
  authority: string;
  text: string;
}

/**
 * Whether each result answers `q`: listed; else assessed "yes" or "no" in the
 * pooled assessment (scripts/dev-set-assessments.ts); else, for a
 * cross-authority question, passing its judge.
 */
export function answers(q: DevQuestion, assessments?: Assessments): (r: RankedParagraph) => boolean {
  const listed = listedAnswers(q);
  const judge = isCrossAuthority(q) ? compileJudge(q.judge) : () => false;
  return (r) => {
    if (listed.has(r.key)) return true;
    const verdict = assessments?.verdict(q.question, r.key);
    return verdict === undefined ? judge(r.text) : verdict === 'yes';
  };
}

export type Ranker = (q: DevQuestion) => RankedParagraph[];

export interface Outcome {
  question: DevQuestion;
  /** Rank (1-based) of the first answering result in the top 10, or 0. */
  rank: number;
  /** Distinct authorities among the top five whose paragraph answers (cross-authority questions). */
  authorities: number;
  top: string[];
}

export function judge(questions: readonly DevQuestion[], rank: Ranker, assessments?: Assessments): Outcome[] {
  return questions.map((question) => {
    const results = rank(question).slice(0, 10);
    const ok = answers(question, assessments);
    const index = results.findIndex(ok);
    const authorities = new Set(results.slice(0, 5).filter(ok).map((r) => r.authority)).size;
    return { question, rank: index < 0 ? 0 : index + 1, authorities, top: results.slice(0, 3).map((r) => r.key) };
  });
}

export interface Quality {
  n: number;
  recall1: number;
  recall3: number;
  mrr10: number;
  /** Share of cross-authority questions with at least 3 answering authorities in the top five (NaN if none). */
  diverse: number;
}

export function quality(outcomes: readonly Outcome[]): Quality {
  const n = outcomes.length;
  const cross = outcomes.filter((o) => isCrossAuthority(o.question));
  return {
    n,
    recall1: outcomes.filter((o) => o.rank === 1).length / n,
    recall3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
    mrr10: outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0) / n,
    diverse: cross.length === 0 ? Number.NaN : cross.filter((o) => o.authorities >= 3).length / cross.length,
  };
}
