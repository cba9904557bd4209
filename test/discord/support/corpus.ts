/**
 * The real corpus for Discord tests: the bundled index when it has been
 * built, otherwise one built (by `npm run build-index`'s script) from the
 * bundled sources into a temporary directory, leaving the tree untouched.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_INDEX_DIR, IndexLoadError, loadCorpus } from '../../../src/index.ts';
import type { Corpus } from '../../../src/answer-types.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The loaded corpus, and a cleanup for any temporary index. */
export async function realCorpus(): Promise<{ corpus: Corpus; cleanup(): Promise<void> }> {
  try {
    return { corpus: await loadCorpus({ indexDir: DEFAULT_INDEX_DIR }), cleanup: async () => {} };
  } catch (error) {
    if (!(error instanceof IndexLoadError)) throw error;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'discord-test-index-'));
  await cp(path.join(DEFAULT_INDEX_DIR, 'sources'), path.join(dir, 'sources'), { recursive: true });
  await run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'build-index.ts'), '--dir', dir], {
    cwd: ROOT,
  });
  return { corpus: await loadCorpus({ indexDir: dir }), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
