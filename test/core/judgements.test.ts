import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus, type InspectionSummary } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const grades = (inspection: InspectionSummary | undefined): Record<string, string> =>
  Object.fromEntries((inspection?.judgements ?? []).map((j) => [j.area, j.grade]));

function ok(query: string) {
  const answer = corpus.judgements(query);
  if (!answer.ok) throw new Error(`expected judgements for ${query}: ${answer.error.message}`);
  return answer;
}

describe('judgements', () => {
  it('Bury: every inspection, latest first, with every grade as printed', () => {
    const answer = ok('Bury');
    // Focused visits are listed in their place, as visits without grades, with their theme.
    expect(answer.inspections.map((i) => i.reportId)).toEqual([
      'bury-2025',
      'bury-2021',
      'bury-2020-focused-visit',
      'bury-2019-focused-visit',
      'bury-2018-focused-visit',
      'bury-2016',
    ]);
    const visit = answer.inspections[3];
    expect(visit?.kind).toBe('focused-visit');
    expect(visit?.judgements).toEqual([]);
    expect(visit?.overall).toBeNull();
    expect(visit?.themes.length).toBeGreaterThan(0);
    const [latest, middle] = answer.inspections;
    const older = answer.inspections[5];
    expect(middle?.overall).toBe('Inadequate');
    expect(grades(middle)).toEqual({
      'The impact of leaders on social work practice with children and families': 'Inadequate',
      'The experiences and progress of children who need help and protection': 'Inadequate',
      'The experiences and progress of children in care and care leavers': 'Requires improvement to be good',
    });
    expect(latest?.overall).toBe('Requires improvement to be good');
    expect(grades(latest)).toEqual({
      'The impact of leaders on social work practice with children and families': 'Good',
      'The experiences and progress of children who need help and protection': 'Requires improvement to be good',
      'The experiences and progress of children in care': 'Requires improvement to be good',
      'The experiences and progress of care leavers': 'Requires improvement to be good',
    });
    expect(older?.kind).toBe('sif');
    expect(older?.overall).toBe('Requires improvement to be good');
    expect(grades(older)).toEqual({
      'Children who need help and protection': 'Good',
      'Children looked after and achieving permanence': 'Requires improvement',
      'Adoption performance': 'Good',
      'Experiences and progress of care leavers': 'Requires improvement',
      'Leadership, management and governance': 'Good',
    });
    expect(older?.lscb?.grade).toBe('Good');
    expect(older?.citation).toBe('Bury 2016 SIF');
  });

  it('Southend-on-Sea 2024, by alias', () => {
    const answer = ok('southend');
    expect(answer.authority).toBe('Southend-on-Sea');
    const [inspection] = answer.inspections;
    expect(inspection?.reportId).toBe('southend-on-sea-2024');
    expect(inspection?.overall).toBe('Good');
    expect(grades(inspection)['The experiences and progress of children in care']).toBe('Requires improvement to be good');
    expect(grades(inspection)['The experiences and progress of care leavers']).toBe('Good');
  });

  it('Somerset 2017, area names clean despite the split words in the source', () => {
    const [inspection] = ok('Somerset 2017').inspections;
    expect(inspection?.reportId).toBe('somerset-2017');
    expect(inspection?.published).toBe('2018-01-29');
    expect(grades(inspection)).toEqual({
      'Children who need help and protection': 'Requires improvement',
      'Children looked after and achieving permanence': 'Requires improvement',
      'Adoption performance': 'Good',
      'Experiences and progress of care leavers': 'Requires improvement',
      'Leadership, management and governance': 'Requires improvement',
    });
  });

  it('filters by area across frameworks: children in care ~ children looked after', () => {
    const answer = ok('Bury children in care');
    expect(answer.area).toBe('children-in-care');
    expect(answer.inspections.map((i) => i.judgements.map((j) => j.area))).toEqual([
      ['The experiences and progress of children in care'],
      ['The experiences and progress of children in care and care leavers'],
      [],
      [],
      [],
      ['Children looked after and achieving permanence'],
    ]);
    const looked = ok('bury looked after children');
    expect(looked.inspections.map((i) => i.judgements.map((j) => j.area))).toEqual(answer.inspections.map((i) => i.judgements.map((j) => j.area)));
  });

  it('filters by area: care leavers, adoption, leadership', () => {
    expect(ok('Southend care leavers').inspections[0]?.judgements.map((j) => j.grade)).toEqual(['Good']);
    const adoption = ok('Bury adoption');
    expect(adoption.inspections.map((i) => i.judgements.map((j) => `${j.area}: ${j.grade}`))).toEqual([[], [], [], [], [], ['Adoption performance: Good']]);
    expect(ok('somerset 2017 leadership').inspections[0]?.judgements.map((j) => j.grade)).toEqual(['Requires improvement']);
    // The 2018-2022 combined area answers for care leavers too.
    expect(ok('Bury care leavers').inspections.filter((i) => i.kind !== 'focused-visit').map((i) => i.judgements.map((j) => j.grade))).toEqual([
      ['Requires improvement to be good'],
      ['Requires improvement to be good'],
      ['Requires improvement'],
    ]);
  });

  it('filters by year', () => {
    expect(ok('Bury 2016').inspections.map((i) => i.reportId)).toEqual(['bury-2016']);
    expect(ok('Bury 2021').inspections.map((i) => i.reportId)).toEqual(['bury-2021']);
    expect(ok('Bury latest').inspections.map((i) => i.reportId)).toEqual(['bury-2025']);
    // Somerset's 2017 inspection was published in 2018: either year finds it.
    expect(ok('Somerset 2018').inspections.map((i) => i.reportId)).toEqual(['somerset-2017']);
    expect(ok('Bury 2019').inspections.map((i) => i.reportId)).toEqual(['bury-2019-focused-visit']);
    const missing = corpus.judgements('Bury 2017');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.suggestions).toEqual(['Bury 2025', 'Bury 2021', 'Bury 2020', 'Bury 2019', 'Bury 2018', 'Bury 2016']);
  });

  it('says an unknown authority is unknown and suggests the closest names', () => {
    // One letter out: read as the authority it must mean, and said so.
    const corrected = corpus.judgements('Southent');
    expect(corrected.ok && corrected.authority).toBe('Southend-on-Sea');
    expect(corrected.ok && corrected.notice).toBe('Showing results for Southend-on-Sea (you typed “Southent”).');
    expect(corpus.judgements('Birmingam care leavers').ok).toBe(true);
    // Too far from any name: never guessed, the closest are offered.
    const answer = corpus.judgements('Sothernton');
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.message).toBe('I don\'t have reports for "Sothernton". Did you mean one of these?');
      expect(answer.error.suggestions.length).toBeGreaterThan(0);
    }
    expect(corpus.judgements('Narnia').ok).toBe(false);
    for (const bad of ['', '::', '@everyone', 'x'.repeat(10_000)]) expect(corpus.judgements(bad).ok).toBe(false);
  });
});

