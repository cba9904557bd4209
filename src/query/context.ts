/**
 * The loaded index, arranged for answering: reports by id, the paragraph
 * store, the authorities' names, and helpers to turn a stored paragraph into
 * a cited {@link Hit}.
 */
import type lunr from 'lunr';
import type { Hit, InspectionSummary, ReportBasics, ReportInfo, Span } from '../answer-types.ts';
import { authorityByName } from '../authorities.ts';
import { REPORT_KIND_LABELS, type AreaKey } from '../model.ts';
import type { IndexData, StoredParagraph, StoredReport } from '../search/index-file.ts';
import { makeQuote } from './quote.ts';
import { authorityForms, type AuthorityNames } from './authority-names.ts';
import { understand, type Understood } from './understand.ts';
import { queryTerms } from '../search/pipeline.ts';
import { textRefs } from './postings.ts';

export interface CorpusContext {
  index: lunr.Index;
  reports: readonly StoredReport[];
  reportsById: ReadonlyMap<string, StoredReport>;
  paragraphs: readonly StoredParagraph[];
  /** Authorities that have at least one report in the index. */
  authorities: readonly AuthorityNames[];
  /** Each authority's reports, latest first (council papers included). */
  reportsByAuthority: ReadonlyMap<string, readonly StoredReport[]>;
  /** Number of paragraphs each index term occurs in (filled lazily). */
  documentFrequency: Map<string, number>;
  /**
   * Today's ISO date. Only an as-at answer reads it, to say whether reports
   * may still be published in the quarter it counts; everything else goes by
   * the reports held (list-time.ts).
   */
  today: () => string;
}

/** Today's date (UTC) by the system clock. */
export function systemToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Latest first: by inspection start, then publication, then id. */
function byRecency(a: StoredReport, b: StoredReport): number {
  const ka = a.inspectionStart ?? a.published ?? '';
  const kb = b.inspectionStart ?? b.published ?? '';
  return kb.localeCompare(ka) || b.id.localeCompare(a.id);
}

export function createContext(file: Pick<IndexData, 'reports' | 'paragraphs'>, index: lunr.Index, today: () => string = systemToday): CorpusContext {
  const reportsById = new Map(file.reports.map((r) => [r.id, r]));
  const reportsByAuthority = new Map<string, StoredReport[]>();
  for (const report of file.reports) {
    const list = reportsByAuthority.get(report.authority) ?? [];
    list.push(report);
    reportsByAuthority.set(report.authority, list);
  }
  for (const list of reportsByAuthority.values()) list.sort(byRecency);
  const authorities = [...reportsByAuthority.keys()].sort().map((name) => {
    return { name, forms: authorityForms(name, authorityByName(name)?.aliases ?? []) };
  });
  return {
    index,
    reports: file.reports,
    reportsById,
    paragraphs: file.paragraphs,
    authorities,
    reportsByAuthority,
    documentFrequency: new Map(),
    today,
  };
}

/**
 * Reads a question against this corpus: its authorities, and its vocabulary,
 * so that a misspelt authority is corrected but a word the reports use is not.
 */
export function understandIn(context: CorpusContext, text: string, options: { authorityArgument?: boolean } = {}): Understood {
  return understand(text, context.authorities, {
    isKnownWord: knownWordIn(context),
    today: context.today(),
    reportsOf: (authority) => context.reportsByAuthority.get(authority) ?? [],
    ...options,
  });
}

/** Whether the reports use a word (any of its index terms): such a word is never read as a misspelling. */
export function knownWordIn(context: CorpusContext): (word: string) => boolean {
  return (word) => queryTerms([word]).every((t) => documentFrequency(context, t.term) > 0);
}

/** How many paragraphs contain `term` (in the text field). */
export function documentFrequency(context: CorpusContext, term: string): number {
  let df = context.documentFrequency.get(term);
  if (df === undefined) {
    df = textRefs(context, term).length;
    context.documentFrequency.set(term, df);
  }
  return df;
}

/** Whether a report is "from" `year`: inspected or published that year (Somerset's 2017 inspection was published in 2018). */
export function inYear(report: Pick<StoredReport, 'year' | 'published'>, year: number): boolean {
  return report.year === year || report.published?.startsWith(String(year)) === true;
}

