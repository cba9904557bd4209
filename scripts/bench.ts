/**
 * `npm run bench`: retrieval quality and speed on the shipped index.
 *
 * - recall@1, recall@3 and MRR@10 on the development question set
 *   (scripts/dev-set/, see scripts/dev-set.ts), for each half — the held-back
 *   half is what a change is judged on — and for each kind of question, with
 *   plain default Lunr over the same paragraphs beside ours;
 * - for cross-authority questions, how often the top five hold at least three
 *   distinct authorities whose paragraph answers the question;
 * - query latency p50/p95 over every question, index load time, heap after
 *   load, index size;
 * - with `--ingest`, parse time per report for the source texts and PDFs.
 *
 * Run with --expose-gc (the npm script does) so heap figures are after a GC.
 * `--verbose` lists the tuning half's questions not answered first; the
 * held-back half's misses are not printed, so nobody tunes to them.
 */
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus, type Corpus } from '../src/index.ts';
import { DEFAULT_INDEX_DIR, INDEX_FILE_NAME, loadIndexFile } from '../src/search/index-file.ts';
import { benchIngest } from './bench-ingest.ts';
import { loadAssessments } from './dev-set-assessments.ts';
import { plainLunr } from './plain-lunr.ts';
import { DEV_SET_DIR, isCrossAuthority, judge, loadDevSet, QUESTION_KINDS, quality, type Outcome, type Quality, type Ranker } from './dev-set.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    questions: { type: 'string', default: DEV_SET_DIR },
    repeat: { type: 'string', default: '10' },
    ingest: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const indexDir = values.dir ?? process.env['INDEX_DIR'] ?? DEFAULT_INDEX_DIR;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function ours(corpus: Corpus): Ranker {
  return (q) => corpus.ask(q.question, { limit: 10 }).results.map((h) => ({ key: `${h.reportId} ${h.label}`, authority: h.authority, text: h.text }));
}

