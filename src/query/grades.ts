/**
 * Grades as the parsed reports print them, arranged for grade questions:
 * which reports are graded inspections, an authority's graded inspections
 * (across reorganisations), the grade for an area, the grade scale and
 * trends. Every grade is a {@link GradeRow} citing the report that printed it.
 */
import type { AuthorityTrend, GradeRow, InspectionSummary, TimeRange, Trend } from '../answer-types.ts';
import { authorityByName, lineage } from '../authorities.ts';
import type { AreaKey, Grade, Judgement, ReportKind } from '../model.ts';
import { REPORT_KIND_LABELS } from '../model.ts';
import type { StoredReport } from '../search/index-file.ts';
import { coversArea, inspectionSummary, inYear, reportCitation, type CorpusContext } from './context.ts';
import { asAtLine, countsAsAt, inYears } from './time-range.ts';

/** Kinds that grade: focused visits, stand-alone LSCB reviews and council papers do not. */
const GRADED_KINDS: ReadonlySet<ReportKind> = new Set(['lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']);

/** The grade scale, best first: outstanding > good > requires improvement / adequate > inadequate. */
export const GRADE_RANK: Readonly<Record<Grade, number>> = {
  outstanding: 4,
  good: 3,
  'requires-improvement': 2,
  adequate: 2,
  inadequate: 1,
  'not-judged': 0,
  other: 0,
};

/** How grades read in a sentence. */
export const GRADE_WORDS: Readonly<Record<Grade, string>> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires-improvement': 'requires improvement',
  adequate: 'adequate',
  inadequate: 'inadequate',
  'not-judged': 'not judged',
  other: 'not graded',
};

/** How areas read in a sentence. */
export const AREA_WORDS: Readonly<Record<AreaKey, string>> = {
  overall: 'overall effectiveness',
  'help-and-protection': 'help and protection',
  'children-in-care': 'children in care',
  adoption: 'adoption',
  'care-leavers': 'care leavers',
  'children-in-care-and-care-leavers': 'children in care and care leavers',
  leadership: 'leadership',
  other: 'other areas',
};

/** A report of a graded framework with its grades, or whose grades could not be read (it still stands as the latest inspection). */
export function isGradedInspection(report: StoredReport): boolean {
  return GRADED_KINDS.has(report.kind) && (report.judgements.length > 0 || report.gradesUnread !== undefined);
}

/** Latest first: by inspection start, then publication, then id (as context.ts orders reports). */
function byRecency(a: StoredReport, b: StoredReport): number {
  const ka = a.inspectionStart ?? a.published ?? '';
  const kb = b.inspectionStart ?? b.published ?? '';
  return kb.localeCompare(ka) || b.id.localeCompare(a.id);
}

/** Every report of an authority and its predecessors (North Northamptonshire reads on from Northamptonshire), latest first. */
export function reportsInLineage(context: CorpusContext, authority: string): StoredReport[] {
  const names = lineage(authority);
  if (names.length === 1) return [...(context.reportsByAuthority.get(authority) ?? [])];
  return names.flatMap((n) => context.reportsByAuthority.get(n) ?? []).sort(byRecency);
}

/** An authority's graded inspections, latest first. */
export function gradedInspections(context: CorpusContext, authority: string): StoredReport[] {
  return reportsInLineage(context, authority).filter(isGradedInspection);
}

/** Whether a report falls within a time filter (a year, a range of years, or an as-at date as Ofsted counts it). */
export function inTime(report: StoredReport, year: number | 'latest' | null, range: TimeRange | null): boolean {
  if (range?.kind === 'as-at') return countsAsAt(report, range.date);
  if (range?.kind === 'years') return inYears(report, range.from, range.to);
  if (typeof year === 'number') return inYear(report, year);
  return true;
}

/** The note an answer "as at" a date opens its notes with: how the date was counted (none for other times). */
export function asAtNotes(context: CorpusContext, range: TimeRange | null): string[] {
  return range?.kind === 'as-at' ? [asAtLine(range.date, context.today())] : [];
}

/** The judgement a report printed for `area` (the overall grade for 'overall'), preferring an exact area over the combined one. */
export function judgementFor(report: StoredReport, area: AreaKey): Judgement | undefined {
  if (area === 'overall') return report.judgements.find((j) => j.areaKey === 'overall');
  const areas = report.judgements.filter((j) => j.areaKey !== 'overall' && j.areaKey !== 'other');
  return areas.find((j) => j.areaKey === area) ?? areas.find((j) => coversArea(j.areaKey, area));
}