/**
 * Whether a judgement area or section (by its key) answers for `area`. ILACS
 * from 2018 to 2022 graded "children in care and care leavers" as one area:
 * it answers for each of the two.
 */
export function coversArea(key: AreaKey, area: AreaKey): boolean {
  if (key === area) return true;
  return key === 'children-in-care-and-care-leavers' && (area === 'children-in-care' || area === 'care-leavers');
}

/** Kinds that are an inspection of the authority's services, graded: not a focused visit, board review or council paper. */
const INSPECTION_KINDS: ReadonlySet<StoredReport['kind']> = new Set(['lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']);

/** The latest inspection of an authority (a focused visit, board review or council paper is none). */
export function latestInspection(context: CorpusContext, authority: string): StoredReport | undefined {
  return context.reportsByAuthority.get(authority)?.find((r) => INSPECTION_KINDS.has(r.kind));
}

/** Focused visits after an authority's latest inspection: with it, the latest word on the authority. */
export function laterVisits(context: CorpusContext, authority: string): StoredReport[] {
  const newest = latestInspection(context, authority);
  return (context.reportsByAuthority.get(authority) ?? []).filter(
    (r) => r.kind === 'focused-visit' && (newest === undefined || (r.inspectionStart ?? '') > (newest.inspectionStart ?? '')),
  );
}

/** "Bury 2025 ILACS" */
export function reportCitation(report: StoredReport): string {
  return `${report.authority} ${report.year} ${REPORT_KIND_LABELS[report.kind]}`;
}

/** "¶13" for a printed number, the label itself ("Summary ¶2") otherwise. */
export function labelCitation(label: string): string {
  return /^\d+$/.test(label) ? `¶${label}` : label;
}

/** Build a cited hit for paragraph `ref` (its position in the store). */
export function makeHit(context: CorpusContext, ref: number, textSpans: readonly Span[], score: number): Hit | undefined {
  const paragraph = context.paragraphs[ref];
  const report = paragraph === undefined ? undefined : context.reportsById.get(paragraph.reportId);
  if (paragraph === undefined || report === undefined) return undefined;
  const { quote, spans } = makeQuote(paragraph.text, textSpans);
  return {
    citation: `${reportCitation(report)}, ${labelCitation(paragraph.label)}`,
    reference: `${report.id} ${paragraph.label}`,
    reportId: report.id,
    authority: report.authority,
    kind: report.kind,
    kindLabel: REPORT_KIND_LABELS[report.kind],
    year: report.year,
    published: report.published,
    inspectionStart: report.inspectionStart,
    url: report.url ?? null,
    paragraph: paragraph.number === null ? null : String(paragraph.number),
    label: paragraph.label,
    paragraphKind: paragraph.kind,
    section: paragraph.section,
    text: paragraph.text,
    quote,
    quoteSpans: spans,
    textSpans: [...textSpans],
    score,
  };
}

function reportBasics(report: StoredReport): ReportBasics {
  return {
    authority: report.authority,
    kind: report.kind,
    kindLabel: REPORT_KIND_LABELS[report.kind],
    year: report.year,
    inspectionStart: report.inspectionStart,
    inspectionEnd: report.inspectionEnd,
    published: report.published,
    themes: report.themes ?? [],
    url: report.url ?? null,
  };
}

export function reportInfo(report: StoredReport): ReportInfo {
  return { id: report.id, ...reportBasics(report), paragraphs: report.paragraphCount };
}

export function inspectionSummary(report: StoredReport): InspectionSummary {
  const overall = report.judgements.find((j) => j.areaKey === 'overall');
  return {
    reportId: report.id,
    ...reportBasics(report),
    overall: overall?.grade ?? null,
    judgements: report.judgements.filter((j) => j.areaKey !== 'overall').map((j) => ({ ...j })),
    lscb: report.lscbJudgement === null ? null : { ...report.lscbJudgement },
    citation: reportCitation(report),
    ...(report.gradesUnread === undefined ? {} : { gradesUnread: GRADES_UNREAD }),
  };
}

/** What a report whose judgement table could not be read says instead of the grades it lacks (the reason is ingest's to show). */
export const GRADES_UNREAD = 'The judgement table of this report could not be read, so its grades are not shown or counted: see the report itself.';
