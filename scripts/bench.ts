/**
 * `npm run bench`: retrieval quality and speed on the shipped index.
 *
 * - recall@1, recall@3 and MRR@10 on the development question set
 *   (scripts/dev-questions.json), for our pipeline and, side by side, for
 *   plain default Lunr over the same paragraphs;
 * - query latency p50/p95, index load time, heap after load, index size;
 * - with `--ingest`, parse time per report for the source texts and PDFs.
 *
 * Run with --expose-gc (the npm script does) so heap figures are after a GC.
 */
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lunr from 'lunr';
import { loadCorpus, type Corpus } from '../src/index.ts';
import { DEFAULT_INDEX_DIR, INDEX_FILE_NAME, loadIndexFile, type IndexFile } from '../src/search/index-file.ts';
import { benchIngest } from './bench-ingest.ts';

interface DevQuestion {
  question: string;
  expected: { reportId: string; paragraph: string };
  alternates?: Array<{ reportId: string; paragraph: string }>;
}

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    questions: { type: 'string', default: path.join(import.meta.dirname, 'dev-questions.json') },
    repeat: { type: 'string', default: '20' },
    ingest: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
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

/** Rank (1-based) of the first acceptable answer among `refs`, or 0. */
function rankOf(refs: readonly string[], question: DevQuestion): number {
  const wanted = new Set([question.expected, ...(question.alternates ?? [])].map((e) => `${e.reportId} ${e.paragraph}`));
  const i = refs.findIndex((r) => wanted.has(r));
  return i < 0 ? 0 : i + 1;
}

interface Quality {
  recall1: number;
  recall3: number;
  mrr10: number;
  misses: string[];
}

function quality(questions: readonly DevQuestion[], rank: (q: DevQuestion) => string[]): Quality {
  let r1 = 0;
  let r3 = 0;
  let mrr = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const refs = rank(q);
    const k = rankOf(refs, q);
    if (k === 1) r1 += 1;
    if (k >= 1 && k <= 3) r3 += 1;
    if (k >= 1 && k <= 10) mrr += 1 / k;
    if (k !== 1) misses.push(`${k === 0 ? '—' : `#${k}`}  ${q.question}  → want ${q.expected.reportId} ${q.expected.paragraph}, got ${refs.slice(0, 3).join(' | ')}`);
  }
  const n = questions.length;
  return { recall1: r1 / n, recall3: r3 / n, mrr10: mrr / n, misses };
}

/** Plain default Lunr: default tokenizer and pipeline, the question's words as optional terms. */
function plainLunr(file: IndexFile): (q: DevQuestion) => string[] {
  const index = lunr(function () {
    this.ref('ref');
    this.field('text');
    file.paragraphs.forEach((p, i) => this.add({ ref: String(i), text: p.text }));
  });
  return (q) =>
    index
      .query((query) => query.term(lunr.tokenizer(q.question), {}))
      .slice(0, 10)
      .map((r) => {
        const p = file.paragraphs[Number(r.ref)];
        return p === undefined ? '' : `${p.reportId} ${p.number ?? p.label}`;
      });
}

function ours(corpus: Corpus): (q: DevQuestion) => string[] {
  return (q) => corpus.ask(q.question, { limit: 10 }).results.map((h) => `${h.reportId} ${h.label}`);
}

/** loadCorpus() time in `count` fresh processes (what `npm start` waits for). */
function coldLoads(dir: string, count: number): number[] {
  const script = path.join(import.meta.dirname, 'bench-cold-load.ts');
  return Array.from({ length: count }, () =>
    Number(execFileSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' }).trim()),
  );
}

const fmt = (n: number): string => n.toFixed(3);
const ms = (n: number): string => `${n.toFixed(2)} ms`;

async function main(): Promise<void> {
  const { questions } = JSON.parse(await readFile(values.questions, 'utf8')) as { questions: DevQuestion[] };
  const out = (line = ''): void => void process.stdout.write(`${line}\n`);

  // Load time: the first load in this process (file read, JSON parse, Lunr load), then the median of 5 more.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadTimes: number[] = [];
  let corpus: Corpus | undefined;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    corpus = await loadCorpus({ indexDir });
    loadTimes.push(performance.now() - t);
  }
  if (corpus === undefined) throw new Error('bench: the corpus did not load');
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const size = (await stat(path.join(indexDir, INDEX_FILE_NAME))).size;
  const { file } = await loadIndexFile(indexDir);

  out(`Index: ${indexDir}/${INDEX_FILE_NAME} — ${file.reports.length} reports, ${file.paragraphs.length} paragraphs, ${(size / 1024 / 1024).toFixed(2)} MiB on disk`);
  const cold = coldLoads(indexDir, 5).sort((a, b) => a - b);
  out(`Load: in a fresh process median ${ms(percentile(cold, 50))} (max ${ms(cold[cold.length - 1] ?? 0)}, 5 processes); in this process first ${ms(loadTimes[0] ?? 0)}, median of next 5 ${ms(percentile([...loadTimes.slice(1)].sort((a, b) => a - b), 50))}`);
  out(`Heap after load: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB for one corpus (heap used ${(heapAfter / 1024 / 1024).toFixed(1)} MiB)`);
  out();

  const ourQuality = quality(questions, ours(corpus));
  const plainQuality = quality(questions, plainLunr(file));
  out(`Retrieval on ${questions.length} development questions (${path.relative(process.cwd(), values.questions)}):`);
  out(`  ${'pipeline'.padEnd(22)} recall@1  recall@3  MRR@10`);
  out(`  ${'ours'.padEnd(22)} ${fmt(ourQuality.recall1).padEnd(9)} ${fmt(ourQuality.recall3).padEnd(9)} ${fmt(ourQuality.mrr10)}`);
  out(`  ${'plain default Lunr'.padEnd(22)} ${fmt(plainQuality.recall1).padEnd(9)} ${fmt(plainQuality.recall3).padEnd(9)} ${fmt(plainQuality.mrr10)}`);
  if (values.verbose) {
    out('  not first (ours):');
    for (const miss of ourQuality.misses) out(`    ${miss}`);
  }
  out();

  // Latency: every question, `repeat` times, after one warm-up pass.
  const repeat = Math.max(1, Number(values.repeat));
  for (const q of questions) corpus.ask(q.question);
  const times: number[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const q of questions) {
      const t = performance.now();
      corpus.ask(q.question);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  out(`Query latency over ${times.length} asks: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1] ?? 0)}`);

  if (values.ingest) {
    out();
    await benchIngest(indexDir, out);
  }
}

await main();
