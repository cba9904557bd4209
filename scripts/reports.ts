/**
 * List the reports the index is built from, with what the parser read from
 * each: `npm run --silent reports` prints a table, `-- --json` a JSON array.
 *
 * Reads `$INDEX_DIR` (default `index-data/`): the text sources, then the
 * reports ingested from PDFs, without duplicates, as the index is built.
 */
import { endQuietlyOnClosedPipe } from '../adapters/cli/closed-pipe.ts';
import { formatSummaryTable, summariseReport } from '../src/parse/report-summary.ts';
import { defaultIndexDir } from '../src/search/index-file.ts';
import { loadSourceReports } from '../src/search/sources.ts';

async function main(argv: readonly string[]): Promise<void> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`reports: expected no arguments or --json, got ${unknown.join(' ')}\n`);
    process.exitCode = 2;
    return;
  }
  // Every report exactly as the index builder reads them.
  const { reports } = await loadSourceReports(defaultIndexDir());
  const summaries = reports.map(summariseReport);
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(summaries, null, 2)}\n` : `${formatSummaryTable(summaries)}\n`);
}

endQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`reports: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
