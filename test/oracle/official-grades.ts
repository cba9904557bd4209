/**
 * The official record of inspection outcomes in `../shared/data/` (Ofsted's
 * sheets), read as rows to test the parsed grades against. Test-only: the
 * bot's grades come from the reports, never from these sheets.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';
import type { AreaKey, Grade } from '../../src/model.ts';
import { gradeKey } from '../../src/parse/judgement-keys.ts';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../shared/data');
export const OUTCOMES_2025 = path.join(SHARED_DATA, 'la-inspection-outcomes-2025-03-31.ods');
export const UNDERLYING_2023 = path.join(SHARED_DATA, 'childrens-social-care-in-england-2023-underlying-data.ods');
export const hasOfficialData = existsSync(OUTCOMES_2025) && existsSync(UNDERLYING_2023);
/** Whether the 31 March 2025 outcomes sheet is beside the project (../shared/data). */
export const hasOutcomes2025 = existsSync(OUTCOMES_2025);

/** One inspection as the sheet records it. */
export interface OfficialInspection {
  authority: string;
  /** 'ilacs' | 'sif' | 'sif-reinspection' | 'slac-safeguarding' | 'slac-lac' */
  framework: string;
  /** ISO publication date. */
  published: string;
  grades: Partial<Record<AreaKey | 'lscb', Grade>>;
  sheet: string;
}

function isoDate(ddmmyyyy: unknown): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(ddmmyyyy ?? '').trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

function rows(file: string, sheet: string): unknown[][] {
  const book = XLSX.readFile(file, { sheets: [sheet] });
  const ws = book.Sheets[sheet];
  if (ws === undefined) throw new Error(`official-grades: expected a sheet "${sheet}" in ${file}, found none`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: false }) as unknown[][];
}

const grade = (cell: unknown): Grade | undefined => {
  const text = String(cell ?? '').trim();
  return text === '' ? undefined : gradeKey(text);
};

/** Every ILACS inspection 2018-2025 (sheet ILACS_inspection_history). */
export function ilacsHistory(): OfficialInspection[] {
  const all = rows(OUTCOMES_2025, 'ILACS_inspection_history');
  const header = all.findIndex((r) => r[0] === 'Web link');
  const out: OfficialInspection[] = [];
  for (const r of all.slice(header + 1)) {
    const published = isoDate(r[6]);
    if (published === null) continue;
    const careLeavers = grade(r[12]);
    out.push({
      authority: String(r[2]),
      framework: 'ilacs',
      published,
      sheet: 'ILACS_inspection_history',
      grades: {
        overall: grade(r[8]),
        leadership: grade(r[9]),
        'help-and-protection': grade(r[10]),
        // Before 2023 the children in care grade covered care leavers too (the combined area).
        ...(careLeavers === undefined ? { 'children-in-care-and-care-leavers': grade(r[11]) } : { 'children-in-care': grade(r[11]), 'care-leavers': careLeavers }),
      },
    });
  }
  return out;
}

/** Each authority's 2012-2013 inspections, first SIF, SIF re-inspection and LSCB review (sheet LA_inspections_2009-2023). */
export function sifAndEarlier(): OfficialInspection[] {
  const all = rows(UNDERLYING_2023, 'LA_inspections_2009-2023');
  const header = all.findIndex((r) => r[0] === 'Web link');
  const out: OfficialInspection[] = [];
  for (const r of all.slice(header + 1)) {
    if (r[0] === 'Web link') break; // the second table
    const authority = String(r[1] ?? '').trim();
    if (authority === '') continue;
    const sheet = 'LA_inspections_2009-2023';
    const slac = isoDate(r[4]);
    if (slac !== null) {
      out.push({ authority, framework: 'slac-safeguarding', published: slac, sheet, grades: { overall: grade(r[5]) } });
      out.push({ authority, framework: 'slac-lac', published: slac, sheet, grades: { overall: grade(r[6]) } });
    }
    for (const [framework, at] of [
      ['sif', 17],
      ['sif-reinspection', 25],
    ] as const) {
      const published = isoDate(r[at]);
      if (published === null) continue;
      out.push({
        authority,
        framework,
        published,
        sheet,
        grades: {
          overall: grade(r[at + 1]),
          'help-and-protection': grade(r[at + 2]),
          'children-in-care': grade(r[at + 3]),
          adoption: grade(r[at + 4]),
          'care-leavers': grade(r[at + 5]),
          leadership: grade(r[at + 6]),
          ...(framework === 'sif' ? { lscb: grade(r[24]) } : {}),
        },
      });
    }
  }
  return out;
}

/** One authority's row of "Inspections as at 31 March": its latest ILACS inspection as Ofsted's statistics count it. */
export interface AsAtRow {
  authority: string;
  /** ISO first day of the inspection. */
  inspected: string;
  /** ISO publication date. */
  published: string;
  overall: Grade;
  leadership: Grade;
  helpAndProtection: Grade;
  /** Children in care; before 2023 the combined "children in care and care leavers" grade. */
  childrenInCare: Grade;
  /** Care leavers, graded on its own from 2023 (null before). */
  careLeavers: Grade | null;
}

/** Every row of the sheet Inspections_as_at_31_March (one a current authority, 153). */
export function asAt31March2025(): AsAtRow[] {
  const all = rows(OUTCOMES_2025, 'Inspections_as_at_31_March');
  const header = all.findIndex((r) => r[0] === 'Web link');
  const out: AsAtRow[] = [];
  for (const r of all.slice(header + 1)) {
    const inspected = isoDate(r[4]);
    const published = isoDate(r[5]);
    if (inspected === null || published === null) continue;
    const need = (cell: unknown, column: string): Grade => {
      const g = grade(cell);
      if (g === undefined) throw new Error(`official-grades: expected a ${column} grade for ${String(r[2])}, found none`);
      return g;
    };
    out.push({
      authority: String(r[2]),
      inspected,
      published,
      overall: need(r[6], 'overall'),
      leadership: need(r[7], 'leadership'),
      helpAndProtection: need(r[8], 'help and protection'),
      childrenInCare: need(r[9], 'children in care'),
      careLeavers: grade(r[10]) ?? null,
    });
  }
  return out;
}
