/**
 * Verdicts of the pooled relevance assessment (scripts/pool-assessments.ts),
 * kept in `scripts/dev-set-assessments.json`: for a question and a paragraph
 * nobody listed, whether the paragraph answers it ("yes") or not ("no").
 *
 * A "yes" counts as an answer like a listed paragraph; a "no" overrides a
 * cross-authority judge that passed the paragraph. Listed paragraphs are
 * never overridden: they were written with the question.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const ASSESSMENTS_FILE = path.join(import.meta.dirname, 'dev-set-assessments.json');

export type Verdict = 'yes' | 'no';

export interface Assessment {
  question: string;
  /** `reportId label`, as the bench keys a result. */
  key: string;
  verdict: Verdict;
}

export interface Assessments {
  /** The verdict on `key` for `question`, if it was assessed. */
  verdict(question: string, key: string): Verdict | undefined;
  has(question: string, key: string): boolean;
  size: number;
}

/** The assessments in `file`; none when the file does not exist. */
export async function loadAssessments(file: string = ASSESSMENTS_FILE): Promise<Assessments> {
  let list: Assessment[] = [];
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { assessments?: unknown };
    if (!Array.isArray(parsed.assessments)) throw new Error(`dev-set: ${file} has no "assessments" array`);
    list = parsed.assessments as Assessment[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const map = new Map<string, Verdict>();
  for (const a of list) {
    if (a.verdict !== 'yes' && a.verdict !== 'no') throw new Error(`dev-set: ${file}: expected verdict "yes" or "no" for "${a.question}" / ${a.key}, got ${JSON.stringify(a.verdict)}`);
    map.set(`${a.question}\u0000${a.key}`, a.verdict);
  }
  return {
    verdict: (question, key) => map.get(`${question}\u0000${key}`),
    has: (question, key) => map.has(`${question}\u0000${key}`),
    size: map.size,
  };
}
