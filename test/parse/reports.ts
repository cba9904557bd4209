/**
 * The five shipped text reports, parsed once for all parser tests and found
 * by the id the parser gives them (file names say nothing about content).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Paragraph, Report } from '../../src/model.ts';
import { parseSourceDir } from '../../src/parse/parse-report-text.ts';

export const SOURCES_DIR = fileURLToPath(new URL('../../index-data/sources', import.meta.url));

let parsed: Promise<Report[]> | null = null;

/** All reports in index-data/sources, parsed once. */
export function allReports(): Promise<Report[]> {
  parsed ??= parseSourceDir(SOURCES_DIR);
  return parsed;
}

/** The report with `id`, or a failed expectation naming the ids there are. */
export async function reportById(id: string): Promise<Report> {
  const reports = await allReports();
  const report = reports.find((r) => r.id === id);
  if (!report) throw new Error(`test: expected a report "${id}", found ${reports.map((r) => r.id).join(', ')}`);
  return report;
}

/** The paragraph labelled `label` in `report`. */
export function para(report: Report, label: string): Paragraph {
  const p = report.paragraphs.find((x) => x.label === label);
  if (!p) throw new Error(`test: expected paragraph "${label}" in ${report.id}`);
  return p;
}

/** The printed numbers of the report's numbered paragraphs of `kind`, in reading order. */
export function numbersOf(report: Report, kind?: Paragraph['kind']): number[] {
  return report.paragraphs.filter((p) => p.number !== null && (kind === undefined || p.kind === kind)).map((p) => p.number ?? 0);
}

/** 1..n style ranges for comparisons. */
export function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The raw text of the source whose parsed id is `id`. */
export async function rawSource(id: string): Promise<string> {
  const report = await reportById(id);
  const name = report.source.split('/').pop() ?? '';
  const names = await readdir(SOURCES_DIR);
  if (!names.includes(name)) throw new Error(`test: expected ${name} in ${SOURCES_DIR}`);
  return readFile(join(SOURCES_DIR, name), 'utf8');
}
