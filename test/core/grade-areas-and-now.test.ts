/**
 * Grade questions that ask for every area ("what were Stockport's area
 * grades?", "which councils are outstanding across the board?") and that set
 * a year against now ("is Stockport rated lower now than in 2022?"). The
 * expectations are computed from the parsed judgements (grade-truth.ts), not
 * from src/query.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { authorityByName } from '../../src/authorities.ts';
import { loadCorpus, type Corpus, type GradeAnswer } from '../../src/index.ts';
import type { StoredReport } from '../../src/search/index-file.ts';
import { gradedByAuthority } from './grade-truth.ts';

let corpus: Corpus;
let graded: Map<string, StoredReport[]>;
beforeAll(async () => {
  corpus = await loadCorpus();
  graded = await gradedByAuthority();
});

function grades(question: string): GradeAnswer {
  const answer = corpus.ask(question);
  if (answer.grades === undefined) throw new Error(`not answered as a grade question: ${question}`);
  return answer.grades;
}

/** A report's judgements as (area, grade) pairs, the overall first, the board's review left out. */
function printed(report: StoredReport): Array<[string, string]> {
  const judgements = report.judgements.filter((j) => j.areaKey !== 'other');
  const overall = judgements.filter((j) => j.areaKey === 'overall');
  return [...overall, ...judgements.filter((j) => j.areaKey !== 'overall')].map((j) => [j.areaKey, j.gradeKey]);
}

describe('every area asked', () => {
  it.each([
    ["What were Stockport's area grades?", 'Stockport'],
    ["What is Swindon's current judgement in each area?", 'Swindon'],
    ['Leeds latest ofsted grade for all four areas', 'Leeds'],
  ])('%s: the latest inspection, a row for each area it graded', (question, authority) => {
    const latest = graded.get(authority)?.[0] as StoredReport;
    const g = grades(question);
    expect(g.kind).toBe('latest');
    expect(g.rows.map((r) => [r.area, r.grade])).toEqual(printed(latest));
    expect(new Set(g.rows.map((r) => r.reportId))).toEqual(new Set([latest.id]));
    // Five rows for an ILACS: the overall and its four areas.
    expect(g.rows.length).toBeGreaterThanOrEqual(4);
  });

  it('an ordinary grade question still shows the overall grade alone', () => {
    const g = grades("what is Stockport's latest grade");
    expect(g.rows.map((r) => [r.reportId, r.area])).toEqual([['stockport-2025', 'overall']]);
  });

  it('a comparison across the board shows each authority every area', () => {
    const g = grades('compare Leeds and Bury across the board');
    expect(g.kind).toBe('compare');
    for (const name of ['Leeds', 'Bury']) {
      const latest = graded.get(name)?.[0] as StoredReport;
      expect(g.rows.filter((r) => r.authority === name).map((r) => [r.area, r.grade])).toEqual(printed(latest));
    }
  });

  it.each([
    ['which councils are outstanding across the board', ['outstanding']],
    ['which councils are good in every area', ['good']],
  ])('%s: the authorities whose latest inspection gave that grade in every area it graded', (question, wanted) => {
    const expected: string[] = [];
    for (const [authority, reports] of graded) {
      if (authorityByName(authority)?.until != null) continue;
      const latest = reports[0] as StoredReport;
      const pairs = printed(latest);
      if (pairs.length > 0 && pairs.every(([, grade]) => wanted.includes(grade))) expected.push(authority);
    }
    const g = grades(question);
    expect(g.kind).toBe('list');
    expect([...new Set(g.rows.map((r) => r.authority))].sort()).toEqual(expected.sort());
    expect(g.rows.every((r) => wanted.includes(r.grade))).toBe(true);
    expect(g.headline).toContain('in every area graded');
    // Real figures on the shipped index: 16 outstanding and 17 good in every area.
    expect(expected.length).toBe(wanted[0] === 'outstanding' ? 16 : 17);
  });
});

describe('a year set against now', () => {
  it.each(['Is Stockport rated lower now than in 2022?', 'Stockport grade in 2022 vs now'])('%s: the grades from 2022 to now, with the trend', (question) => {
    const g = grades(question);
    expect(g.kind).toBe('history');
    expect(g.rows.map((r) => [r.reportId, r.grade])).toEqual([
      ['stockport-2022', 'good'],
      ['stockport-2025', 'requires-improvement'],
    ]);
    expect(g.trends?.[0]?.trend).toBe('declined');
  });

  it('a year with no inspection in it starts from the grade in force then', () => {
    // Bury was inspected in 2016, 2021 and 2025: "now than in 2019" compares the 2016 grade with the rest.
    const g = grades('has Bury been rated better now than in 2019?');
    expect(g.rows.map((r) => r.reportId)).toEqual(['bury-2016', 'bury-2021', 'bury-2025']);
  });

  it('a year alone is still that year', () => {
    expect(grades('what was Bury rated in 2016').rows.map((r) => r.reportId)).toEqual(['bury-2016']);
  });
});