/** loadCorpus() time in `count` fresh processes (what `npm start` waits for). */
function coldLoads(dir: string, count: number): number[] {
  const script = path.join(import.meta.dirname, 'bench-cold-load.ts');
  return Array.from({ length: count }, () =>
    Number(execFileSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' }).trim()),
  );
}

const fmt = (n: number): string => (Number.isNaN(n) ? '—' : n.toFixed(3));
const ms = (n: number): string => `${n.toFixed(2)} ms`;

function row(label: string, q: Quality): string {
  return `  ${label.padEnd(30)} ${String(q.n).padStart(4)}  ${fmt(q.recall1).padEnd(9)} ${fmt(q.recall3).padEnd(9)} ${fmt(q.mrr10).padEnd(8)} ${fmt(q.diverse)}`;
}

const HALVES = ['held-back', 'tuning'] as const;

function table(out: (line?: string) => void, title: string, outcomes: readonly Outcome[]): void {
  out(title);
  out(`  ${'questions'.padEnd(30)} ${'n'.padStart(4)}  recall@1  recall@3  MRR@10   ≥3 authorities in top 5`);
  for (const half of HALVES) {
    const inHalf = outcomes.filter((o) => (o.question.half ?? 'tuning') === half);
    if (inHalf.length === 0) continue;
    out(row(`${half} half`, quality(inHalf)));
    for (const kind of QUESTION_KINDS) {
      const ofKind = inHalf.filter((o) => o.question.kinds.includes(kind));
      if (ofKind.length > 0) out(row(`  ${kind}`, quality(ofKind)));
    }
    const plain = inHalf.filter((o) => o.question.kinds.length === 0);
    if (plain.length > 0) out(row('  (no kind)', quality(plain)));
  }
  out(row('all', quality(outcomes)));
}

async function main(): Promise<void> {
  const questions = await loadDevSet(values.questions);
  const assessments = await loadAssessments();
  const out = (line = ''): void => void process.stdout.write(`${line}\n`);

  // Load time: the first load in this process (file read, JSON parse, Lunr load), then the median of 5 more.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadTimes: number[] = [];
  let corpus: Corpus | undefined;
  for (let i = 0; i < (values.quick ? 1 : 6); i++) {
    const t = performance.now();
    corpus = await loadCorpus({ indexDir });
    loadTimes.push(performance.now() - t);
  }
  if (corpus === undefined) throw new Error('bench: the corpus did not load');
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const size = (await stat(path.join(indexDir, INDEX_FILE_NAME))).size;

  out(`Index: ${indexDir}/${INDEX_FILE_NAME} — ${corpus.reports().length} reports, ${(size / 1024 / 1024).toFixed(2)} MiB on disk`);
  if (!values.quick) {
    const cold = coldLoads(indexDir, 5).sort((a, b) => a - b);
    out(`Load: in a fresh process median ${ms(percentile(cold, 50))} (max ${ms(cold[cold.length - 1] ?? 0)}, 5 processes); in this process first ${ms(loadTimes[0] ?? 0)}, median of next 5 ${ms(percentile([...loadTimes.slice(1)].sort((a, b) => a - b), 50))}`);
    out(`Heap after load: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB for one corpus (heap used ${(heapAfter / 1024 / 1024).toFixed(1)} MiB)`);
  }
  out();

  const outcomes = judge(questions, ours(corpus), assessments);
  table(out, `Retrieval, ours, on ${questions.length} development questions (${path.relative(process.cwd(), values.questions)}):`, outcomes);
  if (values.verbose) {
    out('  not first (tuning half only):');
    for (const o of outcomes) {
      if (o.rank === 1 || (o.question.half ?? 'tuning') !== 'tuning') continue;
      const want = isCrossAuthority(o.question) ? 'a relevant paragraph' : `${o.question.expected.reportId} ${o.question.expected.paragraph}`;
      out(`    ${o.rank === 0 ? '—' : `#${o.rank}`}  [${o.question.kinds.join(',')}] ${o.question.question}  → want ${want}, got ${o.top.join(' | ')}`);
    }
    const narrow = outcomes.filter((o) => isCrossAuthority(o.question) && (o.question.half ?? 'tuning') === 'tuning' && o.authorities < 3);
    if (narrow.length > 0) out(`  cross-authority with fewer than 3 answering authorities in the top 5 (tuning half): ${narrow.map((o) => `"${o.question.question}" (${o.authorities})`).join('; ')}`);
  }
  out();

  // Latency: every question, `repeat` times, after one warm-up pass.
  const repeat = Math.max(1, Number(values.quick ? 2 : values.repeat));
  for (const q of questions) corpus.ask(q.question);
  const times: number[] = [];
  const crossTimes: number[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const q of questions) {
      const t = performance.now();
      corpus.ask(q.question);
      const took = performance.now() - t;
      times.push(took);
      if (isCrossAuthority(q)) crossTimes.push(took);
    }
  }
  times.sort((a, b) => a - b);
  crossTimes.sort((a, b) => a - b);
  out(`Query latency over ${times.length} asks: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1] ?? 0)}`);
  if (crossTimes.length > 0) out(`  cross-authority questions: p50 ${ms(percentile(crossTimes, 50))}, p95 ${ms(percentile(crossTimes, 95))}`);

  out();

  // After the latency, so plain Lunr's index (1 GB while it is built) does not slow the timed asks with its garbage.
  if (!values['no-baseline'] && !values.quick) {
    const { file } = await loadIndexFile(indexDir);
    const plain = judge(questions, plainLunr(file), assessments);
    const held = plain.filter((o) => o.question.half === 'held-back');
    out('Plain default Lunr on the same paragraphs:');
    out(row('held-back half', quality(held.length > 0 ? held : plain)));
    out(row('all', quality(plain)));
    out();
  }

  if (values.ingest) {
    out();
    await benchIngest(indexDir, out);
  }
}

await main();
