/**
 * `npm run bench`: retrieval quality and speed on the shipped index.
 *
 * - recall@1, recall@3 and MRR@10 on the development question set
 *   (scripts/dev-set/, see scripts/dev-set.ts), for each half — the held-back
 *   half is what a change is judged on — and for each kind of question, with
 *   plain default Lunr over the same paragraphs beside ours;
 * - for cross-authority questions, how often the top five hold at least three
 *   distinct authorities whose paragraph answers the question;
 * - query latency p50/p95 over every question, heap after load, index size;
 * - `loadCorpus()` in fresh processes beside its floor, reading and parsing
 *   the same index as format 2's `index.json` (load-floor.ts), and the ratio;
 * - with `--build`, the index build's time in a fresh process;
 * - with `--ingest`, parse time per report for the source texts and PDFs.
 *
 * Run with --expose-gc (the npm script does) so heap figures are after a GC.
 * `--verbose` lists the tuning half's questions not answered first; the
 * held-back half's misses are not printed, so nobody tunes to them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, type Corpus } from '../src/index.ts';
import { defaultIndexDir, INDEX_FILE_NAME, loadIndexFile } from '../src/search/index-file.ts';
import { benchIngest } from './bench-ingest.ts';
import { loadAssessments } from './dev-set-assessments.ts';
import { writeFormat2Index } from './load-floor.ts';
import { plainLunr } from './plain-lunr.ts';
import { DEV_SET_DIR, isCrossAuthority, judge, loadDevSet, QUESTION_KINDS, quality, type Outcome, type Quality, type Ranker } from './dev-set.ts';
import { percentile } from './bench-stats.ts';
import { parseCliArgs } from '../adapters/cli/usage.ts';

const USAGE = `usage: npm run bench -- [options]
  --dir <dir>         the index directory (default: INDEX_DIR, then the bundled index-data/)
  --questions <dir>   the development question set (default scripts/dev-set/)
  --repeat N          latency passes over every question (default 10)
  --ingest            also time parsing each report's source text and PDF
  --verbose           list the tuning half's questions not answered first
  --no-baseline       skip plain default Lunr on the same paragraphs
  --quick             one load, two latency passes, no fresh-process loads and no baseline
  --build             also time the index build in a fresh process
  --help              this text
`;

const { values } = parseCliArgs(USAGE, {
  dir: { type: 'string' },
  questions: { type: 'string', default: DEV_SET_DIR },
  repeat: { type: 'string', default: '10' },
  ingest: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  'no-baseline': { type: 'boolean', default: false },
  quick: { type: 'boolean', default: false },
  build: { type: 'boolean', default: false },
  help: { type: 'boolean' },
}, false);
const indexDir = values.dir ?? defaultIndexDir();


function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** A full collection, then another once the first's sweeping (which frees buffers' bytes) has had a turn. */
async function settle(): Promise<void> {
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

function ours(corpus: Corpus): Ranker {
  return (q) => corpus.ask(q.question, { limit: 10 }).results.map((h) => ({ key: `${h.reportId} ${h.label}`, authority: h.authority, text: h.text }));
}

/** One run of a script in a fresh process: what it prints, as a number. */
function fresh(script: string, args: readonly string[]): number {
  return Number(execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script), ...args], { encoding: 'utf8' }).trim());
}

/**
 * loadCorpus() (what `npm start` waits for) and its floor, reading and
 * parsing format 2's index.json of the same index, in `count` fresh
 * processes each, taken in turns so both see the same machine.
 */
async function coldLoads(dir: string, count: number): Promise<{ load: number[]; floor: number[]; floorBytes: number }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'ofsted-floor-'));
  try {
    const json = path.join(scratch, 'index.json');
    const floorBytes = await writeFormat2Index(dir, json);
    const load: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < count; i++) {
      load.push(fresh('bench-cold-load.ts', [dir]));
      floor.push(fresh('bench-cold-load.ts', ['--floor', json]));
    }
    return { load: load.sort((a, b) => a - b), floor: floor.sort((a, b) => a - b), floorBytes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The index build from the sources in `dir`, written to a scratch directory, in a fresh process: its time in ms. */
async function timedBuild(dir: string): Promise<number> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'ofsted-build-'));
  try {
    const started = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'build-index.ts'), '--dir', dir, '--out', scratch], { stdio: 'ignore' });
    return performance.now() - started;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
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

  // Load time: the first load in this process (file read, header parse, Lunr load), then the median of 5 more.
  await settle();
  const heapBefore = process.memoryUsage().heapUsed;
  const buffersBefore = process.memoryUsage().arrayBuffers;
  const loadTimes: number[] = [];
  let corpus: Corpus | undefined;
  for (let i = 0; i < (values.quick ? 1 : 6); i++) {
    const t = performance.now();
    corpus = await loadCorpus({ indexDir });
    loadTimes.push(performance.now() - t);
  }
  if (corpus === undefined) throw new Error('bench: the corpus did not load');
  await settle();
  const heapAfter = process.memoryUsage().heapUsed;
  const buffersAfter = process.memoryUsage().arrayBuffers;
  const size = (await stat(path.join(indexDir, INDEX_FILE_NAME))).size;

  out(`Index: ${indexDir}/${INDEX_FILE_NAME} — ${corpus.reports().length} reports, ${(size / 1024 / 1024).toFixed(2)} MiB on disk`);
  if (!values.quick) {
    const { load, floor, floorBytes } = await coldLoads(indexDir, 5);
    const loadMedian = percentile(load, 50);
    const floorMedian = percentile(floor, 50);
    out(`Load: in a fresh process median ${ms(loadMedian)} (max ${ms(load[load.length - 1] ?? 0)}, 5 processes); in this process first ${ms(loadTimes[0] ?? 0)}, median of next 5 ${ms(percentile([...loadTimes.slice(1)].sort((a, b) => a - b), 50))}`);
    out(`  floor: reading and JSON.parse of the same index as format 2's index.json (${(floorBytes / 1024 / 1024).toFixed(2)} MiB), median ${ms(floorMedian)} (5 processes, in turns with the loads)`);
    out(`  load / floor: ${(loadMedian / floorMedian).toFixed(3)} (goal: at most 0.5)`);
    out(`Heap after load: ${mib(heapAfter - heapBefore)} MiB for one corpus (heap used ${mib(heapAfter)} MiB), and ${mib(buffersAfter - buffersBefore)} MiB of the index file's bytes outside the heap`);
  }
  if (values.build) out(`Index build from the sources, in a fresh process: ${(((await timedBuild(indexDir)) / 1000)).toFixed(1)} s`);
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
