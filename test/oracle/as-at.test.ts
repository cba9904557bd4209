/**
 * Ofsted's official statistics "Local authority inspection outcomes as at
 * 31 March 2025" (../shared/data), every row of its sheet
 * Inspections_as_at_31_March, against what the bot answers "as at 31 March
 * 2025". The sheet counts "inspections as at 31 March 2025, with a report
 * published by 30 June 2025", and so must the bot: wherever the corpus holds
 * the inspection a row names, the bot's answer as at that date is that
 * inspection, with the same overall and sub-judgements, and its counts by
 * grade are the sheet's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities.ts';
import { loadCorpus, type Corpus, type GradeAnswer, type InspectionSummary, type ReportInfo } from '../../src/index.ts';
import type { AreaKey, Grade } from '../../src/model.ts';
import { gradeKey } from '../../src/parse/judgement-keys.ts';
import { asAt31March2025, hasOutcomes2025, OUTCOMES_2025, type AsAtRow } from './official-grades.ts';

if (!hasOutcomes2025) console.warn(`oracle/as-at.test: skipped, ${OUTCOMES_2025} is absent (no ../shared beside the project)`);

/** The sheet was published on 25 September 2025, after the quarter it counts reports in had ended. */
const SHEET_PUBLISHED = '2025-09-25';

let corpus: Corpus;
let sheet: AsAtRow[];
let reports: ReportInfo[];
beforeAll(async () => {
  if (!hasOutcomes2025) return;
  corpus = await loadCorpus({ today: () => SHEET_PUBLISHED });
  sheet = asAt31March2025();
  reports = corpus.reports();
});

function grades(question: string): GradeAnswer {
  const answer = corpus.ask(question);
  if (answer.grades === undefined) throw new Error(`not answered as a grade question: ${question}`);
  return answer.grades;
}

/** The canonical name of a sheet row's authority ("Telford & Wrekin" is Telford and Wrekin). */
function nameOf(row: AsAtRow): string {
  const name = findAuthority(row.authority)?.name;
  if (name === undefined) throw new Error(`as-at.test: "${row.authority}" is not in the registry`);
  return name;
}

/** The corpus's report of the inspection a row names (the same authority, framework and first day), if it holds it. */
function heldInspection(row: AsAtRow): ReportInfo | undefined {
  const name = nameOf(row);
  return reports.find((r) => r.authority === name && r.kind === 'ilacs' && r.inspectionStart === row.inspected);
}

/** An inspection's grade for an area, the 2018-2022 combined area answering for children in care. */
function gradeOf(inspection: InspectionSummary, area: AreaKey): Grade | undefined {
  if (area === 'overall') return inspection.overall === null ? undefined : gradeKey(inspection.overall);
  const exact = inspection.judgements.find((j) => j.areaKey === area);
  if (exact !== undefined) return exact.gradeKey;
  return area === 'children-in-care' ? inspection.judgements.find((j) => j.areaKey === 'children-in-care-and-care-leavers')?.gradeKey : undefined;
}

describe.skipIf(!hasOutcomes2025)("Ofsted's outcomes as at 31 March 2025, row by row", () => {
  it('answers each authority as at 31 March 2025 with the inspection the sheet counts, and the same five grades', () => {
    expect(sheet).toHaveLength(153);
    const held: string[] = [];
    const disagreements: string[] = [];
    for (const row of sheet) {
      const report = heldInspection(row);
      if (report === undefined) continue;
      const name = nameOf(row);
      const inspection = grades(`${name} grades as at 31 March 2025`).inspections?.[0];
      if (inspection?.reportId !== report.id) {
        disagreements.push(`${name}: answered ${inspection?.reportId ?? 'nothing'}, the sheet counts ${report.id}`);
        continue;
      }
      const expected: Array<[AreaKey, Grade | null]> = [
        ['overall', row.overall],
        ['leadership', row.leadership],
        ['help-and-protection', row.helpAndProtection],
        ['children-in-care', row.childrenInCare],
        ['care-leavers', row.careLeavers],
      ];
      for (const [area, grade] of expected) {
        if (grade !== null && gradeOf(inspection, area) !== grade) disagreements.push(`${report.id} ${area}: bot ${gradeOf(inspection, area)}, sheet ${grade}`);
      }
      held.push(name);
    }
    expect(disagreements).toEqual([]);
    // Camden, Dorset, Durham and York were inspected by 31 March 2025 and published in April or May.
    expect(held).toEqual(expect.arrayContaining(['Camden', 'Dorset', 'Durham', 'York']));
    // The corpus holds 132 of the inspections the sheet names (for the rest it holds older or newer ones of the same authorities).
    expect(held.length).toBeGreaterThanOrEqual(132);
  });

  it('counts each overall grade as the sheet does, on the authorities whose inspection both hold', () => {
    const held = new Set(sheet.filter((row) => heldInspection(row) !== undefined).map(nameOf));
    const counts: Record<string, { bot: number; sheet: number }> = {};
    for (const [words, grade] of [
      ['outstanding', 'outstanding'],
      ['good', 'good'],
      ['requires improvement', 'requires-improvement'],
      ['inadequate', 'inadequate'],
    ] as const) {
      const answer = grades(`how many authorities were ${words} overall as at 31 March 2025`);
      expect(answer.kind).toBe('count');
      counts[grade] = {
        bot: answer.rows.filter((r) => held.has(r.authority)).length,
        sheet: sheet.filter((row) => held.has(nameOf(row)) && row.overall === grade).length,
      };
    }
    for (const [grade, { bot, sheet: official }] of Object.entries(counts)) expect([grade, bot]).toEqual([grade, official]);
    // The sheet's 36 outstanding authorities less the 7 whose outstanding inspection the corpus does not hold.
    expect(counts['outstanding']?.bot).toBeGreaterThanOrEqual(29);
  });

  it('says in one line how "as at" was counted, with no word of reports to come once the quarter has ended', () => {
    const notes = grades('which authorities were outstanding as at 31 March 2025').notes;
    const line = notes.find((n) => n.startsWith('As at 31 March 2025'));
    expect(line).toBe(
      "As at 31 March 2025 means, as in Ofsted's official statistics, each authority's latest inspection carried out by that date (its last inspection day) whose report was published by 30 June 2025.",
    );
  });
});
