/**
 * The judgements printed at the top of a report PDF, for each framework: the
 * ILACS "Judgement | Grade" table, the SIF's overall statement and numbered
 * table (and its 2014-style LSCB statement), the 2012-2013 "Record of main
 * findings", and a stand-alone LSCB review's statement. The tables are read
 * by position (judgement-table.ts); an overall grade may be printed as a
 * sentence rather than a cell.
 */
import type { Judgement, ReportKind } from '../model.ts';
import { toBlocks } from './blocks.ts';
import type { DocumentLayout, LayoutLine } from './extract-layout.ts';
import { gradesIn } from '../parse/judgement-rows.ts';
import { gradeInSentence, readOverallSentence, readTableRows } from './judgement-table.ts';
import { lscbJudgementOf } from './report-body.ts';

export interface Judgements {
  judgements: Judgement[];
  lscbJudgement: Judgement | null;
  /** Index in the layout's lines of the table's first row (its end where there is no table). */
  start: number;
  /** Index in the layout's lines just after the table (where an ILACS body starts). */
  end: number;
  /** Why the table could not be read, when it could not (the report is kept, its grades marked unread). */
  unread?: string;
}

/** The first line of an ILACS report's body when its table cannot be found: after the title page's lead inspector. */
function afterTitleFields(lines: readonly LayoutLine[]): number {
  const lead = lines.findIndex((l) => l.page === 1 && /^lead inspector\b/i.test(l.text));
  return lead === -1 ? 0 : lead + 1;
}

/**
 * An overall grade printed as a sentence on the first two pages rather than
 * in the table ("Overall effectiveness: good", "Children's services in Bury
 * require improvement to be good"), skipping the lines in `skip`.
 */
