/**
 * Vitest global setup: the index is built from the shipped reports on first
 * load (src/search/ensure-index.ts). Building it here, once, keeps every test
 * worker from waiting on the build lock at its first load.
 */
import { ensureIndex } from '../src/search/ensure-index.ts';
import { DEFAULT_INDEX_DIR } from '../src/search/index-file.ts';

export async function setup(): Promise<void> {
  await ensureIndex(DEFAULT_INDEX_DIR);
}
