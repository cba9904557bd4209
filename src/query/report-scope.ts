/**
 * Which reports and paragraphs a question may be answered from: its
 * authorities (or every authority but those left out), its time (a year, a
 * range, "as at" a date, a month under way, "latest"), focused-visit letters
 * only when asked, less any framework left out. ask.ts scores within them,
 * and says above the answer what the scope did not hold (a year, a framework)
 * or how it was narrowed.
 */
import { REPORT_KIND_LABELS, type ReportKind } from '../model.ts';
import type { StoredReport } from '../search/index-file.ts';
import { inYear, laterVisits, latestInspection, type CorpusContext } from './context.ts';
import type { Latest } from './rank.ts';
import { DIRECT_SCORING_LIMIT } from './retrieve.ts';
import { countsAsAt, describeRange, endOfFollowingQuarter, inYears, knownBy, monthName, underWayIn, underWayInMonth } from './time-range.ts';
import type { Understood } from './understand.ts';

/** The reports a question may be answered from, or a reason there are none. */
export function allowedReports(context: CorpusContext, u: Understood): { ids: Set<string>; latest: Latest; problem?: string; underWay?: true } {
  // "Which councils have good return home interviews, apart from Bury?": every authority but those left out.
  const leftOut = new Set(u.leftOut ?? []);
  const authorities = u.authorities.length > 0 ? u.authorities : context.authorities.map((a) => a.name).filter((name) => !leftOut.has(name));
  const latest = { reports: new Set<string>(), newest: new Set<string>() } satisfies Latest;
  const ids = new Set<string>();
  let underWay = false;
  for (const authority of authorities) {
    const reports = context.reportsByAuthority.get(authority) ?? [];
    const newest = latestInspection(context, authority);
    const visits = laterVisits(context, authority);
    for (const report of [...(newest === undefined ? [] : [newest]), ...visits]) latest.reports.add(report.id);
    const newestOfAll = visits[0] ?? newest;
    if (newestOfAll !== undefined) latest.newest.add(newestOfAll.id);
    // "The focused visit" with no time is the newest letter, though an inspection came after it.
    const newestLetter = reports.find((r) => r.kind === 'focused-visit');
    if (u.focusedVisits === true && newestLetter !== undefined) latest.reports.add(newestLetter.id);
    // "as at 31 March 2025": the latest inspection counted then as Ofsted counts (carried out by the date, its
    // report published by the end of the next quarter), and a paper about it published by then too.
    const asAt = u.range?.kind === 'as-at' ? u.range.date : null;
    // "Calderdale's SIF in January 2015" (though it ended in February), "the July visit" (a month of any year): the
    // inspections and visits under way that month, when there were any.
    const monthEnd = u.range?.kind === 'as-at' && u.range.month === true ? u.range.date : null;
    const month = u.month;
    const underWayThen = monthEnd !== null ? (r: StoredReport) => underWayIn(r, monthEnd) : month !== undefined ? (r: StoredReport) => underWayInMonth(r, month) : null;
    if (underWayThen !== null && u.authorities.length > 0) {
      const during = reports.filter((r) => r.kind !== 'council-paper' && underWayThen(r));
      if (during.length > 0) {
        for (const report of during) if (u.focusedVisits !== true || report.kind === 'focused-visit') ids.add(report.id);
        underWay = true;
        continue;
      }
    }
    const newestThen = asAt === null ? undefined : reports.find((r) => r.kind !== 'council-paper' && countsAsAt(r, asAt));
    // "What did the focused visit say…": only focused-visit letters, the latest of them for "latest" (newestLetter).
    for (const report of reports) {
      if (u.focusedVisits === true && report.kind !== 'focused-visit') continue;
      if (u.focusedVisits === true && u.year === 'latest' && u.range === null) {
        if (report.id === newestLetter?.id) ids.add(report.id);
      } else if (u.range?.kind === 'years') {
        if (inYears(report, u.range.from, u.range.to)) ids.add(report.id);
      } else if (asAt !== null) {
        const paper = report.kind === 'council-paper' && report.year === newestThen?.year && knownBy(report) <= endOfFollowingQuarter(asAt);
        if (report.id === newestThen?.id || paper) ids.add(report.id);
      } else if (u.year === 'latest') {
        // "Latest" means the latest inspection, any focused visit since, and a paper about it.
        if (latest.reports.has(report.id) || (report.kind === 'council-paper' && report.year === newest?.year)) ids.add(report.id);
      } else if (u.year === null || inYear(report, u.year) || u.alsoYears?.some((y) => inYear(report, y)) === true) {
        ids.add(report.id);
      }
    }
  }
  // "…, not counting the SIF ones": those inspections are never quoted (the answer's preface says so).
  const frameworksOut = u.frameworksLeftOut ?? [];
  if (frameworksOut.length > 0) for (const id of ids) if (frameworksOut.includes(context.reportsById.get(id)?.kind as ReportKind)) ids.delete(id);
  if (ids.size === 0 && u.focusedVisits === true && u.authorities.length > 0) {
    const when = u.range !== null ? ` ${describeRange(u.range)}` : typeof u.year === 'number' ? ` from ${u.year}` : '';
    return { ids, latest, problem: `I have no focused-visit letter for ${u.authorities.join(' and ')}${when}.` };
  }
  if (ids.size === 0 && (typeof u.year === 'number' || u.range !== null)) {
    const names = u.authorities.length > 0 ? u.authorities.join(' and ') : 'any authority';
    const years = [...new Set(authorities.flatMap((a) => (context.reportsByAuthority.get(a) ?? []).map((r) => r.year)))].sort();
    const when = u.range !== null ? describeRange(u.range) : `from ${u.year}`;
    return { ids, latest, problem: `I have no report for ${names} ${when}. Reports I have are from ${years.join(', ')}.` };
  }
  return underWay ? { ids, latest, underWay } : { ids, latest };
}

