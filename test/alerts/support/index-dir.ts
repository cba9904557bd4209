/**
 * A small index directory built from the bundled parsed reports, and
 * "ingesting" one more into it: the report's JSON is stored and the index
 * rebuilt (written atomically, as `npm run ingest` does), which a running
 * bot must notice.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIndex } from '../../../src/search/build-index.ts';
import { DEFAULT_INDEX_DIR } from '../../../src/index.ts';

/** Reports the test indexes start with. */
export const STARTING_REPORTS = ['birmingham-2016', 'birmingham-2018', 'bury-2021', 'wiltshire-2019', 'leeds-2022'];

/** A new index directory holding `ids` (bundled report ids). */
export async function makeIndexDir(ids: readonly string[] = STARTING_REPORTS): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ofsted-index-'));
  mkdirSync(path.join(dir, 'reports'));
  for (const id of ids) copyReport(dir, id);
  await buildIndex(dir);
  return dir;
}

function copyReport(dir: string, id: string, url: string | null = null): void {
  const report = JSON.parse(readFileSync(path.join(DEFAULT_INDEX_DIR, 'reports', `${id}.json`), 'utf8')) as Record<string, unknown>;
  if (url !== null) report['url'] = url;
  writeFileSync(path.join(dir, 'reports', `${id}.json`), JSON.stringify(report));
}

/** Ingest bundled report `id` into `dir` (with a known download address) and rebuild the index. */
export async function ingestReport(dir: string, id: string): Promise<void> {
  copyReport(dir, id, `https://files.ofsted.gov.uk/v1/file/${id}.pdf`);
  await buildIndex(dir);
}

/** Ingest several bundled reports into `dir` with one index rebuild. */
export async function ingestReportsAtOnce(dir: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) copyReport(dir, id, `https://files.ofsted.gov.uk/v1/file/${id}.pdf`);
  await buildIndex(dir);
}