export function gradeRow(report: StoredReport, area: AreaKey, judgement: Judgement): GradeRow {
  return {
    authority: report.authority,
    reportId: report.id,
    kind: report.kind,
    published: report.published,
    area,
    grade: judgement.gradeKey,
    areaLabel: judgement.area,
    gradeLabel: judgement.grade,
    citation: reportCitation(report),
    year: report.year,
  };
}

/**
 * The rows a report gives for `area`: its one grade for the area; for the
 * overall grade of a 2026-framework inspection, which has none, a row for each
 * area it graded instead (so its grades are shown, and nothing is invented).
 */
export function rowsFor(report: StoredReport, area: AreaKey, everyArea = false): GradeRow[] {
  if (everyArea && area === 'overall') return everyAreaRows(report);
  const judgement = judgementFor(report, area);
  if (judgement !== undefined) return [gradeRow(report, area, judgement)];
  if (area === 'overall' && report.kind === 'ilacs-2026') {
    return report.judgements.filter((j) => j.areaKey !== 'other').map((j) => gradeRow(report, j.areaKey, j));
  }
  return [];
}

/**
 * A report's overall grade and then each area's, in the order the report
 * printed them ("what were Stockport's area grades?", "their grade in each
 * area"): one row per judgement, the board's review left out (it is not the
 * council's).
 */
export function everyAreaRows(report: StoredReport): GradeRow[] {
  const overall = judgementFor(report, 'overall');
  const areas = report.judgements.filter((j) => j.areaKey !== 'overall' && j.areaKey !== 'other');
  return [...(overall === undefined ? [] : [gradeRow(report, 'overall', overall)]), ...areas.map((j) => gradeRow(report, j.areaKey, j))];
}

/** An inspection with its area judgements, filtered to `area` unless it is 'overall' (as /judgement shows it). */
export function summaryFor(report: StoredReport, area: AreaKey): InspectionSummary {
  const summary = inspectionSummary(report);
  if (area !== 'overall') summary.judgements = summary.judgements.filter((j) => coversArea(j.areaKey, area));
  return summary;
}

/** "Good (2021)" */
function step(row: GradeRow): string {
  return `${row.gradeLabel} (${row.year})`;
}

/** The trend of an authority's grades for one area, from rows in date order. */
export function trendOf(authority: string, rows: readonly GradeRow[], area: AreaKey): AuthorityTrend {
  const graded = rows.filter((r) => r.authority === authority || lineage(authority).includes(r.authority)).filter((r) => r.area === area && r.grade !== 'other');
  const ranks = graded.map((r) => GRADE_RANK[r.grade]);
  const first = ranks[0];
  const last = ranks[ranks.length - 1];
  let trend: Trend;
  if (first === undefined || last === undefined || ranks.length < 2) trend = 'single';
  else if (last > first) trend = 'improved';
  else if (last < first) trend = 'declined';
  else trend = ranks.every((r) => r === first) ? 'unchanged' : 'mixed';
  const chain = graded.map(step).join(' → ');
  const fell = first !== undefined && ranks.some((r) => r < first);
  const words: Record<Trend, string> = {
    improved: 'improved',
    declined: 'declined',
    unchanged: 'unchanged',
    mixed: `back to where it was in ${graded[0]?.year ?? ''}, after a ${fell ? 'fall' : 'rise'}`,
    single: 'one graded inspection in this period',
  };
  const label = AREA_WORDS[area];
  const text = graded.length === 0 ? `No ${label} grade in this period.` : `${capitalise(label)}: ${chain}: ${words[trend]}.`;
  return { authority, trend, text };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "9 May 2025", or "publication date not printed". */
export function longDate(iso: string | null): string {
  if (iso === null) return 'publication date not printed';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

/** Whether an authority still existed on `date` (today when null). */
export function existedOn(authority: string, date: string | null): boolean {
  const until = authorityByName(authority)?.until ?? null;
  if (until === null) return true;
  return date !== null && date < until;
}

/** "the SIF inspections": the frameworks a question leaves out ("excluding the SIF ones"), as an answer names them. */
export function frameworksLeftOutPhrase(kinds: readonly ReportKind[]): string {
  return `the ${[...new Set(kinds.map(kindLabel))].join(' and ')} inspections`;
}

/** The answer's note for frameworks left out ("Leaving out the SIF inspections, as asked."); none when none were. */
export function frameworksLeftOutNotes(kinds: readonly ReportKind[] | undefined): string[] {
  return kinds === undefined || kinds.length === 0 ? [] : [`Leaving out ${frameworksLeftOutPhrase(kinds)}, as asked.`];
}

/** "ILACS 2026" etc., for notes about frameworks. */
export function kindLabel(kind: ReportKind): string {
  return REPORT_KIND_LABELS[kind];
}
