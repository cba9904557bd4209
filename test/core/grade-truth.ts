/**
 * Test helpers that compute grade expectations straight from the index's
 * parsed judgements (independently of src/query). Ofsted's own sheets are
 * read in test/oracle.
 */
import { DEFAULT_INDEX_DIR, loadIndexFile, type StoredReport } from '../../src/search/index-file.ts';

const GRADED = new Set(['lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']);

/** Every graded inspection in the index, by authority, latest first (inspection start). */
export async function gradedByAuthority(): Promise<Map<string, StoredReport[]>> {
  const { file } = await loadIndexFile(process.env['INDEX_DIR'] ?? DEFAULT_INDEX_DIR);
  const map = new Map<string, StoredReport[]>();
  for (const r of file.reports) {
    if (!GRADED.has(r.kind) || r.judgements.length === 0) continue;
    map.set(r.authority, [...(map.get(r.authority) ?? []), r]);
  }
  for (const list of map.values()) list.sort((a, b) => (b.inspectionStart ?? '').localeCompare(a.inspectionStart ?? ''));
  return map;
}

/** The grade key a report printed for an area, the 2018-2022 combined area answering for both of its parts. */
export function gradeIn(report: StoredReport, area: string): string | undefined {
  if (area === 'overall') return report.judgements.find((j) => j.areaKey === 'overall')?.gradeKey;
  const exact = report.judgements.find((j) => j.areaKey === area);
  if (exact !== undefined) return exact.gradeKey;
  if (area === 'children-in-care' || area === 'care-leavers') {
    return report.judgements.find((j) => /children in care and care leavers/i.test(j.area))?.gradeKey;
  }
  return undefined;
}

/** Ofsted's statistics "as at" a quarter's end count reports published by the end of the next quarter (written out, not computed by src/). */
const PUBLISHED_BY: Readonly<Record<string, string>> = { '2025-03-31': '2025-06-30', '2023-12-31': '2024-03-31' };

/** Latest report as at `date` as Ofsted counts: inspected by the date (its last day), published by the end of the next quarter. */
export function latestBy(reports: readonly StoredReport[], date: string | null): StoredReport | undefined {
  if (date === null) return reports[0];
  const publishedBy = PUBLISHED_BY[date];
  if (publishedBy === undefined) throw new Error(`grade-truth: expected a quarter's end in PUBLISHED_BY, got ${date}`);
  return reports.find((r) => (r.inspectionEnd ?? '') <= date && (r.published ?? '') <= publishedBy);
}
