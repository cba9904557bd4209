/**
 * The web reader's views over one loaded index ({@link Reader}): reports,
 * authorities, the national picture, near matches for a "not found" page,
 * and what the corpus covers.
 */
import { closestAuthorityNames } from '../authorities.ts';
import { reportInfo, type CorpusContext } from '../query/context.ts';
import { describeCoverage } from '../query/coverage.ts';
import { authorityPath, readerPath } from './anchor.ts';
import { authorityFor, authorityView } from './authority-view.ts';
import { gradeCounts, nationalView } from './national-view.ts';
import { reportLink, reportView } from './report-view.ts';
import type { Reader, ReaderCoverage, ReaderSuggestion } from './types.ts';

/** Suggestions on a "not found" page, at most. */
const MAX_SUGGESTIONS = 8;

/**
 * Near matches for a mistyped report id ("bury-2026") or authority ("burry"):
 * reports whose id begins the same way, then the closest authorities and
 * their reports nearest the year asked for.
 */
export function suggest(context: CorpusContext, text: string): ReaderSuggestion[] {
  const typed = text.toLowerCase().slice(0, 100);
  const out: ReaderSuggestion[] = [];
  const add = (s: ReaderSuggestion): void => {
    if (out.length < MAX_SUGGESTIONS && !out.some((o) => o.path === s.path)) out.push(s);
  };
  const year = Number(/(?:^|-)(\d{4})(?:-|$)/.exec(typed)?.[1] ?? NaN);
  const namePart = typed.replace(/-\d{4}.*$/, '').replace(/[-_]+/g, ' ').trim();
  const prefix = typed.replace(/-[^-]*$/, '');
  const nearest = (a: { year: number }, b: { year: number }): number => (Number.isFinite(year) ? Math.abs(a.year - year) - Math.abs(b.year - year) : 0);
  if (prefix.length >= 3) {
    // Nearest the year asked for first ("bury-2026": Bury 2025 before Bury 2016), the latest among equals.
    const alike = context.reports.filter((r) => r.id.startsWith(prefix)).sort((a, b) => nearest(a, b) || b.year - a.year);
    for (const r of alike.slice(0, 3)) add({ text: reportLink(r).citation, path: readerPath(r.id) });
  }
  if (namePart === '') return out;
  const exact = authorityFor(namePart);
  const names = exact !== undefined ? [exact.name] : closestAuthorityNames(namePart, 3);
  for (const name of names) {
    add({ text: name, path: authorityPath(name) });
    const reports = [...(context.reportsByAuthority.get(name) ?? [])].sort(nearest).slice(0, 2);
    for (const r of reports) add({ text: reportLink(r).citation, path: readerPath(r.id) });
  }
  return out;
}

export function coverage(context: CorpusContext): ReaderCoverage {
  const infos = context.reports.map(reportInfo);
  const byPublished = context.reports.filter((r) => r.published !== null).sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
  return {
    summary: describeCoverage(
      context.authorities.map((a) => a.name),
      infos,
    ),
    reports: context.reports.length,
    authorities: context.authorities.length,
    latestPublished: byPublished[0]?.published ?? null,
    latest: byPublished.slice(0, 5).map(reportLink),
  };
}

export function createReader(context: CorpusContext): Reader {
  return {
    report: (id) => reportView(context, id),
    authority: (slugOrName) => authorityView(context, slugOrName),
    national: (options) => nationalView(context, options),
    gradeCounts: (options) => gradeCounts(context, options),
    suggest: (text) => suggest(context, text),
    coverage: () => coverage(context),
  };
}
