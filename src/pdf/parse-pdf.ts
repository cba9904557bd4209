/**
 * The PDF report parser: an Ofsted children's services inspection report as
 * published (any framework from 2012 to 2026) into the shared {@link Report}
 * model, or a {@link PdfError} saying why the file is not one.
 */
import type { Judgement, Report, ReportKind } from '../model.ts';
import { makeJudgement } from '../parse/judgement-keys.ts';
import { reportId } from '../report-id.ts';
import { toBlocks } from './blocks.ts';
import { detectKind } from './detect-kind.ts';
import { extractLayout, type DocumentLayout, type LayoutLine } from './extract-layout.ts';
import { isFocusedVisitLetter, parseFocusedVisit } from './parse-focused-visit.ts';
import { gradeInSentence, readTableRows } from './judgement-table.ts';
import { lscbJudgementOf, readBody } from './report-body.ts';
import { titleFields } from './title-fields.ts';
import { readTitleMetadata } from './title-page.ts';

/** A file refused by the PDF parser; the message says what was expected and what came. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

const ascii = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** Refuses what is plainly not a whole PDF before pdfjs sees it. */
function sniff(bytes: Uint8Array, source: string): void {
  if (bytes.length === 0) throw new PdfError(`parse-pdf: ${source} is empty (0 bytes), not a PDF`);
  const head = ascii(bytes, 0, 1024).trimStart();
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(head)) throw new PdfError(`parse-pdf: ${source} is an HTML page, not a PDF`);
  if (!head.startsWith('%PDF-')) {
    throw new PdfError(`parse-pdf: ${source} is not a PDF: expected it to start with "%PDF-", found ${JSON.stringify(head.slice(0, 16))}`);
  }
  if (!ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length).includes('%%EOF')) {
    throw new PdfError(`parse-pdf: ${source} is truncated: expected an end-of-file marker (%%EOF) in its last bytes, found none (${bytes.length} bytes)`);
  }
}

interface Judgements {
  judgements: Judgement[];
  lscbJudgement: Judgement | null;
  /** Index in the layout's lines just after the table, where an ILACS body starts. */
  end: number;
}

/** The ILACS table under its "Judgement | Grade" header. */
function ilacsJudgements(lines: readonly LayoutLine[], source: string): Judgements {
  const header = lines.findIndex((l) => l.page <= 2 && l.cells.length === 2 && /^judgement$/i.test(l.cells[0]?.text ?? '') && /^grade$/i.test(l.cells[1]?.text ?? ''));
  const gradeCell = lines[header]?.cells[1];
  if (header === -1 || gradeCell === undefined) throw new PdfError(`parse-pdf: expected a "Judgement | Grade" table on the first page of ${source}, found none`);
  const { judgements, end } = readTableRows(lines, header + 1, gradeCell.x);
  return { judgements, lscbJudgement: null, end };
}

