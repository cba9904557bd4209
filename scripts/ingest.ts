/**
 * `npm run ingest -- <pdf files or folders...> [--out <index dir>]`
 *
 * Parses report PDFs, stores each new report as `<index dir>/reports/<id>.json`
 * and rebuilds the index. Prints one line per file and a summary, with the
 * reports whose judgement table could not be read (stored with their
 * paragraphs, grades unread); exits 1 when any file was refused.
 */
import path from 'node:path';
import { collectPdfFiles, ingestFiles, type IngestOutcome } from '../src/pdf/ingest.ts';
import { buildIndex } from '../src/search/build-index.ts';
import { DEFAULT_INDEX_DIR, indexSourceHash } from '../src/search/index-file.ts';
import { hashSources } from '../src/search/sources.ts';

const USAGE = 'usage: npm run ingest -- <pdf files or folders...> [--out <index dir>] [--verbose]';

function parseArgs(argv: readonly string[]): { paths: string[]; indexDir: string; verbose: boolean } {
  const paths: string[] = [];
  let verbose = false;
  let indexDir = process.env.INDEX_DIR ?? DEFAULT_INDEX_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`ingest: expected a directory after --out. ${USAGE}`);
      indexDir = value;
    } else if (arg.startsWith('--out=')) indexDir = arg.slice('--out='.length);
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else paths.push(arg);
  }
  if (paths.length === 0) throw new Error(`ingest: expected at least one PDF file or folder. ${USAGE}`);
  return { paths, indexDir: path.resolve(indexDir), verbose };
}

const MARK: Record<IngestOutcome['status'], string> = {
  stored: 'stored   ',
  updated: 'updated  ',
  unchanged: 'unchanged',
  duplicate: 'duplicate',
  refused: 'REFUSED  ',
};

/** A refusal's reason without the file name, so refusals group ("is an HTML page, not a PDF"). */
function reason(outcome: IngestOutcome): string {
  const source = `${path.basename(path.dirname(path.resolve(outcome.file)))}/${path.basename(outcome.file)}`;
  return outcome.message
    .replace(/^[\w-]+: /, '')
    .split(source)
    .join('<file>')
    .replace(/\d+ bytes/g, 'n bytes');
}

/** A one-line progress bar on stderr, redrawn in place. */
function drawProgress(done: number, total: number, started: number): void {
  const width = 30;
  const filled = Math.round((width * done) / total);
  const seconds = (Date.now() - started) / 1000;
  const eta = done > 0 ? Math.round((seconds / done) * (total - done)) : 0;
  process.stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} parsed, ${seconds.toFixed(0)} s, about ${eta} s left`);
}

async function main(): Promise<number> {
  const { paths, indexDir, verbose } = parseArgs(process.argv.slice(2));
  const files = await collectPdfFiles(paths);
  const showProgress = files.length > 5 && process.stderr.isTTY === true;
  const started = Date.now();
  const outcomes = await ingestFiles(files, {
    indexDir,
    onParsed: (done, total) => {
      if (showProgress) drawProgress(done, total, started);
    },
    onFile: (outcome) => {
      // Large runs list only what changed or failed; --verbose lists every file.
      if (!verbose && (outcome.status === 'unchanged' || outcome.status === 'duplicate') && files.length > 5) return;
      console.log(`${MARK[outcome.status]} ${outcome.file}\n          ${outcome.message} (${outcome.ms} ms)`);
    },
  });
  if (showProgress) process.stderr.write('\n');
  const count = (s: IngestOutcome['status']): number => outcomes.filter((o) => o.status === s).length;
  const refused = outcomes.filter((o) => o.status === 'refused');
  const parsed = outcomes.filter((o) => o.status !== 'refused');
  const perReport = parsed.length > 0 ? Math.round(parsed.reduce((n, o) => n + o.ms, 0) / parsed.length) : 0;
  console.log(
    `\n${files.length} file${files.length === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s (${perReport} ms of parsing per report):`,
  );
  for (const status of ['stored', 'updated', 'unchanged', 'duplicate', 'refused'] as const) {
    if (count(status) > 0) console.log(`  ${status.padEnd(9)} ${count(status)}`);
  }
  const reasons = new Map<string, number>();
  for (const o of refused) reasons.set(reason(o), (reasons.get(reason(o)) ?? 0) + 1);
  for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)} × ${why}`);
  // A report whose judgement table could not be read is stored with its paragraphs: say which, so its grades can be looked at.
  const unread = parsed.filter((o) => o.report?.gradesUnread !== undefined);
  if (unread.length > 0) {
    console.log(`\n${unread.length} report${unread.length === 1 ? '' : 's'} stored with grades unread (paragraphs kept, no grades counted):`);
    for (const o of unread) console.log(`  ${o.report?.id} (${o.file}): ${o.report?.gradesUnread}`);
  }
  if (count('stored') + count('updated') > 0 || !(await indexIsCurrent(indexDir))) {
    const built = await buildIndex(indexDir);
    console.log(`index rebuilt in ${indexDir}: ${built.reports} reports, ${built.paragraphs} paragraphs, ${built.bytes} bytes`);
  }
  return refused.length > 0 ? 1 : 0;
}

/** Whether the index exists and was built from exactly the sources now in `indexDir`. */
async function indexIsCurrent(indexDir: string): Promise<boolean> {
  try {
    return (await indexSourceHash(indexDir)) === (await hashSources(indexDir));
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).message);
    process.exit(2);
  },
);
