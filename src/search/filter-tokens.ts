/**
 * Tokens of the index's `filter` field: a paragraph's authority and years,
 * so a question about one authority can require them (see query/ask.ts).
 */
import type { StoredReport } from './index-file.ts';

/**
 * The filter-field tokens of a report: its authority and its years (inspection
 * and publication). Plain letters and digits, so the pipeline leaves them be.
 */
export function filterTokens(report: Pick<StoredReport, 'authority' | 'year' | 'published'>): string[] {
  const years = new Set([report.year, Number(report.published?.slice(0, 4) ?? report.year)]);
  return [authorityToken(report.authority), ...[...years].map((y) => `yr${y}`)];
}

/** "Southend-on-Sea" → "lasouthendonsea". */
export function authorityToken(authority: string): string {
  return `la${authority.toLowerCase().replace(/[^a-z]/g, '')}`;
}