/** The SIF overall statement, numbered table and (2014 style) LSCB statement on the first page. */
function sifJudgements(lines: readonly LayoutLine[], bodySize: number, source: string): Judgements {
  const first = lines.filter((l) => l.page === 1);
  const blocks = toBlocks(first, bodySize);
  const judgements: Judgement[] = [];
  for (const b of blocks) {
    const named = /^(Children's services in .+?) (?:are|is|requires?)\b/i.exec(b.text);
    // The statement may share a block with the title-page lines above it ("Report published: … The overall judgement is …").
    const overallText = named ? b.text : (/The overall judgement is\b.*$/i.exec(b.text)?.[0] ?? null);
    const grade = overallText === null ? null : gradeInSentence(overallText);
    if (grade !== null) {
      judgements.push(makeJudgement(named ? (named[1] ?? '') : 'Overall judgement', grade));
      break;
    }
  }
  // The grade column: the leftmost grade word right of the area names (grades may wrap, "Requires" / "Improvement").
  const gradeXs = lines
    .filter((l) => l.page === 1)
    // A grade may sit on a line of its own ("Requires" / "improvement" beside a one-line area).
    .flatMap((l) => l.cells)
    .filter((c) => c.x > 200 && /^(?:outstanding|good|adequate|inadequate|requires?|not judged)\b/i.test(c.text))
    .map((c) => c.x);
  // The row number may be a cell of its own ("1." | "Children who need help and protection").
  let start = lines.findIndex((l) => l.page === 1 && /^1\.\s+\S/.test(l.text));
  if (start === -1 || gradeXs.length === 0) throw new PdfError(`parse-pdf: expected a numbered judgement table on the first page of ${source}, found none`);
  const gradeX = Math.min(...gradeXs);
  // A grade centred against a wrapped first row sits above the row's first line.
  while (start > 0) {
    const prev = lines[start - 1];
    const cur = lines[start];
    if (prev === undefined || cur === undefined || prev.page !== 1 || prev.y - cur.y > 1.6 * cur.size || prev.cells.some((c) => c.x < gradeX - 8)) break;
    start--;
  }
  const rows = readTableRows(
    lines,
    start,
    gradeX,
    (area) => area.replace(/^\d(?:\.\d)?\.?\s+/, ''),
    (line) => /^\d(?:\.\d)?\.?\s+\S/.test(line.text) && line.cells.some((c) => Math.abs(c.x - gradeX) < 12),
  );
  judgements.push(...rows.judgements);
  let lscbJudgement: Judgement | null = null;
  for (const b of blocks) {
    if (!/^The effectiveness of the Local Safeguarding Children Board\b/i.test(b.text)) continue;
    const grade = gradeInSentence(b.text.replace(/\.$/, ''));
    if (grade !== null) lscbJudgement = lscbJudgementOf(grade);
  }
  return { judgements, lscbJudgement, end: rows.end };
}

/** The 2012-2013 "Record of main findings" table. */
function lacJudgements(lines: readonly LayoutLine[], source: string): Judgements {
  const record = lines.findIndex((l) => /^record of main findings$/i.test(l.text));
  const start = record === -1 ? -1 : lines.findIndex((l, i) => i > record && l.cells.length >= 2 && /^(?:outstanding|good|adequate|inadequate)(?:\s+grade\s+\d)?$/i.test(l.cells.at(-1)?.text ?? ''));
  const gradeCell = lines[start]?.cells.at(-1);
  if (start === -1 || gradeCell === undefined) throw new PdfError(`parse-pdf: expected a "Record of main findings" table in ${source}, found none`);
  return { judgements: readTableRows(lines, start, gradeCell.x).judgements, lscbJudgement: null, end: 0 };
}

/** A stand-alone LSCB review: no judgement table, the board's grade in the title page's statement. */
function lscbReviewJudgements(lines: readonly LayoutLine[], source: string): Judgements {
  const statement = lines.find((l) => l.page === 1 && /^The Local Safeguarding Children Board (?:is|are|requires?)\b/i.test(l.text));
  const grade = statement === undefined ? null : gradeInSentence(statement.text);
  if (grade === null) throw new PdfError(`parse-pdf: expected the board's grade on the first page of ${source}, found none`);
  return { judgements: [], lscbJudgement: lscbJudgementOf(grade), end: 0 };
}

function readJudgements(kind: ReportKind, layout: DocumentLayout, source: string): Judgements {
  switch (kind) {
    case 'lscb-review':
      return lscbReviewJudgements(layout.lines, source);
    case 'ilacs':
    case 'ilacs-2026':
      return ilacsJudgements(layout.lines, source);
    case 'sif':
      return sifJudgements(layout.lines, layout.bodySize, source);
    default:
      return lacJudgements(layout.lines, source);
  }
}

/**
 * Parse one report PDF. `source` names it in messages and in the report
 * ("80443_bury/children's services inspection - 29 july 2025.pdf"); its date
 * is used only as the publication date of reports that do not print one.
 */
export async function parsePdf(bytes: Uint8Array, source: string): Promise<Report> {
  sniff(bytes, source);
  let layout: DocumentLayout;
  try {
    layout = await extractLayout(bytes);
  } catch (err) {
    throw new PdfError(`parse-pdf: ${source} could not be read as a PDF: ${(err as Error).message}`);
  }
  return parseLayout(layout, source);
}

/** Parse one report from its extracted layout (see {@link parsePdf}). */
function parseLayout(layout: DocumentLayout, source: string): Report {
  const firstPage = layout.lines.filter((l) => l.page === 1);
  // Focused-visit letters have no title page or judgement table: they have a reader of their own.
  if (isFocusedVisitLetter(firstPage)) {
    try {
      return parseFocusedVisit(layout, source);
    } catch (err) {
      throw new PdfError(`parse-pdf: ${(err as Error).message}`);
    }
  }
  const firstText = firstPage.map((l) => l.text).join('\n');
  const detected = detectKind(firstText);
  if (detected === null) {
    const title = firstPage.slice(0, 3).map((l) => l.text).join(' / ') || '(no text)';
    throw new PdfError(`parse-pdf: ${source} is not an Ofsted children's services inspection report: its first page reads "${title.slice(0, 120)}"`);
  }
  let meta;
  try {
    meta = readTitleMetadata(firstPage, layout.lines, source);
  } catch (err) {
    throw new PdfError(`parse-pdf: ${(err as Error).message}`);
  }
  let table: Judgements;
  try {
    table = readJudgements(detected, layout, source);
  } catch (err) {
    if (err instanceof PdfError) throw err;
    throw new PdfError(`parse-pdf: ${source}: ${(err as Error).message}`);
  }
  const ilacs = detected === 'ilacs' || detected === 'ilacs-2026';
  // The reformed 2026 framework is told from its table (no overall effectiveness row), never from the prose.
  const kind: ReportKind = ilacs ? (table.judgements.some((j) => j.areaKey === 'overall') ? 'ilacs' : 'ilacs-2026') : detected;
  const bodyLines = ilacs ? layout.lines.slice(table.end) : layout.lines.filter((l) => l.page > 1);
  const body = readBody(toBlocks(bodyLines, layout.bodySize), ilacs ? 'summary' : 'skip', 'Summary', kind, titleFields(firstPage));
  if (body.paragraphs.length === 0) throw new PdfError(`parse-pdf: expected paragraphs in ${source}, found none`);
  return {
    id: reportId(meta.authority, kind, meta.inspectionStart),
    authority: meta.authority,
    kind,
    inspectionStart: meta.inspectionStart,
    inspectionEnd: meta.inspectionEnd,
    published: meta.published,
    leadInspector: meta.leadInspector,
    judgements: table.judgements,
    lscbJudgement: table.lscbJudgement ?? body.lscbJudgement,
    paragraphs: body.paragraphs,
    themes: [],
    source,
    url: null,
  };
}
