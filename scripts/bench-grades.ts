/**
 * `npm run bench-grades`: how many grade questions of each kind are answered
 * exactly (scripts/grade-questions.json), and the core's latency on a
 * national list question.
 *
 * Exact means: the question is recognised as its kind, its rows are exactly
 * the expected { authority, reportId, area, grade } (in order where the set
 * says so), a count equals the number of authorities listed, neighbours are
 * DfE's list, and a comparison has a paragraph from each authority named.
 *
 * Latency: the shipped index holds 16 authorities, so the national case is
 * simulated: every current authority in the registry is given a copy of a
 * shipped authority's graded reports (renamed), about 150 authorities and
 * 500+ graded reports, and "which councils are outstanding for care leavers"
 * and "how many authorities were inadequate as at 31 March 2025" are timed on
 * that context in the core (no adapter, no I/O).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AUTHORITIES } from '../src/authorities.ts';
import { loadCorpus } from '../src/index.ts';
import { ask } from '../src/query/ask.ts';
import { createContext } from '../src/query/context.ts';
import { defaultIndexDir, loadIndexFile, type StoredReport } from '../src/search/index-file.ts';
import { parseCliArgs } from '../adapters/cli/usage.ts';
import { percentile } from './bench-stats.ts';

interface ExpectedRow {
  authority: string;
  reportId: string;
  area: string;
  grade: string;
}

interface GradeQuestion {
  kind: string;
  question: string;
  rows: ExpectedRow[];
  ordered?: boolean;
  exactOn?: 'shipped';
  neighbours?: Array<{ authority: string; closeness: string }>;
  paragraphsFrom?: string[];
}

const USAGE = `usage: npm run bench-grades -- [options]
  --questions <file>  the grade questions (default scripts/grade-questions.json)
  --repeat N          timed asks of each national list question (default 200)
  --verbose           list the questions not answered exactly (they are listed anyway when any miss)
  --help              this text
`;

const { values } = parseCliArgs(USAGE, {
  questions: { type: 'string', default: path.join(import.meta.dirname, 'grade-questions.json') },
  repeat: { type: 'string', default: '200' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean' },
}, false);
const indexDir = defaultIndexDir();

const key = (r: ExpectedRow): string => `${r.authority}|${r.reportId}|${r.area}|${r.grade}`;


const { questions } = JSON.parse(await readFile(values.questions, 'utf8')) as { questions: GradeQuestion[] };
const corpus = await loadCorpus({ indexDir });
const shipped = corpus.authorities().length <= 16;
const byKind = new Map<string, { exact: number; total: number }>();
const misses: string[] = [];
for (const q of questions) {
  const answer = corpus.ask(q.question);
  const g = answer.grades;
  const got = (g?.rows ?? []).map((r) => key({ authority: r.authority, reportId: r.reportId, area: r.area, grade: r.grade }));
  const want = q.rows.map(key);
  let ok = g !== undefined && g.kind === q.kind;
  if (ok && (q.exactOn === undefined || shipped)) {
    ok = q.ordered === true ? JSON.stringify(got) === JSON.stringify(want) : JSON.stringify([...got].sort()) === JSON.stringify([...want].sort());
  } else if (ok) {
    ok = want.every((w) => got.includes(w));
  }
  if (ok && q.kind === 'count') ok = g?.count === new Set(g?.rows.map((r) => r.authority)).size;
  if (ok && q.neighbours !== undefined) ok = JSON.stringify(g?.neighbours) === JSON.stringify(q.neighbours);
  if (ok && q.paragraphsFrom !== undefined) ok = q.paragraphsFrom.every((a) => answer.results.some((h) => h.authority === a));
  const entry = byKind.get(q.kind) ?? { exact: 0, total: 0 };
  entry.total += 1;
  if (ok) entry.exact += 1;
  else misses.push(`${q.kind}: ${q.question}\n    want ${want.join(', ')}\n    got  ${g === undefined ? '(no grades)' : `${g.kind}: ${got.join(', ')}`}`);
  byKind.set(q.kind, entry);
}

process.stdout.write(`Grade questions answered exactly (${corpus.authorities().length} authorities in the index${shipped ? '' : '; shipped-index lists checked as included'}):\n`);
let exact = 0;
for (const [kind, { exact: e, total }] of byKind) {
  exact += e;
  process.stdout.write(`  ${kind.padEnd(11)} ${e} / ${total}\n`);
}
process.stdout.write(`  ${'all'.padEnd(11)} ${exact} / ${questions.length}\n`);
if (values.verbose || misses.length > 0) for (const m of misses) process.stdout.write(`  MISS ${m}\n`);

// A national-size context: every current authority with a copy of a shipped authority's graded reports.
const { file, index } = await loadIndexFile(indexDir);
const graded = file.reports.filter((r) => r.judgements.length > 0 && r.kind !== 'council-paper');
const donors = [...new Set(graded.map((r) => r.authority))];
const current = AUTHORITIES.filter((a) => a.until === null);
const reports: StoredReport[] = current.flatMap((authority, i) => {
  const donor = donors[i % donors.length] as string;
  return graded
    .filter((r) => r.authority === donor)
    .map((r) => ({ ...r, authority: authority.name, id: r.id.replace(/^.*?(-\d{4})/, `${authority.slug}$1`), firstParagraph: 0, paragraphCount: 0 }));
});
const national = createContext({ ...file, reports, paragraphs: [] }, index);
const timed = ['which councils are outstanding for care leavers', 'how many authorities were inadequate as at 31 March 2025'];
const repeat = Number(values.repeat);
for (const question of timed) {
  const check = ask(national, question);
  for (let i = 0; i < 20; i++) ask(national, question);
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    ask(national, question);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `National list "${question}" (${national.authorities.length} authorities, ${reports.length} graded reports, ${check.grades?.rows.length ?? 0} rows): ` +
      `p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms\n`,
  );
}
