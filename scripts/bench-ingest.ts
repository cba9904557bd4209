/**
 * Parse time per report, for `npm run bench -- --ingest`: the text sources
 * of the index directory and, when present, the PDFs in ../shared/reports/pdf.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReportText } from '../src/parse/parse-report-text.ts';
import { SOURCES_DIR } from '../src/search/sources.ts';

function summary(label: string, times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${label}: ${sorted.length} reports, ${(total / 1000).toFixed(2)} s in all, median ${median.toFixed(0)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms per report`;
}

export async function benchIngest(indexDir: string, out: (line: string) => void): Promise<void> {
  const dir = path.join(indexDir, SOURCES_DIR);
  const times: number[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const t = performance.now();
    parseReportText(text, `${SOURCES_DIR}/${name}`);
    times.push(performance.now() - t);
  }
  out(summary('Text parsing', times));
}
