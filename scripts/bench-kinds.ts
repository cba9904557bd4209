/**
 * `npm run bench-kinds [-- --verbose]`: answers the question-kind development
 * set (scripts/kind-questions.json: 15 questions of each kind of issue #17,
 * each with the answer expected from the reports) and says how many of each
 * kind are answered right; then times question-kind detection plus answer in
 * the core (`corpus.ask`, warm), p50 and p95 per kind and overall.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type AskAnswer } from '../src/index.ts';
import { percentile } from './bench-stats.ts';

type Expected = Record<string, unknown>;
interface Question {
  kind: string;
  question: string;
  expected: Expected;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const { questions } = JSON.parse(readFileSync(path.join(here, 'kind-questions.json'), 'utf8')) as { questions: Question[] };
const verbose = process.argv.includes('--verbose');
const RUNS = 5;
const BUDGET_MS = 10;

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Why an answer is wrong for its question, or null when it is right. */
function check(q: Question, a: AskAnswer): string | null {
  const e = q.expected;
  const kind = a.kind;
  const succession = kind?.kind === 'former-authority' || (kind?.notes ?? []).some((n) => n.includes('passed to'));
  if (q.kind === 'former-authority') {
    if (!succession) return `no succession note (kind ${kind?.kind ?? 'none'})`;
    const successors = e['successors'] as string[];
    const shown = [...a.results.map((h) => h.authority), ...(a.grades?.rows ?? []).map((r) => r.authority), ...(kind?.visits ?? []).map((v) => v.authority)];
    if (shown.length === 0) return 'nothing shown for the successors';
    const stray = shown.filter((s) => !successors.includes(s));
    return stray.length === 0 ? null : `shows others: ${[...new Set(stray)].join(', ')}`;
  }
  if (kind?.kind !== q.kind) return `kind ${kind?.kind ?? 'none'} (grades: ${a.grades?.kind ?? 'none'})`;
  switch (q.kind) {
    case 'grade-filtered': {
      const qualified = e['qualified'] as string[];
      if (!sameSet(kind.qualified ?? [], qualified)) return `qualified ${kind.qualified?.length ?? 0}, expected ${qualified.length}`;
      if (a.results.length === 0) return 'no paragraphs';
      const stray = a.results.filter((h) => !qualified.includes(h.authority));
      return stray.length === 0 ? null : `paragraph from ${stray[0]?.authority}`;
    }
    case 'improvements': {
      const got = [...new Set((kind.sections ?? []).flatMap((s) => s.hits.map((h) => h.reportId)))];
      const want = e['sectionReports'] as string[];
      return got.join() === want.join() ? null : `sections from ${got.join(', ')}, expected ${want.join(', ')}`;
    }
    case 'focused-visit': {
      const got = kind.visits?.[0]?.reportId;
      if (got !== e['reportId']) return `visit ${got}, expected ${String(e['reportId'])}`;
      return (kind.sections?.[0]?.hits.length ?? 0) > 0 ? null : 'no opening findings';
    }
    case 'visit-list': {
      const got = (kind.visits ?? []).map((v) => v.reportId);
      const want = e['reportIds'] as string[];
      if (kind.count !== e['count']) return `count ${kind.count}, expected ${String(e['count'])}`;
      return sameSet(got, want) ? null : `rows differ: +${got.filter((g) => !want.includes(g)).slice(0, 3).join(',')} -${want.filter((w) => !got.includes(w)).slice(0, 3).join(',')}`;
    }
    case 'grade-change': {
      const got = [...new Set((a.grades?.rows ?? []).map((r) => r.authority))];
      const want = e['authorities'] as string[];
      if (kind.count !== e['count']) return `count ${kind.count}, expected ${String(e['count'])}`;
      if ((a.grades?.rows.length ?? 0) !== 2 * want.length) return 'not two rows an authority';
      return sameSet(got, want) ? null : `authorities differ: ${got.join(', ')}`;
    }
    case 'overview': {
      const rows = a.grades?.rows ?? [];
      if (!rows.some((r) => r.reportId === e['reportId'])) return `grades from ${rows[0]?.reportId ?? 'nothing'}, expected ${String(e['reportId'])}`;
      const overall = rows.find((r) => r.area === 'overall')?.grade ?? null;
      if (overall !== e['overall']) return `overall ${overall}, expected ${String(e['overall'])}`;
      return a.results.length > 0 ? null : 'no summary paragraphs';
    }
    case 'cannot-tell':
      return (kind.visits?.length ?? 0) === e['reports'] ? null : `${kind.visits?.length ?? 0} reports shown, expected ${String(e['reports'])}`;
    default:
      return `unknown kind ${q.kind}`;
  }
}


const corpus = await loadCorpus();
// Warm: the first answers unpack postings and fill caches, as a running bot's first questions do.
for (const q of questions) corpus.ask(q.question);

const kinds = [...new Set(questions.map((q) => q.kind))];
const times = new Map<string, number[]>(kinds.map((k) => [k, []]));
const right = new Map<string, number>(kinds.map((k) => [k, 0]));
const wrong: string[] = [];
for (const q of questions) {
  const answer = corpus.ask(q.question);
  const problem = check(q, answer);
  if (problem === null) right.set(q.kind, (right.get(q.kind) ?? 0) + 1);
  else wrong.push(`  [${q.kind}] ${q.question}: ${problem}`);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    corpus.ask(q.question);
    times.get(q.kind)?.push(performance.now() - start);
  }
}

const lines = ['kind               right   p50 ms   p95 ms'];
for (const kind of kinds) {
  const t = [...(times.get(kind) ?? [])].sort((a, b) => a - b);
  const total = questions.filter((q) => q.kind === kind).length;
  lines.push(`${kind.padEnd(18)} ${`${right.get(kind)}/${total}`.padStart(6)}   ${percentile(t, 50).toFixed(2).padStart(6)}   ${percentile(t, 95).toFixed(2).padStart(6)}`);
}
const all = [...times.values()].flat().sort((a, b) => a - b);
const totalRight = [...right.values()].reduce((s, n) => s + n, 0);
lines.push(`${'all'.padEnd(18)} ${`${totalRight}/${questions.length}`.padStart(6)}   ${percentile(all, 50).toFixed(2).padStart(6)}   ${percentile(all, 95).toFixed(2).padStart(6)}`);
lines.push(`p95 of detection plus answer: ${percentile(all, 95).toFixed(2)} ms (budget ${BUDGET_MS} ms) over ${all.length} timed answers.`);
if (verbose && wrong.length > 0) lines.push('', 'Not answered right:', ...wrong);
process.stdout.write(`${lines.join('\n')}\n`);
