/**
 * Parse time per report, for `npm run bench -- --ingest`: the text sources
 * of the index directory and, when the folder is there, the PDFs in
 * ../shared/reports/pdf (or --pdf-dir).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReportText } from '../src/parse/parse-report-text.ts';
import { collectPdfFiles } from '../src/pdf/ingest.ts';
import { parsePdf } from '../src/pdf/parse-pdf.ts';
import { SOURCES_DIR } from '../src/search/sources.ts';

/** Where the shared report PDFs sit beside a clone of this repository. */
export const SHARED_PDF_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'reports', 'pdf');

function summary(label: string, times: readonly number[], refused = 0): string {
  const sorted = [...times].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const refusedNote = refused > 0 ? ` (${refused} refused files not counted)` : '';
  return `${label}: ${sorted.length} reports, ${(total / 1000).toFixed(2)} s in all, median ${median.toFixed(0)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms per report${refusedNote}`;
}

export async function benchIngest(indexDir: string, out: (line: string) => void, pdfDir: string = SHARED_PDF_DIR): Promise<void> {
  const dir = path.join(indexDir, SOURCES_DIR);
  const times: number[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const t = performance.now();
    parseReportText(text, `${SOURCES_DIR}/${name}`);
    times.push(performance.now() - t);
  }
  out(summary('Text parsing', times));

  let files: string[];
  try {
    files = await collectPdfFiles([pdfDir]);
  } catch {
    out(`PDF parsing: skipped (no folder at ${pdfDir})`);
    return;
  }
  const pdfTimes: number[] = [];
  let refused = 0;
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    const t = performance.now();
    try {
      await parsePdf(bytes, path.relative(pdfDir, file));
      pdfTimes.push(performance.now() - t);
    } catch {
      refused += 1;
    }
  }
  out(summary('PDF extraction and parsing', pdfTimes, refused));
}
