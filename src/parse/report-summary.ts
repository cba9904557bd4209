/**
 * A one-line summary of a parsed report (what `npm run reports` prints), so
 * a reader can check at a glance that nothing went missing in parsing.
 */
import type { Report, ReportKind } from '../model.ts';

export interface ReportSummary {
  id: string;
  authority: string;
  kind: ReportKind;
  /** Year the inspection started; for a council paper, its date's year; null if undated. */
  year: number | null;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  published: string | null;
  /** The judgement table as printed (overall row included), cleaned. */
  judgements: { area: string; grade: string }[];
  /** The LSCB judgement, where the report has one. */
  lscb: { area: string; grade: string } | null;
  /** How many paragraphs are indexed, numbered or not. */
  paragraphs: number;
  /** Characters in the longest paragraph, so an over-long (merged) paragraph is easy to spot. */
  longest: number;
  /** The printed paragraph numbers: first, last, and any missing in between. */
  numbered: { first: number | null; last: number | null; missing: number[] };
}

/** The summary of one report. */
export function summariseReport(report: Report): ReportSummary {
  const numbers = report.paragraphs.flatMap((p) => (p.number === null ? [] : [p.number]));
  const present = new Set(numbers);
  const first = numbers.length === 0 ? null : Math.min(...numbers);
  const last = numbers.length === 0 ? null : Math.max(...numbers);
  const missing: number[] = [];
  if (first !== null && last !== null) for (let n = first; n <= last; n++) if (!present.has(n)) missing.push(n);
  const year = report.inspectionStart === null ? null : Number(report.inspectionStart.slice(0, 4));
  return {
    id: report.id,
    authority: report.authority,
    kind: report.kind,
    year,
    inspectionStart: report.inspectionStart,
    inspectionEnd: report.inspectionEnd,
    published: report.published,
    judgements: report.judgements.map(({ area, grade }) => ({ area, grade })),
    lscb: report.lscbJudgement === null ? null : { area: report.lscbJudgement.area, grade: report.lscbJudgement.grade },
    paragraphs: report.paragraphs.length,
    longest: Math.max(0, ...report.paragraphs.map((p) => p.text.length)),
    numbered: { first, last, missing },
  };
}

/** Summaries as a readable fixed-width table, one report per line. */
export function formatSummaryTable(summaries: readonly ReportSummary[]): string {
  const header = ['id', 'kind', 'year', 'inspection', 'published', 'overall', 'paras', 'numbered'];
  const rows = summaries.map((s) => {
    const overall = s.judgements.find((j) => /overall|children.s services in/i.test(j.area))?.grade ?? '-';
    const span = s.numbered.first === null ? '-' : `${s.numbered.first}-${s.numbered.last}`;
    const missing = s.numbered.missing.length === 0 ? '' : ` (missing ${s.numbered.missing.join(', ')})`;
    const dates = s.inspectionEnd === null ? (s.inspectionStart ?? '-') : `${s.inspectionStart ?? '?'}..${s.inspectionEnd}`;
    return [s.id, s.kind, String(s.year ?? '-'), dates, s.published ?? '-', overall, String(s.paragraphs), span + missing];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
