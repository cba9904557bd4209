/**
 * Stable, readable report ids: "<authority-slug>-<year>", with the kind added
 * for council papers ("bury-2025-council-paper") and focused visits
 * ("kent-2023-focused-visit", apart from an inspection of the same year). Two reports of the same
 * authority and year (rare) are told apart by month ("norfolk-2013-08").
 */
import { slugify } from './authorities.ts';
import type { ReportKind } from './model.ts';

/** The kinds whose ids name them, so they never take an inspection's id. */
const kindSuffix = (kind: ReportKind): string => (kind === 'council-paper' || kind === 'focused-visit' ? `-${kind}` : '');

/** The base id for a report; callers resolve collisions with {@link disambiguate}. */
export function reportId(authority: string, kind: ReportKind, date: string | null): string {
  const year = date?.slice(0, 4) ?? 'undated';
  const base = `${slugify(authority)}-${year}`;
  return `${base}${kindSuffix(kind)}`;
}

/** A longer id ("bury-2025-06") used when two different reports share a base id. */
export function disambiguate(authority: string, kind: ReportKind, date: string | null): string {
  const month = date?.slice(0, 7) ?? 'undated';
  const base = `${slugify(authority)}-${month}`;
  return `${base}${kindSuffix(kind)}`;
}
