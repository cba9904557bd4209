/**
 * The built index is not committed: only its sources are (`sources/*.txt`,
 * `reports/*.json`, one small file a report), so adding a report changes one
 * small file in git rather than a 60 MiB blob. `index.bin` is built from them
 * on first load, and again whenever they change, then reused.
 *
 * Whether it is current is decided from a stamp of the sources (names, sizes
 * and modification times: a `stat` of each, no reading), written beside the
 * index after each build. Several processes starting at once (replicas, test
 * workers) build it once: the first takes a lock file, the others wait for it.
 * The index itself is written through a temporary file and a rename, so no
 * reader ever sees half of it.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.ts';
import { buildIndex, type BuildSummary } from './build-index.ts';
import { INDEX_FILE_NAME, IndexLoadError } from './index-file.ts';
import { REPORTS_DIR, SOURCES_DIR, sourcesStamp, STAMP_FILE_NAME } from './sources.ts';

const LOCK_FILE_NAME = '.index.lock';
/** A lock older than this is left over from a build that died. */
const STALE_LOCK_MS = 5 * 60_000;

async function isCurrent(indexDir: string, stamp: string): Promise<boolean> {
  const recorded = await readFile(path.join(indexDir, STAMP_FILE_NAME), 'utf8').catch(() => null);
  if (recorded !== stamp) return false;
  return stat(path.join(indexDir, INDEX_FILE_NAME)).then(
    () => true,
    () => false,
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the build lock, waiting while another live process holds it. */
async function lock(indexDir: string): Promise<() => Promise<void>> {
  const file = path.join(indexDir, LOCK_FILE_NAME);
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await stat(file).catch(() => null);
      if (held !== null && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(file, { force: true });
      else await sleep(200);
    }
  }
}

export interface EnsureIndexResult {
  /** Whether this call built the index (false: it was current, or another process built it). */
  built: boolean;
  summary: BuildSummary | null;
  ms: number;
}

/**
 * Makes sure `<indexDir>/index.bin` is built from the sources now in
 * `indexDir`, building it if not. Returns quickly when it is current.
 */
export async function ensureIndex(indexDir: string, logger?: Logger): Promise<EnsureIndexResult> {
  const started = performance.now();
  const stamp = await sourcesStamp(indexDir);
  if (await isCurrent(indexDir, stamp)) return { built: false, summary: null, ms: performance.now() - started };
  if (!stamp.includes('\n')) {
    // No sources: nothing to build from. A prebuilt index.bin alone is still loaded.
    const prebuilt = await stat(path.join(indexDir, INDEX_FILE_NAME)).then(() => true, () => false);
    if (prebuilt) return { built: false, summary: null, ms: performance.now() - started };
    throw new IndexLoadError(
      `index: no prebuilt index at ${path.join(indexDir, INDEX_FILE_NAME)} and no reports to build one from in ${indexDir} (expected ${SOURCES_DIR}/*.txt or ${REPORTS_DIR}/*.json). Run \`npm run ingest\` or point INDEX_DIR at an index directory.`,
    );
  }
  const release = await lock(indexDir);
  try {
    // Another process may have built it while this one waited for the lock.
    if (await isCurrent(indexDir, await sourcesStamp(indexDir))) return { built: false, summary: null, ms: performance.now() - started };
    logger?.info({ indexDir }, 'building the search index from the shipped reports (first start, or the reports changed)');
    const summary = await buildIndex(indexDir);
    const ms = performance.now() - started;
    logger?.info({ reports: summary.reports, paragraphs: summary.paragraphs, ms: Math.round(ms) }, 'search index built');
    return { built: true, summary, ms };
  } finally {
    await release();
  }
}