describe('improvements', () => {
  it("lists the latest report's 'What needs to improve', each cited", () => {
    const answer = corpus.improvements('Bury');
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.report.reportId).toBe('bury-2025');
    expect(answer.heading).toBe('What needs to improve?');
    expect(answer.items).toHaveLength(5);
    expect(answer.items[4]?.citation).toBe('Bury 2025 ILACS, Improve ¶5');
    expect(answer.items[4]?.text).toBe(
      'The consistency of decisions by the local authority designated officer (LADO) and the extent to which those decisions are evidenced (outcome 3, national framework)',
    );
  });

  it('gives SIF recommendations for an older year', () => {
    const answer = corpus.improvements('Bury 2016');
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.items.map((i) => i.paragraph)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('says so when there is no inspection in the year asked for, rather than answering for another', () => {
    const answer = corpus.improvements('Bury 2017');
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.message).toBe('I have no Bury inspection from 2017.');
      expect(answer.error.suggestions).toEqual(['Bury 2025', 'Bury 2021', 'Bury 2020', 'Bury 2019', 'Bury 2018', 'Bury 2016']);
    }
    // A focused visit's areas for improvement are the latest word for its year.
    const visit = corpus.improvements('Bury 2019');
    expect(visit.ok && visit.report.reportId).toBe('bury-2019-focused-visit');
    expect(visit.ok && visit.items.length).toBeGreaterThan(0);
    // Somerset's 2017 inspection was published in 2018: either year finds its recommendations.
    const somerset = corpus.improvements('Somerset 2018');
    expect(somerset.ok && somerset.report.reportId).toBe('somerset-2017');
  });

  it('refuses an unknown authority with suggestions', () => {
    const answer = corpus.improvements('Narnia');
    expect(answer.ok).toBe(false);
  });
});

describe('paragraph', () => {
  it('returns a paragraph whole by reference', () => {
    const answer = corpus.paragraph('bury-2025 13');
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.hit.text.startsWith('Management oversight and the effectiveness of practice for children in the preproceedings phase')).toBe(true);
    expect(answer.hit.text.endsWith('an increasingly higher number of families are supported to make the necessary changes for children to remain at home.')).toBe(true);
  });

  it('accepts ¶, unnumbered labels and pasted citations', () => {
    for (const ref of ['bury-2025 ¶13', 'bury-2025#13', 'Bury 2025 ILACS, ¶13']) {
      const answer = corpus.paragraph(ref);
      expect(answer.ok && answer.hit.reference).toBe('bury-2025 13');
    }
    const summary = corpus.paragraph('bury-2025 Summary ¶2');
    expect(summary.ok && summary.hit.text.startsWith('A comprehensive quality assurance framework')).toBe(true);
  });

  it('explains a missing paragraph or report', () => {
    const missing = corpus.paragraph('bury-2025 999');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/bury-2025 has no paragraph "999"/);
    expect(corpus.paragraph('narnia-1950 1').ok).toBe(false);
    expect(corpus.paragraph('').ok).toBe(false);
  });
});
