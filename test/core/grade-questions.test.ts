import { beforeAll, describe, expect, it } from 'vitest';
import { authorityByName, statisticalNeighbours } from '../../src/authorities.ts';
import { loadCorpus, type Corpus, type GradeAnswer, type GradeRow } from '../../src/index.ts';
import type { StoredReport } from '../../src/search/index-file.ts';
import { gradedByAuthority, gradeIn, latestBy } from './grade-truth.ts';

let corpus: Corpus;
let graded: Map<string, StoredReport[]>;
/** The corpus's today: the clock's, unless a test sets it. */
let today: string | null = null;
beforeAll(async () => {
  corpus = await loadCorpus({ today: () => today ?? new Date().toISOString().slice(0, 10) });
  graded = await gradedByAuthority();
});

function grades(question: string): GradeAnswer {
  const answer = corpus.ask(question);
  if (answer.grades === undefined) throw new Error(`not answered as a grade question: ${question}`);
  return answer.grades;
}

/** The contract fields of a row. */
const contract = (r: GradeRow) => ({ authority: r.authority, reportId: r.reportId, kind: r.kind, published: r.published, area: r.area, grade: r.grade });

/** Expected list rows computed from the parsed judgements: each authority's latest graded report known by `date`. */
function expectedList(area: string, wanted: readonly string[], date: string | null, keep: (authority: string) => boolean = () => true) {
  const rows: Array<{ authority: string; reportId: string; grade: string }> = [];
  for (const [authority, reports] of graded) {
    const until = authorityByName(authority)?.until ?? null;
    if (until !== null && (date === null || until <= date)) continue;
    if (!keep(authority)) continue;
    const latest = latestBy(reports, date);
    const grade = latest === undefined ? undefined : gradeIn(latest, area);
    if (latest !== undefined && grade !== undefined && wanted.includes(grade)) rows.push({ authority, reportId: latest.id, grade });
  }
  return rows.sort((a, b) => a.authority.localeCompare(b.authority));
}

const byName = (rows: readonly GradeRow[]) =>
  rows.map((r) => ({ authority: r.authority, reportId: r.reportId, grade: r.grade as string })).sort((a, b) => a.authority.localeCompare(b.authority));

