/**
 * A report whose judgement table could not be read (issue #18) is stored
 * with its paragraphs and its grades marked unread: it still stands as the
 * authority's latest inspection, so an older grade never stands in for it,
 * and every answer says its grades could not be read instead of leaving it
 * out silently.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus, type Report } from '../../src/index.ts';
import { serialiseReport } from '../../src/pdf/ingest.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';

const REASON = 'expected a grade for each area of the judgement table, read 5 areas and 4 grades';
let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'grades-unread-'));
  for (const id of ['bury-2016', 'bury-2021', 'leeds-2025']) cpSync(path.join(DEFAULT_INDEX_DIR, 'reports', `${id}.json`), path.join(dir, 'reports', `${id}.json`));
  // Bury 2025 as ingest stores a report whose table it could not read: its paragraphs, no grades, the reason.
  const bury = JSON.parse(readFileSync(path.join(DEFAULT_INDEX_DIR, 'reports', 'bury-2025.json'), 'utf8')) as Report;
  writeFileSync(path.join(dir, 'reports', 'bury-2025.json'), serialiseReport({ ...bury, judgements: [], gradesUnread: REASON }));
  corpus = await loadCorpus({ indexDir: dir });
}, 60_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('a report whose grades could not be read', () => {
  it('is stored with its paragraphs and the reason', () => {
    const stored = readFileSync(path.join(dir, 'reports', 'bury-2025.json'), 'utf8');
    expect(JSON.parse(stored)).toMatchObject({ judgements: [], gradesUnread: REASON });
    expect(corpus.ask('LADO Bury').results[0]?.reportId).toBe('bury-2025');
  });

  it("stands as Bury's latest inspection, its grades said to be unread, never the 2021 grade in its place", () => {
    const latest = corpus.ask("Bury's latest grade").grades;
    expect(latest?.headline).toMatch(/^Bury's latest graded inspection: Bury 2025 ILACS/);
    expect(latest?.rows).toEqual([]);
    expect(latest?.notes.join(' ')).toContain('Bury 2025 ILACS: the judgement table of this report could not be read');
    const list = corpus.ask('which authorities are inadequate').grades;
    expect(list?.rows.map((r) => r.authority)).not.toContain('Bury');
    expect(list?.notes).toContain('Not counted: Bury (2025 ILACS): the judgement table of the inspection used could not be read.');
    const table = corpus.judgements('Bury');
    expect(table.ok && table.inspections[0]).toMatchObject({ reportId: 'bury-2025', overall: null, judgements: [] });
    expect(table.ok && table.inspections[0]?.gradesUnread).toMatch(/^The judgement table of this report could not be read/);
    // A channel following Bury is told so in the alert, not shown an empty list of grades.
    expect(corpus.reportAlert('bury-2025')).toMatchObject({ grades: [], gradesUnread: expect.stringMatching(/could not be read/) });
    // As at a date before it, the grades then stand as printed.
    expect(corpus.ask("Bury's grade as at 31 March 2025").grades?.rows.map((r) => [r.reportId, r.grade])).toEqual([['bury-2021', 'inadequate']]);
  });
});
