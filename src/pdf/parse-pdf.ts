/**
 * The PDF report parser: an Ofsted children's services inspection report as
 * published (any framework from 2012 to 2026) into the shared {@link Report}
 * model, or a {@link PdfError} saying why the file is not one.
 */
import type { Report, ReportKind } from '../model.ts';
import { reportId } from '../report-id.ts';
import { toBlocks } from './blocks.ts';
import { detectKind } from './detect-kind.ts';
import { extractLayout, type DocumentLayout } from './extract-layout.ts';
import { isFocusedVisitLetter, parseFocusedVisit } from './parse-focused-visit.ts';
import { PdfError } from './pdf-error.ts';
import { readBody } from './report-body.ts';
import { readJudgements } from './report-judgements.ts';
import { titleFields } from './title-fields.ts';
import { readTitleMetadata } from './title-page.ts';

export { PdfError } from './pdf-error.ts';

/** The reformed framework's first inspections (2026): an ILACS table without an overall grade before then is not one of them. */
const REFORMED_FROM = '2026-01-01';

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
export function parseLayout(layout: DocumentLayout, source: string): Report {
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
  let table: ReturnType<typeof readJudgements>;
  try {
    table = readJudgements(detected, layout);
  } catch (err) {
    // Never refused for its table: the report is kept with its paragraphs, its grades unread.
    table = { judgements: [], lscbJudgement: null, start: 0, end: 0, unread: `the judgement table could not be read: ${(err as Error).message}` };
  }
  const ilacs = detected === 'ilacs' || detected === 'ilacs-2026';
  // The reformed 2026 framework is told from its table (areas read, no overall effectiveness), never from the prose;
  // a table without an overall grade from before 2026, when the framework did not exist, is an ILACS whose overall was not read.
  const reformed = ilacs && table.unread === undefined && !table.judgements.some((j) => j.areaKey === 'overall') && (meta.inspectionStart ?? '9999') >= REFORMED_FROM;
  const kind: ReportKind = ilacs ? (reformed ? 'ilacs-2026' : 'ilacs') : detected;
  const unread =
    table.unread ?? (kind === 'ilacs' && !table.judgements.some((j) => j.areaKey === 'overall') ? 'expected an overall effectiveness grade, found none in the table or near it' : undefined);
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
    ...(unread === undefined ? {} : { gradesUnread: unread }),
    paragraphs: body.paragraphs,
    themes: [],
    source,
    url: null,
  };
}