describe('latest grade and history', () => {
  it("'what is the latest grade for Dorset' gives Dorset 2025's overall grade, cited, with the trend", () => {
    const g = grades('what is the latest grade for Dorset');
    expect(g.kind).toBe('latest');
    expect(g.rows.map(contract)).toEqual([
      { authority: 'Dorset', reportId: 'dorset-2025', kind: 'ilacs', published: '2025-05-09', area: 'overall', grade: 'outstanding' },
    ]);
    expect(g.rows[0]?.citation).toBe('Dorset 2025 ILACS');
    expect(g.headline).toContain('published 9 May 2025');
    expect(g.trends?.[0]?.text).toBe('Overall effectiveness: Good (2021) → Outstanding (2025): improved.');
    expect(g.inspections?.[0]?.judgements.map((j) => j.gradeKey)).toEqual(['outstanding', 'outstanding', 'outstanding', 'good']);
  });

  it('reads the words staff use for a grade: a result, a mark, a verdict, passing, how it did', () => {
    for (const question of ["Dorset's ofsted result?", 'what mark did ofsted give dorset', 'dorset ILACS verdict', 'did dorset pass its inspection?', 'how did dorset do at its last ofsted?']) {
      const g = grades(question);
      expect(g.kind, question).toBe('latest');
      expect(g.rows.map((r) => [r.reportId, r.area, r.grade]), question).toContainEqual(['dorset-2025', 'overall', 'outstanding']);
    }
    expect(grades('dorset ofsted 2021 result').rows.map((r) => r.reportId)).toEqual(['dorset-2021']);
  });

  it("'how have Birmingham's grades changed since 2014?' and 'how has Birmingham improved since 2014' give every inspection from 2014 in date order", () => {
    for (const question of ["how have Birmingham's grades changed since 2014?", 'how has Birmingham improved since 2014']) {
      const g = grades(question);
      expect(g.kind).toBe('history');
      expect(g.rows.map(contract)).toEqual([
        { authority: 'Birmingham', reportId: 'birmingham-2014', kind: 'sif', published: '2014-05-23', area: 'overall', grade: 'inadequate' },
        { authority: 'Birmingham', reportId: 'birmingham-2016', kind: 'sif', published: '2016-11-25', area: 'overall', grade: 'inadequate' },
        { authority: 'Birmingham', reportId: 'birmingham-2018', kind: 'ilacs', published: '2019-01-17', area: 'overall', grade: 'requires-improvement' },
        { authority: 'Birmingham', reportId: 'birmingham-2023', kind: 'ilacs', published: '2023-04-18', area: 'overall', grade: 'good' },
      ]);
      expect(g.trends?.[0]?.trend).toBe('improved');
    }
  });

  it("'is Bury getting better?' gives every Bury inspection in date order, ending with the 2025 one, and the trend", () => {
    const g = grades('is Bury getting better?');
    expect(g.kind).toBe('history');
    const expected = [...(graded.get('Bury') ?? [])].reverse().map((r) => r.id);
    expect(g.rows.map((r) => r.reportId)).toEqual(expected);
    expect(g.rows.slice(-3).map((r) => [r.reportId, r.grade])).toEqual([
      ['bury-2016', 'requires-improvement'],
      ['bury-2021', 'inadequate'],
      ['bury-2025', 'requires-improvement'],
    ]);
    expect(g.trends?.[0]?.text).toContain('Requires improvement to be good (2016) → Inadequate (2021) → Requires improvement to be good (2025)');
  });

  it("reads 'before', 'between' and 'as at' as ranges, not single years", () => {
    expect(grades('Bury grades before 2021').rows.map((r) => r.reportId)).toEqual(['bury-2016']);
    expect(grades('Bury grades between 2016 and 2021').rows.map((r) => r.reportId)).toEqual(['bury-2016', 'bury-2021']);
    expect(grades("Bury's latest grade as at 31 March 2025").rows.map((r) => r.reportId)).toEqual(['bury-2021']);
    expect(grades("Bury's grade at the end of 2023").rows.map((r) => r.reportId)).toEqual(['bury-2021']);
    expect(grades("Southend's grade in March 2025").rows.map(contract)).toEqual([
      // Southend 2024's text prints no publication date; the PDF of the same inspection does.
      { authority: 'Southend-on-Sea', reportId: 'southend-on-sea-2024', kind: 'ilacs', published: '2024-12-03', area: 'overall', grade: 'good' },
    ]);
  });

  it('lines areas up across frameworks: the 2018-2022 combined area answers for children in care', () => {
    const g = grades('what grade did Leeds get for children in care in 2022');
    expect(g.rows.map(contract)).toEqual([
      { authority: 'Leeds', reportId: 'leeds-2022', kind: 'ilacs', published: '2022-05-09', area: 'children-in-care', grade: 'outstanding' },
    ]);
    expect(g.rows[0]?.areaLabel).toMatch(/children in care and care leavers/);
    // SIF's "children looked after" is the same area.
    expect(grades('Somerset children looked after grade in 2015').rows.map((r) => [r.reportId, r.area, r.grade])).toEqual([
      ['somerset-2015', 'children-in-care', 'inadequate'],
    ]);
  });

  it('shows the four area grades of a 2026-framework inspection, which has no overall grade', () => {
    const g = grades('Somerset latest grade');
    expect(g.rows.map((r) => [r.reportId, r.area, r.grade])).toEqual([
      ['somerset-2026', 'leadership', 'requires-improvement'],
      ['somerset-2026', 'help-and-protection', 'requires-improvement'],
      ['somerset-2026', 'children-in-care', 'requires-improvement'],
      ['somerset-2026', 'care-leavers', 'good'],
    ]);
    expect(g.notes.join(' ')).toContain('2026 framework, which gives no overall grade');
  });
});

