import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.ts';
import { ask } from '../../src/query/ask.ts';
import { createContext } from '../../src/query/context.ts';
import { buildIndex, buildIndexParts, serialiseIndexFile } from '../../src/search/build-index.ts';
import { ensureIndex } from '../../src/search/ensure-index.ts';
import { decodeIndexFile, expandIndexFile } from '../../src/search/index-binary.ts';
import { DEFAULT_INDEX_DIR, INDEX_FILE_NAME, LEGACY_INDEX_FILE_NAME, loadIndexFile } from '../../src/search/index-file.ts';
import { hashSources, loadSourceReports, REPORTS_DIR, SOURCES_DIR, STAMP_FILE_NAME } from '../../src/search/sources.ts';

const questions = (JSON.parse(await readFile(path.join(import.meta.dirname, '../../scripts/dev-set/legacy.json'), 'utf8')) as {
  questions: Array<{ question: string }>;
}).questions.map((q) => q.question);

let built: ReturnType<typeof buildIndexParts>;
let committed: Buffer;
let scratch: string;
/** A small index directory: the text sources and a dozen stored reports, so builds here take a second. */
let small: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'ofsted-index-'));
  small = path.join(scratch, 'small');
  await cp(path.join(DEFAULT_INDEX_DIR, SOURCES_DIR), path.join(small, SOURCES_DIR), { recursive: true });
  await mkdir(path.join(small, REPORTS_DIR), { recursive: true });
  const names = (await readdir(path.join(DEFAULT_INDEX_DIR, REPORTS_DIR))).filter((n) => /^(?:bury|southend|somerset|leeds)-/.test(n));
  for (const name of names) await cp(path.join(DEFAULT_INDEX_DIR, REPORTS_DIR, name), path.join(small, REPORTS_DIR, name));
  const { reports } = await loadSourceReports(small);
  built = buildIndexParts(reports, await hashSources(small));
  await buildIndex(small);
  committed = await readFile(path.join(small, INDEX_FILE_NAME));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the index built from the shipped reports', () => {
  it('is built on first load, reused while the reports are unchanged, and rebuilt when one changes', async () => {
    const dir = path.join(scratch, 'first-load');
    await cp(small, dir, { recursive: true });
    await rm(path.join(dir, INDEX_FILE_NAME));
    await rm(path.join(dir, STAMP_FILE_NAME));
    expect((await ensureIndex(dir)).built).toBe(true);
    expect((await readFile(path.join(dir, INDEX_FILE_NAME))).equals(committed)).toBe(true);
    expect((await ensureIndex(dir)).built).toBe(false);
    // A report removed (as a newer ingest might replace one): the next load rebuilds without it.
    // A report that only a PDF gives (a text source of the same inspection would keep it in the index).
    const [first] = (await readdir(path.join(dir, REPORTS_DIR))).filter((n) => n.startsWith('leeds-')).sort();
    await rm(path.join(dir, REPORTS_DIR, first as string));
    expect((await ensureIndex(dir)).built).toBe(true);
    const corpus = await loadCorpus({ indexDir: dir });
    expect(corpus.reports().map((r) => r.id)).not.toContain((first as string).replace(/\.json$/, ''));
  });

  it('is built once when several loads start together', async () => {
    const dir = path.join(scratch, 'together');
    await cp(small, dir, { recursive: true });
    await rm(path.join(dir, STAMP_FILE_NAME));
    const results = await Promise.all([ensureIndex(dir), ensureIndex(dir), ensureIndex(dir)]);
    expect(results.filter((r) => r.built)).toHaveLength(1);
  });

  it('builds deterministically: the same sources give byte-identical output', async () => {
    const { reports } = await loadSourceReports(small);
    const again = buildIndexParts(reports, built.file.sourceHash);
    expect(serialiseIndexFile(again.file).equals(serialiseIndexFile(built.file))).toBe(true);
    expect(serialiseIndexFile(built.file).equals(committed)).toBe(true);
  });

  it('holds exactly what was built: every paragraph, report and posting, and Lunr’s weights to the last bit', () => {
    const { format, version, ...content } = built.file;
    expect([format, version]).toEqual(['ofsted-bot-index', 3]);
    expect(JSON.stringify(expandIndexFile(decodeIndexFile(committed, 'index.bin')))).toBe(JSON.stringify(content));
    // Bytes that do not start at a multiple of 8 in their buffer (typed arrays cannot lie on them) read the same.
    const shifted = Buffer.alloc(committed.length + 3);
    committed.copy(shifted, 3);
    expect(JSON.stringify(expandIndexFile(decodeIndexFile(shifted.subarray(3), 'index.bin')))).toBe(JSON.stringify(content));
  });

  it('answers exactly the same after a save and reload', async () => {
    const fresh = createContext(built.file, built.index);
    const { file, index } = await loadIndexFile(small);
    const reloaded = createContext(file, index);
    // The loaded paragraphs are views over the file's bytes; they read as the built ones.
    expect(JSON.parse(JSON.stringify(file.paragraphs.slice(0, 50)))).toEqual(built.file.paragraphs.slice(0, 50));
    for (const question of [...questions, 'LADO', 'care leavers Southend', 'Bury 2016 siblings']) {
      expect(ask(reloaded, question, { limit: 10 })).toEqual(ask(fresh, question, { limit: 10 }));
    }
  });

  it('refuses an index of another format version, saying what to do', async () => {
    const other = Buffer.from(committed);
    other.writeUInt32LE(999, 16);
    await writeFile(path.join(scratch, INDEX_FILE_NAME), other);
    await expect(loadCorpus({ indexDir: scratch })).rejects.toThrow(
      /has format version 999, but this code reads version 3\. Run `npm run build-index`/,
    );
  });

  it('refuses a file that is not an index, or one cut short, saying what to do', async () => {
    await writeFile(path.join(scratch, INDEX_FILE_NAME), '{"format":"ofsted-bot-index","version":2}\n');
    await expect(loadCorpus({ indexDir: scratch })).rejects.toThrow(/is not an ofsted-bot index .* Run `npm run build-index`/);
    await writeFile(path.join(scratch, INDEX_FILE_NAME), committed.subarray(0, committed.length - 1000));
    await expect(loadCorpus({ indexDir: scratch })).rejects.toThrow(/is damaged or cut short \(column text runs past the end\)\. Run `npm run build-index`/);
  });

  it('is rebuilt when it was built in another format, and the old index.json is removed', async () => {
    const dir = path.join(scratch, 'format-2');
    await cp(small, dir, { recursive: true });
    await rm(path.join(dir, INDEX_FILE_NAME));
    // What format 2 left: its JSON index, and a stamp naming its format.
    await writeFile(path.join(dir, LEGACY_INDEX_FILE_NAME), '{"format":"ofsted-bot-index","version":2}\n');
    const stamp = await readFile(path.join(dir, STAMP_FILE_NAME), 'utf8');
    await writeFile(path.join(dir, STAMP_FILE_NAME), stamp.replace(/^format 3 /, 'format 2 '));
    expect((await ensureIndex(dir)).built).toBe(true);
    expect((await readFile(path.join(dir, INDEX_FILE_NAME))).equals(committed)).toBe(true);
    await expect(readFile(path.join(dir, LEGACY_INDEX_FILE_NAME))).rejects.toThrow(/ENOENT/);
  });

  it('says what to do when there is no index', async () => {
    await expect(loadCorpus({ indexDir: path.join(scratch, 'nothing-here') })).rejects.toThrow(/no prebuilt index at .* and no reports to build one from/);
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
      expect(corpus.reports().length).toBe(built.file.reports.length);
    } finally {
      if (before === undefined) delete process.env['INDEX_DIR'];
      else process.env['INDEX_DIR'] = before;
    }
  });
});
