/**
 * Test helpers that compute grade expectations straight from the index's
 * parsed judgements (independently of src/query), and read the official
 * Ofsted sheet when the shared folder is beside the project (../shared).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEFAULT_INDEX_DIR, loadIndexFile, type StoredReport } from '../../src/search/index-file.ts';
import { SHARED_DATA } from '../oracle/official-grades.ts';

export const OUTCOMES_SHEET = path.join(SHARED_DATA, 'la-inspection-outcomes-2025-03-31.ods');
export const HAVE_SHEET = existsSync(OUTCOMES_SHEET);
if (!HAVE_SHEET) process.stderr.write(`grade-truth: ${OUTCOMES_SHEET} not found (no ../shared beside the project): the official-sheet case is skipped.
`);

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

/** Latest report known by `date` (publication, else the end of the inspection). */
export function latestBy(reports: readonly StoredReport[], date: string | null): StoredReport | undefined {
  return reports.find((r) => date === null || (r.published ?? r.inspectionEnd ?? '') <= date);
}

export interface SheetRow {
  name: string;
  region: string;
  published: string;
  overall: string;
  leaders: string;
  helpAndProtection: string;
  childrenInCare: string;
  careLeavers: string | null;
}

function excelDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** The sheet "Inspections as at 31 March" (latest ILACS judgements per authority), or [] without ../shared. */
export function sheetAsAt31March2025(): SheetRow[] {
  if (!HAVE_SHEET) return [];
  const xlsx = createRequire(import.meta.url)('xlsx') as typeof import('xlsx');
  const book = xlsx.readFile(OUTCOMES_SHEET);
  const sheet = book.Sheets['Inspections_as_at_31_March'];
  if (sheet === undefined) throw new Error('grade-truth: sheet Inspections_as_at_31_March missing');
  const rows = xlsx.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }).slice(3);
  return rows
    .filter((r) => typeof r[2] === 'string' && typeof r[5] === 'number')
    .map((r) => ({
      name: String(r[2]),
      region: String(r[3]),
      published: excelDate(r[5] as number),
      overall: String(r[6]),
      leaders: String(r[7]),
      helpAndProtection: String(r[8]),
      childrenInCare: String(r[9]),
      careLeavers: r[10] === undefined || r[10] === null ? null : String(r[10]),
    }));
}

/** The sheet's printed grade as a grade key. */
export function sheetGrade(printed: string): string {
  const g = printed.toLowerCase();
  if (g.startsWith('outstanding')) return 'outstanding';
  if (g.startsWith('good')) return 'good';
  if (g.startsWith('requires')) return 'requires-improvement';
  if (g.startsWith('inadequate')) return 'inadequate';
  return 'other';
}
