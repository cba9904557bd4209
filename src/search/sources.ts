/**
 * The sources an index is built from, under an index directory:
 * `sources/*.txt` (extracted report texts, parsed at build time) and
 * `reports/*.json` (reports parsed from PDFs by `npm run ingest`).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model.ts';
import { parseSourceDir } from '../parse/parse-report-text.ts';
import { INDEX_FORMAT_VERSION } from './index-file.ts';
import { PIPELINE_VERSION } from './pipeline.ts';

export const SOURCES_DIR = 'sources';
export const REPORTS_DIR = 'reports';

/** The key two copies of one inspection share (text and PDF of Bury 2025, say). */
export function inspectionKey(report: Pick<Report, 'authority' | 'kind' | 'inspectionStart'>): string {
  return `${report.authority.toLowerCase()}|${report.kind}|${report.inspectionStart ?? 'undated'}`;
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

/** sha256 over every source file's name and bytes, plus the format and pipeline versions. */
export async function hashSources(indexDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format ${INDEX_FORMAT_VERSION} pipeline ${PIPELINE_VERSION}\n`);
  for (const sub of [SOURCES_DIR, REPORTS_DIR]) {
    const dir = path.join(indexDir, sub);
    for (const name of await listFiles(dir, sub === SOURCES_DIR ? '.txt' : '.json')) {
      hash.update(`${sub}/${name}\n`);
      hash.update(await readFile(path.join(dir, name)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/** Beside `index.bin`: the stamp of the sources it was built from (see ensure-index.ts). */
export const STAMP_FILE_NAME = 'index.stamp';

/**
 * The sources' names, sizes and modification times, with the format and
 * pipeline versions: a cheap fingerprint (a `stat` of each file, no reading)
 * that changes whenever a source is added, removed or edited.
 */
export async function sourcesStamp(indexDir: string): Promise<string> {
  const parts = [`format ${INDEX_FORMAT_VERSION} pipeline ${PIPELINE_VERSION}`];
  for (const sub of [SOURCES_DIR, REPORTS_DIR]) {
    const dir = path.join(indexDir, sub);
    const names = await listFiles(dir, sub === SOURCES_DIR ? '.txt' : '.json');
    const stats = await Promise.all(names.map((n) => stat(path.join(dir, n))));
    names.forEach((n, i) => parts.push(`${sub}/${n} ${stats[i]?.size} ${Math.round(stats[i]?.mtimeMs ?? 0)}`));
  }
  return parts.join('\n');
}

/**
 * Every report in an index directory: the parsed text sources first (they
 * win over a PDF of the same inspection), then the stored PDF reports.
 */
export async function loadSourceReports(indexDir: string): Promise<{ reports: Report[]; duplicates: string[] }> {
  const texts = await parseSourceDir(path.join(indexDir, SOURCES_DIR));
  const stored: Report[] = [];
  const reportsDir = path.join(indexDir, REPORTS_DIR);
  for (const name of await listFiles(reportsDir, '.json')) {
    const report = JSON.parse(await readFile(path.join(reportsDir, name), 'utf8')) as Report;
    // Reports stored before the focused-visit and download-address fields existed.
    stored.push({ ...report, themes: report.themes ?? [], url: report.url ?? null });
  }
  const byKey = new Map<string, Report>();
  const seenIds = new Set<string>();
  const reports: Report[] = [];
  const duplicates: string[] = [];
  for (const report of [...texts, ...stored]) {
    const key = inspectionKey(report);
    const kept = byKey.get(key);
    if (kept !== undefined || seenIds.has(report.id)) {
      duplicates.push(`${report.source} (same inspection as ${kept?.id ?? report.id})`);
      // A text extract prints no publication date or address; the PDF of the same inspection does.
      if (kept !== undefined) {
        kept.published ??= report.published;
        kept.url ??= report.url;
      }
      continue;
    }
    byKey.set(key, report);
    seenIds.add(report.id);
    reports.push(report);
  }
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { reports, duplicates };
}