function overallSentence(lines: readonly LayoutLine[], bodySize: number, skip: (index: number) => boolean = () => false): Judgement | null {
  const early = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => l.page <= 2 && !skip(i));
  for (const page of [1, 2]) {
    for (const b of toBlocks(early.filter(({ l }) => l.page === page).map(({ l }) => l), bodySize)) {
      // The statement may share a block with the title-page lines above it ("Report published: … The overall judgement is …").
      const text = /\b(?:The overall (?:judgement|judgment|effectiveness)\b|Overall effectiveness\b|Children['’]s services in )[\s\S]*$/.exec(b.text)?.[0];
      const judgement = text === undefined ? null : readOverallSentence(text);
      if (judgement !== null) return judgement;
    }
  }
  return null;
}

/**
 * The ILACS table under its "Judgement | Grade" header. Where the table has no
 * overall row, an overall sentence near it gives the grade; the reformed 2026
 * framework has neither (parseLayout tells the frameworks apart).
 */
function ilacsJudgements(lines: readonly LayoutLine[], bodySize: number): Judgements {
  const header = lines.findIndex((l) => l.page <= 2 && l.cells.length === 2 && /^judgements?$/i.test(l.cells[0]?.text ?? '') && /^grades?$/i.test(l.cells[1]?.text ?? ''));
  const gradeCell = lines[header]?.cells[1];
  if (header === -1 || gradeCell === undefined) {
    return { judgements: [], lscbJudgement: null, start: afterTitleFields(lines), end: afterTitleFields(lines), unread: 'expected a "Judgement | Grade" table on the first two pages, found none' };
  }
  const rows = readTableRows(lines, header + 1, gradeCell.x);
  const judgements = [...rows.judgements];
  if (rows.unread === undefined && !judgements.some((j) => j.areaKey === 'overall')) {
    const overall = overallSentence(lines, bodySize, (i) => i >= header && i < rows.end);
    if (overall !== null) judgements.push({ ...overall, area: 'Overall effectiveness', areaKey: 'overall' });
  }
  return { judgements, lscbJudgement: null, start: header + 1, end: rows.end, ...(rows.unread === undefined ? {} : { unread: rows.unread }) };
}

/** A SIF table row's number ("1.", "2.1") at the start of a line. */
const SIF_ROW = /^\d(?:\.\d)?\.?\s+\S/;

/** The SIF overall statement, numbered table and (2014 style) LSCB statement on the first page (or the second). */
function sifJudgements(lines: readonly LayoutLine[], bodySize: number): Judgements {
  const judgements: Judgement[] = [];
  // The table's first row: "1. Children who need help and protection" (its number may be a cell of its own), else the area alone.
  let start = lines.findIndex((l) => l.page <= 2 && /^1(?:\.\s+\S|\s+Children\b)/.test(l.text));
  if (start === -1) start = lines.findIndex((l) => l.page <= 2 && /^Children who need help\b/.test(l.text));
  const page = lines[start]?.page ?? 1;
  // The grade column: the leftmost grade word right of the area names (grades may wrap, "Requires" / "Improvement"),
  // on the table's page from its first row (or the grade centred just above it) on.
  const from = Math.max(0, start - 3);
  const gradeXs = lines
    .slice(from)
    .filter((l) => l.page === page)
    .flatMap((l) => l.cells)
    .filter((c) => c.x > 200 && /^(?:outstanding|good|adequate|inadequate|requires?|not judged)\b/i.test(c.text))
    .map((c) => c.x);
  let rows: { judgements: Judgement[]; end: number; unread?: string };
  if (start === -1 || gradeXs.length === 0) {
    rows = { judgements: [], end: 0, unread: 'expected a numbered judgement table on the first two pages, found none' };
  } else {
    const gradeX = Math.min(...gradeXs);
    // A grade centred against a wrapped first row sits above the row's first line.
    while (start > 0) {
      const prev = lines[start - 1];
      const cur = lines[start];
      if (prev === undefined || cur === undefined || prev.page !== cur.page || prev.y - cur.y > 1.6 * cur.size || prev.cells.some((c) => c.x < gradeX - 8)) break;
      start--;
    }
    rows = readTableRows(lines, start, gradeX, (line) => SIF_ROW.test(line.text) && line.cells.some((c) => Math.abs(c.x - gradeX) < 12));
  }
  // The overall statement: in the table, else a sentence above it ("Children's services in Bury require improvement to be good").
  if (!rows.judgements.some((j) => j.areaKey === 'overall')) {
    const overall = overallSentence(lines, bodySize, (i) => i >= start && i < rows.end);
    if (overall !== null) judgements.push(overall);
  }
  judgements.push(...rows.judgements);
  let lscbJudgement: Judgement | null = null;
  for (const b of toBlocks(lines.filter((l) => l.page === 1), bodySize)) {
    if (!/^The effectiveness of the Local Safeguarding Children Board\b/i.test(b.text)) continue;
    const grade = gradeInSentence(b.text.replace(/\.$/, ''));
    if (grade !== null) lscbJudgement = lscbJudgementOf(grade);
  }
  const unread = rows.unread ?? (judgements.some((j) => j.areaKey === 'overall') ? undefined : 'expected the overall judgement on the first two pages, found none');
  return { judgements, lscbJudgement, start: Math.max(start, 0), end: rows.end, ...(unread === undefined ? {} : { unread }) };
}

/** The 2012-2013 "Record of main findings" table. */
function lacJudgements(lines: readonly LayoutLine[], bodySize: number): Judgements {
  const record = lines.findIndex((l) => /^record of main findings$/i.test(l.text));
  // The table's first line follows the heading and its sub-heading ("Services for looked after children"), set larger.
  const start = record === -1 ? -1 : lines.findIndex((l, i) => i > record && l.size <= bodySize + 0.5);
  // The grade column: the leftmost grade in the table's first lines (grades are centred in it).
  const gradeXs = (start === -1 ? [] : lines.slice(start, start + 12))
    .filter((l) => l.page === lines[start]?.page)
    .flatMap((l) => l.cells)
    .filter((c) => c.x > 200 && gradesIn(c.text) !== null)
    .map((c) => c.x);
  if (start === -1 || gradeXs.length === 0) return { judgements: [], lscbJudgement: null, start: 0, end: 0, unread: 'expected a "Record of main findings" table, found none' };
  const rows = readTableRows(lines, start, Math.min(...gradeXs));
  return { judgements: rows.judgements, lscbJudgement: null, start, end: rows.end, ...(rows.unread === undefined ? {} : { unread: rows.unread }) };
}

/** A stand-alone LSCB review: no judgement table, the board's grade in the title page's statement. */
function lscbReviewJudgements(lines: readonly LayoutLine[]): Judgements {
  const statement = lines.find((l) => l.page === 1 && /^The Local Safeguarding Children Board (?:is|are|requires?)\b/i.test(l.text));
  const grade = statement === undefined ? null : gradeInSentence(statement.text);
  if (grade === null) return { judgements: [], lscbJudgement: null, start: 0, end: 0, unread: "expected the board's grade on the first page, found none" };
  return { judgements: [], lscbJudgement: lscbJudgementOf(grade), start: 0, end: 0 };
}

/**
 * The judgements of a report of `kind` from its layout: its table, overall
 * statement and LSCB grade, and where an ILACS body starts. A table that
 * cannot be read gives its reason (`unread`), never an error.
 */
export function readJudgements(kind: ReportKind, layout: Pick<DocumentLayout, 'lines' | 'bodySize'>): Judgements {
  switch (kind) {
    case 'lscb-review':
      return lscbReviewJudgements(layout.lines);
    case 'ilacs':
    case 'ilacs-2026':
      return ilacsJudgements(layout.lines, layout.bodySize);
    case 'sif':
      return sifJudgements(layout.lines, layout.bodySize);
    default:
      return lacJudgements(layout.lines, layout.bodySize);
  }
}

