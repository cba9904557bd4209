/**
 * List the reports the index is built from, with what the parser read from
 * each: `npm run --silent reports` prints a table, `-- --json` a JSON array.
 *
 * Reads `$INDEX_DIR` (default `index-data/`): the text sources, then the
 * reports ingested from PDFs, without duplicates, as the index is built.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../src/model.ts';
import { formatSummaryTable, summariseReport } from '../src/parse/report-summary.ts';
import { loadSourceReports } from '../src/search/sources.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every report under the index directory, exactly as the index builder reads them. */
async function loadReports(indexDir: string): Promise<Report[]> {
  return (await loadSourceReports(indexDir)).reports;
}

async function main(argv: readonly string[]): Promise<void> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`reports: expected no arguments or --json, got ${unknown.join(' ')}\n`);
    process.exitCode = 2;
    return;
  }
  const indexDir = resolve(ROOT, process.env['INDEX_DIR'] ?? 'index-data');
  const summaries = (await loadReports(indexDir)).map(summariseReport);
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(summaries, null, 2)}\n` : `${formatSummaryTable(summaries)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`reports: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
