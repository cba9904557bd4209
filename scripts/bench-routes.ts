/**
 * `npm run bench-routes [-- --verbose]`: does the bot give the kind of answer
 * a question asks for? Answers each question of scripts/route-questions.json
 * (written by people who never ran the bot, each labelled with the answer it
 * wants: one of the question kinds, "grades" or "paragraphs") and prints, for
 * each half, how many got that kind of answer, and what the others got.
 *
 * The questions are split into a tuning half and a held-back half as the
 * paragraph development set is (docs/ranking.md): `--verbose` lists the
 * tuning half's wrong answers only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus, type AskAnswer } from '../src/index.ts';

export const ROUTES = [
  'grade-filtered',
  'improvements',
  'focused-visit',
  'visit-list',
  'grade-change',
  'overview',
  'former-authority',
  'cannot-tell',
  'grades',
  'paragraphs',
] as const;
export type Route = (typeof ROUTES)[number];

export interface RouteQuestion {
  question: string;
  route: Route;
  /** Written to look like another kind of question. */
  hard?: boolean;
  why?: string;
  half: 'tuning' | 'held-back';
}

/** The kind of answer the bot gave, in the routes' terms. */
export function routeOf(answer: AskAnswer): Route {
  const kind = answer.kind?.kind;
  // A former authority's question is answered for its successors, whatever else it asked.
  if (kind === 'former-authority' || (answer.kind?.notes ?? []).some((n) => n.includes('passed to'))) return 'former-authority';
  if (kind !== undefined && kind !== 'low-confidence') return kind;
  if (answer.grades !== undefined) return 'grades';
  return 'paragraphs';
}

export function loadRouteQuestions(file: string = path.join(import.meta.dirname, 'route-questions.json')): RouteQuestion[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { questions?: unknown };
  if (!Array.isArray(parsed.questions)) throw new Error(`bench-routes: ${file} has no "questions" array`);
  return (parsed.questions as RouteQuestion[]).map((q, i) => {
    if (typeof q.question !== 'string' || !ROUTES.includes(q.route)) {
      throw new Error(`bench-routes: question ${i + 1} of ${file} needs a "question" and a "route" (one of ${ROUTES.join(', ')}); got ${JSON.stringify(q).slice(0, 120)}`);
    }
    if (q.half !== 'tuning' && q.half !== 'held-back') throw new Error(`bench-routes: "${q.question}" has no "half" (tuning or held-back)`);
    return q;
  });
}

/**
 * Whether the answer is of the kind wanted. A change in one authority's grade
 * ("has Knowsley gone backwards since 2021?") is answered by its grade
 * history, a grades answer; the grade-change kind is for grades named at two
 * times ("inadequate in 2017 but good now"). Given the answer, a grades answer
 * counts for a change only as a history: a list of the councils with one of
 * the two grades named ("outstanding now but RI before") is not the change.
 */
export function rightRoute(wanted: Route, got: Route, answer?: AskAnswer): boolean {
  if (got === wanted) return true;
  return wanted === 'grade-change' && got === 'grades' && (answer === undefined || answer.grades?.kind === 'history');
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const questions = loadRouteQuestions();
  const corpus = await loadCorpus();
  const outcomes = questions.map((q) => {
    const answer = corpus.ask(q.question);
    return { q, got: routeOf(answer), answer };
  });
  const lines: string[] = [`Answer kinds on ${questions.length} questions (scripts/route-questions.json):`, `  ${'wanted'.padEnd(18)} ${'tuning'.padStart(8)} ${'held-back'.padStart(10)}   held-back got instead`];
  const cell = (list: typeof outcomes): string => `${list.filter((o) => rightRoute(o.q.route, o.got, o.answer)).length}/${list.length}`;
  for (const route of ROUTES) {
    const of = outcomes.filter((o) => o.q.route === route);
    if (of.length === 0) continue;
    const held = of.filter((o) => o.q.half === 'held-back');
    const instead = [...new Set(held.filter((o) => !rightRoute(route, o.got, o.answer)).map((o) => (o.got === 'grades' ? `grades (${o.answer.grades?.kind ?? ''})` : o.got)))].join(', ');
    lines.push(`  ${route.padEnd(18)} ${cell(of.filter((o) => o.q.half === 'tuning')).padStart(8)} ${cell(held).padStart(10)}   ${instead}`);
  }
  for (const half of ['tuning', 'held-back'] as const) {
    const inHalf = outcomes.filter((o) => o.q.half === half);
    lines.push(`  ${`${half} half`.padEnd(18)} ${cell(inHalf).padStart(8)}   (written to look like another kind: ${cell(inHalf.filter((o) => o.q.hard === true))})`);
  }
  if (verbose) {
    lines.push('', '  Wrong kind of answer (tuning half only):');
    for (const o of outcomes) if (o.q.half === 'tuning' && !rightRoute(o.q.route, o.got, o.answer)) lines.push(`    wanted ${o.q.route}, got ${o.got}: ${o.q.question}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) await main();
