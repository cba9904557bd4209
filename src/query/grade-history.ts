/**
 * One authority's grades: its latest graded inspection ("Dorset's latest
 * grade"), or each inspection in date order with the trend ("is Bury getting
 * better?", "how have Birmingham's grades changed since 2014?").
 */
import type { GradeAnswer, GradeRow } from '../answer-types.ts';
import { authorityByName } from '../authorities.ts';
import { reportCitation, type CorpusContext } from './context.ts';
import type { GradeQuery } from './grade-questions.ts';
import { AREA_WORDS, asAtNotes, frameworksLeftOutNotes, gradedInspections, inTime, kindLabel, longDate, reportsInLineage, rowsFor, summaryFor, trendOf } from './grades.ts';
import { describeRange } from './time-range.ts';

function noReports(query: GradeQuery, authority: string | undefined): GradeAnswer {
  const known = authority !== undefined && authorityByName(authority) !== undefined;
  return {
    kind: query.intent.kind,
    headline:
      authority === undefined
        ? 'Which authority? For example: "Dorset\'s latest grade".'
        : known
          ? `I have no graded inspection of ${authority} in the index.`
          : `I don't know an authority called ${authority}.`,
    area: query.area,
    rows: [],
    notes: [],
  };
}

/** "since 2014", "in 2016", "as at 31 March 2025", or "" for no time filter. */
function timeWords(query: GradeQuery): string {
  if (query.range !== null) return describeRange(query.range);
  if (typeof query.year === 'number') return `in ${query.year}`;
  return '';
}

/** Latest graded inspection or the history, for the first authority of `query`. */
export function latestOrHistory(context: CorpusContext, query: GradeQuery): GradeAnswer {
  const authority = query.authorities[0];
  if (authority === undefined) return noReports(query, undefined);
  const leftOut = query.frameworksLeftOut ?? [];
  const all = gradedInspections(context, authority).filter((r) => !leftOut.includes(r.kind) && (query.frameworkAsked === undefined || r.kind === query.frameworkAsked));
  if (all.length === 0) return noReports(query, authority);
  const latestOnly = query.intent.kind === 'latest';
  const when = timeWords(query);
  // "Latest as at 31 March 2025" is the latest counted then, as Ofsted counts; "latest" alone ignores a year range.
  const inWindow = all.filter((r) => inTime(r, latestOnly && query.range?.kind !== 'as-at' ? null : query.year, query.range));
  const from = query.range?.kind === 'years' ? query.range.from : null;
  if (query.fromGradeThen === true && from !== null && !inWindow.some((r) => r.year === from)) {
    // No inspection that year: the grade then was the one before it, which the comparison needs.
    const before = all.find((r) => r.year < from);
    if (before !== undefined) inWindow.push(before);
  }
  // A change asked of one year: the inspection before that year's too (all is newest first).
  const before = query.withOneBefore === true && inWindow.length > 0 ? all[all.indexOf(inWindow.at(-1) as (typeof all)[number]) + 1] : undefined;
  if (before !== undefined) inWindow.push(before);
  const chosen = latestOnly ? inWindow.slice(0, 1) : inWindow;
  const area = query.area;
  const notes: string[] = asAtNotes(context, query.range);
  notes.push(...frameworksLeftOutNotes(leftOut));
  if (query.frameworkAsked !== undefined) notes.push(`Of its ${kindLabel(query.frameworkAsked)} inspections only, as asked.`);
  if (chosen.length === 0) {
    const years = all.map((r) => r.year).reverse();
    return {
      kind: query.intent.kind,
      headline: `I have no graded inspection of ${authority} ${when}. Its graded inspections are from ${years.join(', ')}.`,
      area,
      rows: [],
      notes,
    };
  }
  // Date order, oldest first, so the trend reads left to right.
  const chronological = [...chosen].reverse();
  const rows: GradeRow[] = chronological.flatMap((r) => rowsFor(r, area, query.everyArea));
  // The latest grade's trend is measured against the inspection before it.
  const trendRows = latestOnly
    ? [...all.slice(all.indexOf(chosen[0] as (typeof all)[number]), all.indexOf(chosen[0] as (typeof all)[number]) + 2)].reverse().flatMap((r) => rowsFor(r, area, query.everyArea))
    : rows;
  // No trend for an area the latest inspection did not grade (the 2026 framework's overall grade, say).
  const latestGraded = rowsFor(chosen[0] as (typeof chosen)[number], area).some((r) => r.area === area);
  const trend = trendOf(authority, trendRows, area);
  for (const report of chronological) {
    if (rowsFor(report, area).length === 0 && report.gradesUnread !== undefined) {
      notes.push(`${report.authority} ${report.year} ${kindLabel(report.kind)}: the judgement table of this report could not be read, so its grades are not shown: see the report itself.`);
    } else if (rowsFor(report, area).length === 0) notes.push(`${report.authority} ${report.year} ${kindLabel(report.kind)} gave no ${AREA_WORDS[area]} grade.`);
    else if (area === 'overall' && report.kind === 'ilacs-2026') {
      notes.push(`${report.authority} ${report.year} is under the 2026 framework, which gives no overall grade: its four area grades are shown.`);
    }
  }
  const latest = chosen[0] as (typeof chosen)[number];
  const ungraded = reportsInLineage(context, authority).filter(
    (r) => r.kind === 'focused-visit' && (r.inspectionStart ?? '') > (latest.inspectionStart ?? ''),
  );
  if (ungraded.length > 0) {
    notes.push(
      `${authority} has had ${ungraded.length === 1 ? 'a focused visit' : `${ungraded.length} focused visits`} since (${ungraded.map((r) => r.year).join(', ')}): focused visits give no grades.`,
    );
  }
  const headline = latestOnly
    ? `${authority}'s latest ${query.frameworkAsked === undefined ? 'graded' : kindLabel(query.frameworkAsked)} inspection${when === '' ? '' : ` ${when}`}: ${reportCitation(latest)}, published ${longDate(latest.published)}.`
    : before !== undefined
      ? `${authority}: its graded inspection ${when} and the one before it, in date order.`
      : `${authority}: ${chosen.length} graded inspection${chosen.length === 1 ? '' : 's'}${when === '' ? '' : ` ${when}`}, in date order.`;
  return {
    kind: query.intent.kind,
    headline,
    area,
    rows,
    inspections: chosen.map((r) => summaryFor(r, area)),
    trends: !latestGraded || trend.text.startsWith('No ') ? [] : [trend],
    notes,
  };
}
