/**
 * Every grade the bot shows comes from a report it parsed. This test holds
 * those grades against Ofsted's official record of the same inspections
 * (../shared/data): wherever a shipped report and the sheet list the same
 * inspection, every grade they both give must agree.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities.ts';
import type { AreaKey, Grade, Report, ReportKind } from '../../src/model.ts';
import { parseDate } from '../../src/parse/dates.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';
import { loadSourceReports } from '../../src/search/sources.ts';
import { hasOfficialData, ilacsHistory, sifAndEarlier, type OfficialInspection } from './official-grades.ts';

const SHARED_PDFS = path.resolve(import.meta.dirname, '../../../shared/reports/pdf');
const hasAll = hasOfficialData && existsSync(SHARED_PDFS);

if (!hasAll) console.warn('oracle/grades.test: skipped, the official sheets in ../shared/data are absent');

const KINDS: Record<string, readonly ReportKind[]> = {
  ilacs: ['ilacs'],
  sif: ['sif'],
  'sif-reinspection': ['sif'],
  'slac-safeguarding': ['safeguarding-2012'],
  'slac-lac': ['lac-2012'],
};

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** The report's grade for an area of the sheet; a board reviewed on its own (Surrey 2015) gives the SIF's LSCB grade. */
function reportGrade(report: Report, area: AreaKey | 'lscb', reports: readonly Report[]): Grade | undefined {
  if (area === 'lscb') {
    const review = reports.find((r) => r.kind === 'lscb-review' && r.authority === report.authority && days(r.published ?? '', report.published ?? '') < 400);
    return (report.lscbJudgement ?? review?.lscbJudgement)?.gradeKey;
  }
  return report.judgements.find((j) => j.areaKey === area)?.gradeKey;
}

/** The sheet writes an area an inspection did not grade as text we read as 'other'; the report prints "Not judged". */
const agree = (got: Grade | undefined, expected: Grade): boolean => got === expected || (got === 'not-judged' && expected === 'other');

/** Whether the shared folder holds a PDF of this authority published within a week of `published` (its file name says when). */
function inSharedFolder(authority: string, published: string): boolean {
  const dir = readdirSync(SHARED_PDFS).find((d) => findAuthority(d.replace(/^\d+_/, ''))?.name === authority);
  if (dir === undefined) return false;
  return readdirSync(path.join(SHARED_PDFS, dir)).some((name) => {
    const date = parseDate(name.replace(/\.pdf$/i, ''));
    return date !== null && days(date, published) <= 7;
  });
}

describe.skipIf(!hasAll)("parsed grades against Ofsted's official record", () => {
  const loaded = hasAll ? loadSourceReports(DEFAULT_INDEX_DIR) : Promise.resolve({ reports: [] as Report[], duplicates: [] });

  async function compare(official: readonly OfficialInspection[]): Promise<{ matched: number; unmatched: string[]; disagreements: string[] }> {
    const { reports } = await loaded;
    const disagreements: string[] = [];
    const unmatched: string[] = [];
    let matched = 0;
    for (const o of official) {
      const authority = findAuthority(o.authority)?.name;
      expect(authority, `${o.sheet}: "${o.authority}" is not in the registry`).toBeDefined();
      const kinds = KINDS[o.framework] ?? [];
      // The sheet's publication date; our date is the one the report prints (or its file's, for ILACS).
      const report = reports.find((r) => r.authority === authority && kinds.includes(r.kind) && r.published !== null && days(r.published, o.published) <= 7);
      if (report === undefined) {
        // Not every inspection is in the shared folder; every one that is must be in the corpus.
        if (inSharedFolder(authority ?? '', o.published)) unmatched.push(`${o.authority} ${o.framework} published ${o.published}`);
        continue;
      }
      matched++;
      for (const [area, expected] of Object.entries(o.grades) as Array<[AreaKey | 'lscb', Grade | undefined]>) {
        if (expected === undefined) continue;
        const got = reportGrade(report, area, reports);
        if (!agree(got, expected)) disagreements.push(`${report.id} ${area}: report ${String(got)}, sheet ${expected}`);
      }
    }
    return { matched, unmatched, disagreements };
  }

  it('agrees on every ILACS inspection from 2018 to 2025 (ILACS_inspection_history)', { timeout: 120_000 }, async () => {
    const official = ilacsHistory();
    const { matched, unmatched, disagreements } = await compare(official);
    expect(disagreements).toEqual([]);
    expect(unmatched).toEqual([]);
    expect(matched).toBeGreaterThan(200);
  });

  it('agrees on every SIF inspection, re-inspection and LSCB review (LA_inspections_2009-2023)', { timeout: 120_000 }, async () => {
    const official = sifAndEarlier().filter((o) => o.framework === 'sif' || o.framework === 'sif-reinspection');
    const { matched, unmatched, disagreements } = await compare(official);
    expect(disagreements).toEqual([]);
    expect(unmatched).toEqual([]);
    expect(matched).toBeGreaterThan(140);
  });

  it('agrees on the 2012-2013 inspections the corpus holds', { timeout: 120_000 }, async () => {
    const official = sifAndEarlier().filter((o) => o.framework.startsWith('slac'));
    const { disagreements } = await compare(official);
    expect(disagreements).toEqual([]);
  });
});
