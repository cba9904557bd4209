/**
 * Every grade the bot shows comes from a report it parsed. This test holds
 * those grades against Ofsted's official record of the same inspections
 * (../shared/data): wherever a shipped report and the sheet list the same
 * inspection, every grade they both give must agree.
 */
import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities.ts';
import type { AreaKey, Grade, Report, ReportKind } from '../../src/model.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';
import { loadSourceReports } from '../../src/search/sources.ts';
import { hasOfficialData, ilacsHistory, sifAndEarlier, type OfficialInspection } from './official-grades.ts';

if (!hasOfficialData) console.warn('oracle/grades.test: skipped, the official sheets in ../shared/data are absent');

const KINDS: Record<string, readonly ReportKind[]> = {
  ilacs: ['ilacs'],
  sif: ['sif'],
  'sif-reinspection': ['sif'],
  'slac-safeguarding': ['safeguarding-2012'],
  'slac-lac': ['lac-2012'],
};

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** The report's grade for an area of the sheet. */
function reportGrade(report: Report, area: AreaKey | 'lscb'): Grade | undefined {
  if (area === 'lscb') return report.lscbJudgement?.gradeKey;
  return report.judgements.find((j) => j.areaKey === area)?.gradeKey;
}

describe.skipIf(!hasOfficialData)("parsed grades against Ofsted's official record", () => {
  const loaded = hasOfficialData ? loadSourceReports(DEFAULT_INDEX_DIR) : Promise.resolve({ reports: [] as Report[], duplicates: [] });

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
        unmatched.push(`${o.authority} ${o.framework} published ${o.published}`);
        continue;
      }
      matched++;
      for (const [area, expected] of Object.entries(o.grades) as Array<[AreaKey | 'lscb', Grade | undefined]>) {
        if (expected === undefined) continue;
        const got = reportGrade(report, area);
        if (got !== expected) disagreements.push(`${report.id} ${area}: report ${String(got)}, sheet ${expected}`);
      }
    }
    return { matched, unmatched, disagreements };
  }

  it('agrees on every ILACS inspection from 2018 to 2025 (ILACS_inspection_history)', { timeout: 120_000 }, async () => {
    const official = ilacsHistory();
    const { matched, unmatched, disagreements } = await compare(official);
    expect(disagreements).toEqual([]);
    // Every inspection on the sheet of an authority that still exists is in the corpus.
    expect(unmatched.filter((u) => !/^(?:Bournemouth|Poole|Cumbria|Northamptonshire) /.test(u))).toEqual([]);
    expect(matched).toBeGreaterThan(250);
  });

  it('agrees on every SIF inspection, re-inspection and LSCB review (LA_inspections_2009-2023)', { timeout: 120_000 }, async () => {
    const official = sifAndEarlier().filter((o) => o.framework === 'sif' || o.framework === 'sif-reinspection');
    const { matched, disagreements } = await compare(official);
    expect(disagreements).toEqual([]);
    expect(matched).toBeGreaterThan(140);
  });

  it('agrees on the 2012-2013 inspections the corpus holds', { timeout: 120_000 }, async () => {
    const official = sifAndEarlier().filter((o) => o.framework.startsWith('slac'));
    const { disagreements } = await compare(official);
    expect(disagreements).toEqual([]);
  });
});
