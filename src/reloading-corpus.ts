/**
 * A corpus that follows its index directory: when `<indexDir>/index.bin`
 * changes (a `npm run ingest`, or a newer index installed), the new index is
 * loaded into a new corpus object and swapped in at once. Calls are
 * synchronous, so a question in flight finishes on the corpus it started on;
 * the next one uses the new index. A new index that fails to load is logged
 * and the old one kept.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from './answer-types.ts';
import { loadCorpus } from './index.ts';
import type { Logger } from './logger.ts';
import { defaultIndexDir, INDEX_FILE_NAME } from './search/index-file.ts';

export interface ReloadingCorpus {
  /** A corpus that always answers from the latest loaded index. */
  corpus: Corpus;
  /** The corpus object currently in use. */
  current(): Corpus;
  /** Look at the index now; resolves true when a new index was loaded. */
  check(): Promise<boolean>;
  /** Call `listener` after each reload (errors are logged, never thrown). */
  onReload(listener: (corpus: Corpus) => void | Promise<void>): void;
  stop(): void;
}

export interface ReloadingCorpusOptions {
  /** The index directory (default INDEX_DIR, then the bundled index). */
  indexDir?: string;
  /** How often to look for a new index, in ms (default 10 s). 0: only when `check()` is called. */
  pollMs?: number;
  logger: Logger;
}

/** What identifies one written index file: the build writes a new file and renames it over the old one. */
async function fingerprint(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Load the index and keep following it. */
export async function loadReloadingCorpus(options: ReloadingCorpusOptions): Promise<ReloadingCorpus> {
  const indexDir = options.indexDir ?? defaultIndexDir();
  const file = path.join(indexDir, INDEX_FILE_NAME);
  const { logger } = options;
  let seen = await fingerprint(file);
  let current = await loadCorpus({ indexDir, logger });
  const listeners: Array<(corpus: Corpus) => void | Promise<void>> = [];
  let checking: Promise<boolean> | null = null;

  async function reload(): Promise<boolean> {
    const now = await fingerprint(file);
    if (now === null || now === seen) return false;
    const started = performance.now();
    try {
      const next = await loadCorpus({ indexDir, logger });
      seen = now;
      const before = current.reports().length;
      current = next;
      logger.info({ indexDir, reports: next.reports().length, before, ms: Math.round(performance.now() - started) }, 'index reloaded');
    } catch (error) {
      // Remember it, so a broken file is reported once, not at every poll; a fixed one has a new fingerprint.
      seen = now;
      logger.error({ err: error, indexDir }, 'new index could not be loaded; still answering from the previous one');
      return false;
    }
    for (const listener of listeners) {
      try {
        await listener(current);
      } catch (error) {
        logger.error({ err: error }, 'index reload listener failed');
      }
    }
    return true;
  }

  const check = (): Promise<boolean> => {
    // One check at a time: a slow load must not start a second one.
    checking ??= reload().finally(() => {
      checking = null;
    });
    return checking;
  };

  const pollMs = options.pollMs ?? 10_000;
  const timer = pollMs > 0 ? setInterval(() => void check(), pollMs) : null;
  timer?.unref();

  const corpus: Corpus = {
    ask: (question, askOptions) => current.ask(question, askOptions),
    converse: (question, previous, askOptions) => current.converse(question, previous, askOptions),
    judgements: (query) => current.judgements(query),
    improvements: (authority) => current.improvements(authority),
    paragraph: (reference) => current.paragraph(reference),
    authorities: () => current.authorities(),
    reports: () => current.reports(),
    reportAlert: (reportId, topics) => current.reportAlert(reportId, topics),
    reader: () => current.reader(),
  };
  return {
    corpus,
    current: () => current,
    check,
    onReload: (listener) => void listeners.push(listener),
    stop: () => {
      if (timer !== null) clearInterval(timer);
    },
  };
}
