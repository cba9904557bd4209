/**
 * Vitest global setup: the index is built from the shipped reports on first
 * load (src/search/ensure-index.ts). Building it here, once, keeps every test
 * worker from waiting on the build lock at its first load. And one throwaway
 * PostgreSQL cluster serves the run's postgres-engine cases
 * (test/store/support/postgres.ts), stopped at the end.
 *
 * Every temporary directory a test, a process it starts or the cluster makes
 * lands in one directory for the run (TMPDIR, which os.tmpdir() reads and
 * child processes inherit), removed at the end: tests that make index, data
 * and state directories need not each remember to, and a run leaves nothing
 * behind in the machine's /tmp.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureIndex } from '../src/search/ensure-index.ts';
import { DEFAULT_INDEX_DIR } from '../src/search/index-file.ts';
import { startCluster } from './store/support/postgres.ts';

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runTemp = mkdtempSync(path.join(tmpdir(), 'ofsted-test-run-'));
  // Open like /tmp itself: the PostgreSQL cluster's initdb runs as the postgres user when the tests run as root.
  chmodSync(runTemp, 0o1777);
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = runTemp;
  const [cluster] = await Promise.all([startCluster(), ensureIndex(DEFAULT_INDEX_DIR)]);
  if (cluster.url === null) process.stderr.write(`PostgreSQL: ${cluster.note}. The cases on the postgres engine are skipped.\n`);
  project.provide('postgres', { url: cluster.url, note: cluster.note });
  return async () => {
    await cluster.stop();
    rmSync(runTemp, { recursive: true, force: true });
  };
}
