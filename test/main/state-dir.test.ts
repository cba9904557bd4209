/**
 * What ships stays read-only; what the bot writes is under DATA_DIR
 * (adapters/state/index-dir.ts). A small "release" (a few of the real
 * reports and their built index) stands in for index-data/: a new DATA_DIR
 * gets the reports and the release's index copied in, not rebuilt; a
 * downloaded report makes it build there, saying so; a later release's added
 * and dropped reports are followed while downloads are kept; and nothing is
 * ever written into the release's directory.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLocation, prepareIndexDir } from '../../adapters/state/index-dir.ts';
import { BUILDING_MESSAGE } from '../../adapters/state/build-progress.ts';
import { loadCorpus } from '../../src/index.ts';
import { buildIndex } from '../../src/search/build-index.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';

const reportFile = (id: string): string => path.join(DEFAULT_INDEX_DIR, 'reports', `${id}.json`);

/** A release directory holding bundled reports `ids` and the index built from them. */
async function release(ids: readonly string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ofsted-release-'));
  mkdirSync(path.join(dir, 'reports'));
  for (const id of ids) cpSync(reportFile(id), path.join(dir, 'reports', `${id}.json`), { preserveTimestamps: true });
  await buildIndex(dir);
  return dir;
}

/** Every file under `dir` with its size and modification time. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const s = statSync(file);
      return `${path.relative(dir, file)} ${s.size} ${s.mtimeMs}`;
    })
    .sort();
}

/** A progress sink that keeps what it was told. */
function sink(): { write(text: string): void; text: () => string } {
  let text = '';
  return { write: (chunk: string) => void (text += chunk), text: () => text };
}

describe('the state directory', () => {
  it('INDEX_DIR is used as it is; otherwise the index lives in DATA_DIR/index, following the shipped reports', () => {
    expect(indexLocation({ indexDir: '/srv/my-index', dataDir: './data' })).toEqual({ dir: '/srv/my-index', shipped: null });
    expect(indexLocation({ indexDir: null, dataDir: '/var/lib/ofsted-bot' })).toEqual({ dir: '/var/lib/ofsted-bot/index', shipped: DEFAULT_INDEX_DIR });
  });

  it('copies a release in, builds only for downloads, follows the next release, and never writes to the release', async () => {
    const shipped = await release(['bury-2021', 'wiltshire-2019', 'leeds-2022']);
    const before = snapshot(shipped);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ofsted-state-'));
    const location = { dir: path.join(dataDir, 'index'), shipped };

    // A new DATA_DIR: the release's reports and its built index are copied, nothing is built.
    const first = sink();
    await prepareIndexDir(location, { progress: first });
    expect(first.text()).toBe('');
    expect(readdirSync(path.join(location.dir, 'reports')).sort()).toEqual(['bury-2021.json', 'leeds-2022.json', 'wiltshire-2019.json']);
    const corpus = await loadCorpus({ indexDir: location.dir });
    expect(corpus.reports().map((r) => r.id).sort()).toEqual(['bury-2021', 'leeds-2022', 'wiltshire-2019']);

    // `npm run update` downloaded a report: the next start builds here, and says so.
    cpSync(reportFile('birmingham-2018'), path.join(location.dir, 'reports', 'birmingham-2018.json'));
    const second = sink();
    await prepareIndexDir(location, { progress: second });
    expect(second.text()).toContain(BUILDING_MESSAGE);
    expect(second.text()).toMatch(/search index built: 4 reports in \d+\.\d s/);
    // Nothing was written into the release's directory: no index, lock or stamp of the state's.
    expect(snapshot(shipped)).toEqual(before);

    // A later release adds one report and drops another; the download is kept.
    cpSync(reportFile('birmingham-2016'), path.join(shipped, 'reports', 'birmingham-2016.json'));
    rmSync(path.join(shipped, 'reports', 'leeds-2022.json'));
    await buildIndex(shipped);
    const after = snapshot(shipped);
    await prepareIndexDir(location, { progress: sink() });
    expect(readdirSync(path.join(location.dir, 'reports')).sort()).toEqual([
      'birmingham-2016.json',
      'birmingham-2018.json',
      'bury-2021.json',
      'wiltshire-2019.json',
    ]);
    expect((await loadCorpus({ indexDir: location.dir })).reports()).toHaveLength(4);
    expect(snapshot(shipped)).toEqual(after);
  });
});