/** The paragraph refs of the reports `ids`, in store order; undefined when there are too many to score each directly. */
export function refsOf(context: CorpusContext, ids: ReadonlySet<string>): number[] | undefined {
  let count = 0;
  for (const id of ids) count += context.reportsById.get(id)?.paragraphCount ?? 0;
  if (count > DIRECT_SCORING_LIMIT) return undefined;
  const refs: number[] = [];
  for (const id of ids) {
    const report = context.reportsById.get(id);
    if (report === undefined) continue;
    for (let ref = report.firstParagraph; ref < report.firstParagraph + report.paragraphCount; ref++) refs.push(ref);
  }
  return refs.sort((a, b) => a - b);
}

/**
 * Whether a paragraph is in one of the reports `ids`, as a test on a byte per
 * paragraph: candidate generation asks it of every posting of a question's
 * rare words, thousands for a question about every authority.
 */
export function allowedParagraphs(context: CorpusContext, ids: ReadonlySet<string>): (ref: number) => boolean {
  const marks = new Uint8Array(context.paragraphs.length);
  for (const id of ids) {
    const report = context.reportsById.get(id);
    if (report !== undefined) marks.fill(1, report.firstParagraph, report.firstParagraph + report.paragraphCount);
  }
  return (ref) => marks[ref] === 1;
}

/**
 * Years set against each other of which some hold no report of the named
 * authorities ("LADO Leeds 2016 vs 2025", Leeds not inspected in 2016): said
 * above the answer, so the missing year is not taken for silence on the topic.
 */
export function yearsNotHeld(context: CorpusContext, u: Understood, ids: ReadonlySet<string>): string | undefined {
  if (u.alsoYears === undefined || typeof u.year !== 'number' || u.authorities.length === 0) return undefined;
  const years = [u.year, ...u.alsoYears].sort((a, b) => a - b);
  const reports = [...ids].map((id) => context.reportsById.get(id)).filter((r): r is StoredReport => r !== undefined);
  const held = years.filter((y) => reports.some((r) => inYear(r, y)));
  if (held.length === years.length || held.length === 0) return undefined;
  const missing = years.filter((y) => !held.includes(y));
  return `I have no report for ${u.authorities.join(' and ')} from ${missing.join(' or ')}; these are from ${held.join(' and ')}.`;
}

/**
 * A framework named ("the SIF") that none of the named authorities' reports
 * asked about is of (Cumberland, formed in 2023, had no SIF): the framework
 * only ranks its reports first (rank.ts), so the answer says where its
 * paragraphs come from instead.
 */
export function frameworkNotHeld(context: CorpusContext, u: Understood, ids: ReadonlySet<string>): string | undefined {
  const named = u.frameworks;
  if (named === undefined || u.authorities.length === 0) return undefined;
  if ([...ids].some((id) => named.includes(context.reportsById.get(id)?.kind ?? 'council-paper'))) return undefined;
  const which = named.map((kind) => REPORT_KIND_LABELS[kind]).join(' or ');
  const names = u.authorities.join(' and ');
  return `I have no ${which} for ${names}${u.year !== null || u.range !== null ? ' at that time' : ''}; these are from ${u.authorities.length > 1 ? 'their' : 'its'} other reports.`;
}

/** Whether a question about named authorities was narrowed to a time or to focused visits. */
export function narrowedByTime(u: Understood): boolean {
  return u.authorities.length > 0 && (u.year !== null || u.range !== null || u.month !== undefined || u.focusedVisits === true);
}

/** "2022 reports", "focused-visit letters", "reports of June", "latest reports". */
export function describeNarrowing(u: Understood): string {
  const reports = u.focusedVisits === true ? 'focused-visit letters' : 'reports';
  if (u.range !== null) return `${reports} ${describeRange(u.range)}`;
  if (typeof u.year === 'number') return `${u.year} ${reports}`;
  if (u.month !== undefined) return `${reports} of ${monthName(u.month)}`;
  return u.year === 'latest' ? `latest ${reports}` : reports;
}