describe('lists and counts', () => {
  it("'how many authorities were inadequate as at 31 March 2025': the count is the listed authorities, computed from the parsed judgements", () => {
    const answer = corpus.ask('how many authorities were inadequate as at 31 March 2025');
    const g = answer.grades as GradeAnswer;
    expect(g.kind).toBe('count');
    const expected = expectedList('overall', ['inadequate'], '2025-03-31');
    expect(byName(g.rows)).toEqual(expected);
    expect(g.count).toBe(expected.length);
    expect(g.rows.map((r) => r.authority)).toContain('Bury');
    expect(g.rows.find((r) => r.authority === 'Bury')?.reportId).toBe('bury-2021');
  });

  it("'as at' counts as Ofsted's statistics do: inspected by the date, published by the end of the next quarter", () => {
    // Camden was inspected from 3 to 7 March 2025 and published on 15 April 2025; its 2017 grade no longer stands.
    const london = grades('London councils rated good for help and protection as at 31 March 2025');
    expect(london.rows.some((r) => r.authority === 'Camden')).toBe(false);
    const outstanding = grades('which local authorities were judged outstanding overall at the end of March 2025');
    expect(outstanding.rows.filter((r) => ['Camden', 'Dorset', 'Durham', 'York'].includes(r.authority)).map((r) => r.reportId)).toEqual([
      'camden-2025',
      'dorset-2025',
      'durham-2025',
      'york-2025',
    ]);
    expect(byName(outstanding.rows)).toEqual(expectedList('overall', ['outstanding'], '2025-03-31'));
    // An inspection carried out after the date is not counted, however soon it was published.
    expect(grades("Bury's grade at the end of 2023").rows.map((r) => r.reportId)).toEqual(['bury-2021']);
    // While the quarter that counts is open, the answer says more reports may come; after it, not.
    const line = (answer: GradeAnswer): string | undefined => answer.notes.find((n) => n.startsWith('As at '));
    expect(line(outstanding)).toBe(
      "As at 31 March 2025 means, as in Ofsted's official statistics, each authority's latest inspection carried out by that date (its last inspection day) whose report was published by 30 June 2025.",
    );
    today = '2025-05-01';
    try {
      const pending = grades('which authorities were outstanding as at 31 March 2025');
      expect(line(pending)).toMatch(/published by 30 June 2025\. That quarter has not ended yet \(today is 1 May 2025\): more reports may still be published\.$/);
      // Paragraphs as at a date say it above them.
      const passages = corpus.ask('LADO Camden as at 31 March 2025');
      expect(passages.results[0]?.reportId).toBe('camden-2025');
      expect(passages.asAt).toMatch(/^As at 31 March 2025 means, .* more reports may still be published\.$/);
    } finally {
      today = null;
    }
    // "Latest", with no date, stays the latest published graded inspection.
    expect(grades("Camden's latest grade").rows.map((r) => r.reportId)).toEqual(['camden-2025']);
    expect(grades("Camden's latest grade").notes.some((n) => n.startsWith('As at'))).toBe(false);
  });

  it("'which councils are outstanding for care leavers' lists each authority whose latest inspection graded care leavers outstanding", () => {
    const g = grades('which councils are outstanding for care leavers');
    expect(g.kind).toBe('list');
    expect(g.area).toBe('care-leavers');
    expect(byName(g.rows)).toEqual(expectedList('care-leavers', ['outstanding'], null));
    expect(g.rows.map(contract)).toContainEqual({
      authority: 'Leeds',
      reportId: 'leeds-2025',
      kind: 'ilacs',
      published: '2025-08-12',
      area: 'care-leavers',
      grade: 'outstanding',
    });
    expect(g.notes.join(' ')).toMatch(/Counted from: .*ILACS/);
    expect(g.notes.join(' ')).toContain('Focused visits give no grades');
  });

  it("'London councils rated good for help and protection': only London, computed from the judgements", () => {
    const g = grades('London councils rated good for help and protection');
    expect(g.rows.every((r) => authorityByName(r.authority)?.region === 'London')).toBe(true);
    expect(byName(g.rows)).toEqual(expectedList('help-and-protection', ['good'], null, (a) => authorityByName(a)?.region === 'London'));
    expect(g.rows.map(contract)).toContainEqual({
      authority: 'Hackney',
      reportId: 'hackney-2024',
      kind: 'ilacs',
      published: '2024-08-20',
      area: 'help-and-protection',
      grade: 'good',
    });
  });

  it("'which authorities in the North West are inadequate now' uses the latest inspection, and says which it could not count", () => {
    const g = grades('which authorities in the North West are inadequate now');
    expect(byName(g.rows)).toEqual(expectedList('overall', ['inadequate'], null, (a) => authorityByName(a)?.region === 'North West'));
    expect(g.rows.some((r) => r.authority === 'Bury')).toBe(false);
    // Blackpool's latest inspection is under the 2026 framework: no overall grade, and it says so.
    expect(g.notes.join(' ')).toMatch(/Blackpool[^.]*2026 framework/);
    // Every North West authority has reports now: nothing is left uncounted for want of them.
    expect(g.notes.join(' ')).not.toMatch(/no reports in this index/);
  });

  it("'which of Bury's neighbours are good or better': good or outstanding, among Bury's statistical neighbours", () => {
    const g = grades("which of Bury's neighbours are good or better");
    const neighbours = new Set(statisticalNeighbours('Bury').map((n) => n.name));
    expect(g.rows.every((r) => neighbours.has(r.authority) && ['good', 'outstanding'].includes(r.grade))).toBe(true);
    expect(byName(g.rows)).toEqual(expectedList('overall', ['good', 'outstanding'], null, (a) => neighbours.has(a)));
    expect(g.rows.map((r) => [r.authority, r.reportId, r.grade])).toEqual(
      expect.arrayContaining([
        ['Cornwall', 'cornwall-2024', 'good'],
        ['Norfolk', 'norfolk-2026', 'outstanding'],
      ]),
    );
  });

  it("'which councils are good for adoption?' uses each authority's latest inspection that graded adoption, and says so", () => {
    const g = grades('which councils are good for adoption?');
    // ILACS (2018 on) grade no adoption: each authority's latest SIF that did, computed from the parsed judgements.
    const expected = [...graded]
      .filter(([authority]) => authorityByName(authority)?.until === null || authorityByName(authority)?.until === undefined)
      .flatMap(([authority, reports]) => {
        const withAdoption = reports.find((r) => gradeIn(r, 'adoption') !== undefined && gradeIn(r, 'adoption') !== 'other');
        return withAdoption !== undefined && gradeIn(withAdoption, 'adoption') === 'good' ? [{ authority, reportId: withAdoption.id, grade: 'good' }] : [];
      })
      .sort((a, b) => a.authority.localeCompare(b.authority));
    expect(expected.length).toBeGreaterThan(50);
    expect(byName(g.rows)).toEqual(expected);
    expect(g.rows.every((r) => r.kind === 'sif' && r.year <= 2018)).toBe(true);
    expect(g.headline).toMatch(/^\d+ authorities in England rated good for adoption, on each authority's latest inspection that graded adoption:$/);
    expect(g.notes.join(' ')).toMatch(/authorities’ latest inspection \(ILACS[^)]*\) gives no adoption grade, so the latest that did is used \(from 2013 to 2018\)/);
    // A year asked keeps its meaning: only that year's inspections.
    expect(grades('which councils were good for adoption in 2016').rows.every((r) => r.year === 2016 || r.published?.startsWith('2016'))).toBe(true);
  });

  it('says which frameworks it counts, and leaves out 2026-framework inspections from overall counts by name', () => {
    const g = grades('how many authorities are inadequate');
    const in2026 = [...graded].filter(([, reports]) => reports[0]?.kind === 'ilacs-2026').map(([a]) => a);
    for (const authority of in2026) expect(g.notes.join(' ')).toContain(authority);
  });
});

