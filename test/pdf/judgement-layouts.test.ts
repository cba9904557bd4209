/**
 * The judgement-table reader on the family of layouts unseen reports print
 * (issue #18): each committed fixture's real table rearranged (two rows
 * joined in one line, a row split over lines, a grade above or below its
 * area or on the next page, numbering, the overall grade in a sentence) must
 * read to exactly the grades of the table as printed. A table that cannot be
 * read is kept with its paragraphs, its grades marked unread with the reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/model.ts';
import { extractLayout, type DocumentLayout } from '../../src/pdf/extract-layout.ts';
import { parseLayout } from '../../src/pdf/parse-pdf.ts';
import { readJudgements } from '../../src/pdf/report-judgements.ts';
import { FIXTURES } from './helpers.ts';
import { statementVariants, tableOf, variantsOf, type Variant } from './layout-variants.ts';

const layoutOf = async (name: string): Promise<DocumentLayout> => extractLayout(new Uint8Array(readFileSync(path.join(FIXTURES, name))));

const exact = (js: readonly Judgement[]): string[] => js.map((j) => `${j.area} | ${j.areaKey} | ${j.grade} | ${j.gradeKey}`);
/** Where the overall grade moved between a cell and a sentence, its area reads differently: the grades must not. */
const keys = (js: readonly Judgement[]): string[] => js.map((j) => `${j.areaKey} | ${j.gradeKey}`);

/** Every variant read, and the grade cells (judgements) read exactly, out of all. */
function readAll(kind: 'ilacs' | 'sif' | 'lac-2012', variants: readonly Variant[], printed: readonly Judgement[]): { cells: number; exactCells: number; wrong: string[] } {
  let cells = 0;
  let exactCells = 0;
  const wrong: string[] = [];
  for (const v of variants) {
    const read = readJudgements(kind, v.layout);
    const want = v.overallMoved === true ? keys(printed) : exact(printed);
    const got = v.overallMoved === true ? keys(read.judgements) : exact(read.judgements);
    cells += want.length;
    exactCells += want.filter((w, i) => got[i] === w).length;
    if (JSON.stringify(got) !== JSON.stringify(want) || read.unread !== undefined) wrong.push(`${v.name}: ${read.unread ?? JSON.stringify(got)}`);
  }
  return { cells, exactCells, wrong };
}

describe('judgement tables in every layout of the family, from the fixtures’ real tables', () => {
  it('a reformed 2026 table (four areas, no overall): every variant reads exactly', { timeout: 60_000 }, async () => {
    const layout = await layoutOf('somerset-2026.pdf');
    const printed = readJudgements('ilacs', layout);
    expect(printed.judgements).toHaveLength(4);
    const variants = variantsOf(layout, printed, 'ilacs');
    const { wrong, cells } = readAll('ilacs', variants, printed.judgements);
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(100);
  });

  it('an ILACS table with its grades centred against wrapped areas (Wiltshire 2019), the overall in a sentence too', { timeout: 60_000 }, async () => {
    const layout = await layoutOf('wiltshire-2019.pdf');
    const printed = readJudgements('ilacs', layout);
    expect(keys(printed.judgements)).toEqual(['leadership | good', 'help-and-protection | good', 'children-in-care-and-care-leavers | good', 'overall | good']);
    const variants = variantsOf(layout, printed, 'ilacs');
    expect(variants.filter((v) => v.overallMoved === true)).toHaveLength(2);
    expect(readAll('ilacs', variants, printed.judgements).wrong).toEqual([]);

    // A table that cannot be read (a grade lost: four areas, three grades) is kept with its paragraphs, its grades unread.
    const whole = parseLayout(layout, 'wiltshire-2019.pdf');
    const gradeX = tableOf(layout.lines, printed.start, printed.end).gradeX;
    const second = layout.lines.findIndex((l, i) => i >= printed.start && l.cells.some((c) => c.x === gradeX) && i > layout.lines.findIndex((m, k) => k >= printed.start && m.cells.some((c) => c.x === gradeX)));
    const lost = { ...layout, lines: layout.lines.map((l, i) => (i === second ? { ...l, cells: l.cells.filter((c) => c.x !== gradeX), text: l.cells.filter((c) => c.x !== gradeX).map((c) => c.text).join(' ') } : l)) };
    const report = parseLayout(lost, 'wiltshire-2019.pdf');
    expect(report.gradesUnread).toMatch(/^expected a grade for each area of the judgement table, read \d areas? \(.*\) and 3 grades \(Good, Good, Good\)$/);
    expect(report.judgements).toEqual([]);
    expect(report.kind).toBe('ilacs');
    expect(report.paragraphs).toEqual(whole.paragraphs);
    expect(whole.gradesUnread).toBeUndefined();
  });

  it('a SIF table with wrapped grades above and below its numbered areas (Blackpool 2014), and its overall statement reworded', { timeout: 60_000 }, async () => {
    const layout = await layoutOf('blackpool-2014.pdf');
    const printed = readJudgements('sif', layout);
    expect(keys(printed.judgements)).toEqual([
      'overall | requires-improvement',
      'help-and-protection | requires-improvement',
      'children-in-care | requires-improvement',
      'adoption | requires-improvement',
      'care-leavers | requires-improvement',
      'leadership | requires-improvement',
    ]);
    // The table is read after the overall statement: its rows are the five areas.
    expect(tableOf(layout.lines, printed.start, printed.end).rows).toHaveLength(5);
    const variants = [...variantsOf(layout, printed, 'sif'), ...statementVariants(layout, printed, 'Blackpool', 'Requires improvement')];
    expect(variants.filter((v) => v.overallMoved === true)).toHaveLength(6);
    expect(readAll('sif', variants, printed.judgements).wrong).toEqual([]);
  });

  it('a 2013 "Record of main findings" (Norfolk 2013), unnumbered and with a wrapped area', { timeout: 60_000 }, async () => {
    const layout = await layoutOf('norfolk-2013.pdf');
    const printed = readJudgements('lac-2012', layout);
    expect(printed.judgements).toHaveLength(5);
    expect(readAll('lac-2012', variantsOf(layout, printed, 'lac'), printed.judgements).wrong).toEqual([]);
  });
});
