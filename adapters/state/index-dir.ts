/**
 * Where the running bot keeps its search index, apart from what ships.
 *
 * What ships is read-only: the code, and the reports in `index-data/`
 * (`sources/*.txt`, `reports/*.json`, and the index built from them when the
 * image or the install built one). What the service writes lives under one
 * writable directory, DATA_DIR: the embedded store, and `DATA_DIR/index` —
 * the reports `npm run update` downloads, the index built from all of them,
 * and the locks and ledger that go with it.
 *
 * `DATA_DIR/index` is kept in step with the shipped reports at every start
 * ({@link prepareIndexDir}): a shipped report it lacks, or whose copy differs,
 * is copied in; one shipped by an earlier release and dropped since is
 * removed (a manifest records what came from the release); downloaded
 * reports are left alone. When it then holds exactly the shipped reports and
 * the release's index is built, that index is copied rather than rebuilt;
 * otherwise it is built here, once, with a progress line.
 *
 * INDEX_DIR names an index directory to use as it is instead (tests, a
 * corpus of one's own): nothing is copied into it.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../src/logger.ts';
import { ensureIndex } from '../../src/search/ensure-index.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';
import { REPORTS_DIR, SOURCES_DIR, sourcesStamp, STAMP_FILE_NAME } from '../../src/search/sources.ts';
import { startBuildProgress, type ProgressSink } from './build-progress.ts';

/** The index directory a command uses, and the shipped reports it follows (null: INDEX_DIR, used as it is). */
export interface IndexLocation {
  dir: string;
  shipped: string | null;
}

/** The index directory under DATA_DIR. */
export const STATE_INDEX_DIR = 'index';
/** In `DATA_DIR/index`: the files copied from the release, so a later release can remove the ones it dropped. */
const MANIFEST_FILE = '.shipped.json';
/** Files compared and copied at once. */
const COPY_WORKERS = 8;

/** INDEX_DIR when set; otherwise `<DATA_DIR>/index`, following the shipped reports in `index-data/`. */
export function indexLocation(dirs: { indexDir: string | null; dataDir: string }): IndexLocation {
  if (dirs.indexDir !== null) return { dir: path.resolve(dirs.indexDir), shipped: null };
  return { dir: path.resolve(dirs.dataDir, STATE_INDEX_DIR), shipped: DEFAULT_INDEX_DIR };
}

async function listSources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const [sub, extension] of [[SOURCES_DIR, '.txt'], [REPORTS_DIR, '.json']] as const) {
    const names = await readdir(path.join(dir, sub)).catch(() => [] as string[]);
    for (const name of names.sort()) if (name.endsWith(extension)) out.push(`${sub}/${name}`);
  }
  return out;
}

/** Copy `from` to `to` through a temporary file and a rename, keeping its modification time (the index stamp compares it). */
async function copyKeepingTime(from: string, to: string): Promise<void> {
  const temporary = `${to}.${process.pid}.copying`;
  try {
    await copyFile(from, temporary);
    const { atime, mtime } = await stat(from);
    await utimes(temporary, atime, mtime);
    await rename(temporary, to);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.size === y.size && Math.round(x.mtimeMs) === Math.round(y.mtimeMs);
}

async function readManifest(dir: string): Promise<string[]> {
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export interface SyncSummary {
  copied: number;
  removed: number;
  /** Whether the release's built index was copied in (so no build is needed). */
  indexCopied: boolean;
}

/** Bring `dir`'s copy of the shipped reports in step with `shipped` (see the module comment). */
export async function syncShippedReports(dir: string, shipped: string): Promise<SyncSummary> {
  const files = await listSources(shipped);
  await mkdir(path.join(dir, SOURCES_DIR), { recursive: true });
  await mkdir(path.join(dir, REPORTS_DIR), { recursive: true });
  let copied = 0;
  let removed = 0;
  // A few at a time: a new DATA_DIR copies every shipped report (about 800 files).
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (await sameFile(path.join(shipped, file), path.join(dir, file))) continue;
      await copyKeepingTime(path.join(shipped, file), path.join(dir, file));
      copied += 1;
    }
  };
  await Promise.all(Array.from({ length: COPY_WORKERS }, worker));
  const now = new Set(files);
  for (const file of await readManifest(dir)) {
    // Only names of the form the manifest writes: never a path out of the directory.
    if (now.has(file) || !/^(sources|reports)\/[^/\\]+$/.test(file)) continue;
    await rm(path.join(dir, file), { force: true });
    removed += 1;
  }
  const manifest = path.join(dir, MANIFEST_FILE);
  await writeFile(`${manifest}.${process.pid}`, `${JSON.stringify(files)}\n`);
  await rename(`${manifest}.${process.pid}`, manifest);

  // The release's index fits when both directories hold the same sources (names, sizes, times).
  let indexCopied = false;
  const [ours, theirs, theirRecorded, ourRecorded] = await Promise.all([
    sourcesStamp(dir),
    sourcesStamp(shipped),
    readFile(path.join(shipped, STAMP_FILE_NAME), 'utf8').catch(() => null),
    readFile(path.join(dir, STAMP_FILE_NAME), 'utf8').catch(() => null),
  ]);
  if (ourRecorded !== ours && ours === theirs && theirRecorded === theirs) {
    // Every file the build writes beside the sources (index.json and whatever else), the stamp last.
    const entries = await readdir(shipped, { withFileTypes: true });
    const built = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== STAMP_FILE_NAME).map((e) => e.name);
    for (const name of [...built, STAMP_FILE_NAME]) await copyKeepingTime(path.join(shipped, name), path.join(dir, name));
    indexCopied = true;
  }
  return { copied, removed, indexCopied };
}

export interface PrepareOptions {
  logger?: Logger;
  /** Where the first-start progress goes (default: the terminal when stderr is one, else the logger). */
  progress?: ProgressSink;
}

/**
 * Make `location.dir` ready to load: in step with the shipped reports (when
 * it follows them), and its index built — saying so while it builds, since a
 * first start otherwise sits silent for about ten seconds.
 */
export async function prepareIndexDir(location: IndexLocation, options: PrepareOptions = {}): Promise<void> {
  const { logger } = options;
  if (location.shipped !== null) {
    const started = performance.now();
    const summary = await syncShippedReports(location.dir, location.shipped);
    if (summary.copied + summary.removed > 0 || summary.indexCopied) {
      logger?.info({ indexDir: location.dir, ...summary, ms: Math.round(performance.now() - started) }, 'index directory brought in step with the shipped reports');
    }
  }
  const stamp = await sourcesStamp(location.dir);
  const recorded = await readFile(path.join(location.dir, STAMP_FILE_NAME), 'utf8').catch(() => null);
  // Current, or no sources at all (a prebuilt index.json alone, or nothing: loading says what is missing).
  if (recorded === stamp || !stamp.includes('\n')) return;
  const progress = startBuildProgress(options.progress ?? (process.stderr.isTTY ? 'terminal' : logger ?? 'terminal'));
  try {
    const result = await ensureIndex(location.dir, logger);
    progress.done(result.summary === null ? null : { reports: result.summary.reports, ms: result.ms });
  } catch (error) {
    progress.failed();
    throw error;
  }
}
