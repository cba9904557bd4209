import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.ts';
import { ask } from '../../src/query/ask.ts';
import { createContext } from '../../src/query/context.ts';
import { buildIndexParts, serialiseIndexFile } from '../../src/search/build-index.ts';
import { DEFAULT_INDEX_DIR, INDEX_FILE_NAME, type IndexFile } from '../../src/search/index-file.ts';
import { unpackLunr } from '../../src/search/packed-lunr.ts';
import { registerPipeline } from '../../src/search/pipeline.ts';
import { hashSources, loadSourceReports } from '../../src/search/sources.ts';

const questions = (JSON.parse(await readFile(path.join(import.meta.dirname, '../../scripts/dev-questions.json'), 'utf8')) as {
  questions: Array<{ question: string }>;
}).questions.map((q) => q.question);

let built: ReturnType<typeof buildIndexParts>;
let committed: string;
let scratch: string;

beforeAll(async () => {
  const { reports } = await loadSourceReports(DEFAULT_INDEX_DIR);
  built = buildIndexParts(reports, await hashSources(DEFAULT_INDEX_DIR));
  committed = await readFile(path.join(DEFAULT_INDEX_DIR, INDEX_FILE_NAME), 'utf8');
  scratch = await mkdtemp(path.join(tmpdir(), 'ofsted-index-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the prebuilt index', () => {
  it('is up to date with its sources (run `npm run build-index` if this fails)', () => {
    const fresh = serialiseIndexFile(built.file);
    const stale = JSON.parse(committed) as IndexFile;
    expect(stale.sourceHash, 'index-data/index.json was built from other sources: run `npm run build-index`').toBe(built.file.sourceHash);
    expect(fresh === committed, 'index-data/index.json is stale: run `npm run build-index` and commit it').toBe(true);
  });

  it('builds deterministically: the same sources give byte-identical output', async () => {
    const { reports } = await loadSourceReports(DEFAULT_INDEX_DIR);
    const again = buildIndexParts(reports, built.file.sourceHash);
    expect(serialiseIndexFile(again.file)).toBe(serialiseIndexFile(built.file));
  });

  it('answers exactly the same after a save and reload', () => {
    registerPipeline();
    const reloadedFile = JSON.parse(serialiseIndexFile(built.file)) as IndexFile;
    const fresh = createContext(built.file, built.index);
    const reloaded = createContext(reloadedFile, unpackLunr(reloadedFile.lunr));
    for (const question of [...questions, 'LADO', 'care leavers Southend', 'Bury 2016 siblings']) {
      expect(ask(reloaded, question, { limit: 10 })).toEqual(ask(fresh, question, { limit: 10 }));
    }
  });

  it('refuses an index of another format version, saying what to do', async () => {
    const file = { ...(JSON.parse(committed) as IndexFile), version: 999 };
    await writeFile(path.join(scratch, INDEX_FILE_NAME), JSON.stringify(file));
    await expect(loadCorpus({ indexDir: scratch })).rejects.toThrow(
      /has format version 999, but this code reads version 2\. Run `npm run build-index`/,
    );
  });

  it('says what to do when there is no index', async () => {
    await expect(loadCorpus({ indexDir: path.join(scratch, 'nothing-here') })).rejects.toThrow(/no prebuilt index at .*npm run build-index/);
  });

  it('never throws: an unexpected error is logged in full and answered with an apology', async () => {
    const logged: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, unknown>) });
    const corpus = await loadCorpus({ logger });
    const broken = {
      get limit(): number {
        throw new Error('boom');
      },
    };
    const answer = corpus.ask('LADO Bury', broken);
    expect(answer.results).toEqual([]);
    expect(answer.message).toBe('Sorry, something went wrong answering that (Error).');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: 'query core failed', call: 'ask', input: 'LADO Bury', err: { message: 'boom' } });
    expect(String((logged[0]?.['err'] as { stack?: string }).stack)).toContain('boom');
  });

  it('is loaded from INDEX_DIR when set', async () => {
    await writeFile(path.join(scratch, INDEX_FILE_NAME), committed);
    const before = process.env['INDEX_DIR'];
    process.env['INDEX_DIR'] = scratch;
    try {
      const corpus = await loadCorpus();
      expect(corpus.reports().length).toBe((JSON.parse(committed) as IndexFile).reports.length);
    } finally {
      if (before === undefined) delete process.env['INDEX_DIR'];
      else process.env['INDEX_DIR'] = before;
    }
  });
});