describe('neighbours and comparisons', () => {
  it("'who are Bury's statistical neighbours' lists all ten, closest first, with the latest grade of each", () => {
    const answer = corpus.ask("who are Bury's statistical neighbours");
    const g = answer.grades as GradeAnswer;
    expect(g.kind).toBe('neighbours');
    expect(g.neighbours).toEqual(statisticalNeighbours('Bury').map((n) => ({ authority: n.name, closeness: n.closeness })));
    expect(g.neighbours?.[0]).toEqual({ authority: 'Lancashire', closeness: 'very close' });
    for (const row of g.rows) expect(row.reportId).toBe(graded.get(row.authority)?.[0]?.id);
    expect(g.rows.map((r) => [r.authority, r.grade])).toEqual(expect.arrayContaining([['Cornwall', 'good']]));
  });

  it("'compare Leeds and Bury on care leavers' gives each one's latest care leavers grade and its best paragraph on care leavers", () => {
    const answer = corpus.ask('compare Leeds and Bury on care leavers');
    const g = answer.grades as GradeAnswer;
    expect(g.kind).toBe('compare');
    expect(g.rows.map(contract)).toEqual([
      { authority: 'Leeds', reportId: 'leeds-2025', kind: 'ilacs', published: '2025-08-12', area: 'care-leavers', grade: 'outstanding' },
      { authority: 'Bury', reportId: 'bury-2025', kind: 'ilacs', published: '2025-07-29', area: 'care-leavers', grade: 'requires-improvement' },
    ]);
    expect(answer.results.map((h) => h.authority)).toEqual(['Leeds', 'Bury']);
    for (const hit of answer.results) expect(`${hit.section} ${hit.text}`).toMatch(/care leaver/i);
  });

  it("'how does Oldham compare with its neighbours on the front door' covers Oldham's neighbours on help and protection", () => {
    const answer = corpus.ask('how does Oldham compare with its neighbours on the front door');
    const g = answer.grades as GradeAnswer;
    expect(g.kind).toBe('compare');
    expect(g.area).toBe('help-and-protection');
    expect(g.neighbours?.map((n) => n.authority)).toEqual(statisticalNeighbours('Oldham').map((n) => n.name));
    expect(g.rows.map(contract)).toContainEqual({
      authority: 'Birmingham',
      reportId: 'birmingham-2023',
      kind: 'ilacs',
      published: '2023-04-18',
      area: 'help-and-protection',
      grade: 'good',
    });
    const cited = new Set(g.rows.map((r) => r.authority));
    // Every authority with no grade is named in a note: nothing is dropped silently.
    for (const name of ['Oldham', ...statisticalNeighbours('Oldham').map((n) => n.name)]) {
      if (!cited.has(name)) expect(g.notes.join(' ')).toContain(name);
    }
    expect(answer.results.find((h) => h.authority === 'Birmingham')?.reportId).toBe('birmingham-2023');
    // "Stack up" and "measure up" compare too.
    const stack = corpus.ask('how does Oldham stack up against its neighbours on the front door?').grades as GradeAnswer;
    expect(stack.kind).toBe('compare');
    expect(stack.rows.map(contract)).toEqual(g.rows.map(contract));
    expect(corpus.ask('how does bury measure up to leeds on care leavers?').grades?.kind).toBe('compare');
  });
});

describe('ordinary questions are unchanged', () => {
  it.each(['LADO Bury', 'Are IRO caseloads manageable in Bury?', 'care leavers mental health Southend', 'what did inspectors say about leadership in Leeds'])(
    '%s has passages and no grades',
    (question) => {
      const answer = corpus.ask(question);
      expect(answer.grades).toBeUndefined();
      expect(answer.results.length).toBeGreaterThan(0);
    },
  );

  it("'Birmingham care leavers since 2018' searches every report from 2018, not only 2018", () => {
    const answer = corpus.ask('Birmingham care leavers since 2018', { limit: 20 });
    expect(answer.understood.range).toEqual({ kind: 'years', from: 2018, to: null });
    const reports = new Set(answer.results.map((h) => h.reportId));
    // Inspections and focused visits from 2018 on, never the 2014 or 2016 inspections.
    expect([...reports].every((id) => /^birmingham-(?:2018|2023|2020-focused-visit|2021-focused-visit|2024-focused-visit)$/.test(id))).toBe(true);
    expect(reports.has('birmingham-2023')).toBe(true);
  });
});
