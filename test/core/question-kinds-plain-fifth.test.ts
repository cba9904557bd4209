/**
 * Plain questions probed beside the 182nd routing round and after
 * (scripts/route-questions.json): why a council has a grade it no longer
 * has, what went wrong, "the worst councils for…", a grade "marked" or asked
 * "atm", a question with its last word "when?", a chronology, a reinspection
 * still to come, and the asker's own scene or belief around the question.
 * Each case was answered as another kind, or is a near neighbour that must
 * not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer, paragraphsAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);
const paragraphsFor = paragraphsAnswer(ask);

describe('why a council has a grade', () => {
  it('says the grade now before the inspection that gave the grade asked of, when it has changed since', () => {
    const a = ask('Why is Birmingham inadequate?');
    expect(a.gradeGiven).toBe(
      'Birmingham is not inadequate overall now: its latest graded inspection, Birmingham 2023 ILACS (published 18 April 2023), rated it good. ' +
        'It was last rated inadequate overall at Birmingham 2016 SIF (published 25 November 2016); its summary:',
    );
    expect(a.results[0]?.reportId).toBe('birmingham-2016');
    // Asked of the past, it is the past's answer alone.
    expect(ask('why was Birmingham inadequate in 2016?').gradeGiven).toMatch(/^Birmingham was rated inadequate overall at Birmingham 2016 SIF/);
  });

  it('answers "how come … got inadequate?" and "why is … rated good?" from the inspection, not with the grade again', () => {
    expect(ask('how come Devon got inadequate?').gradeGiven).toBe('Devon was rated inadequate overall at Devon 2024 ILACS (published 13 May 2025); its summary:');
    expect(ask('why is Birmingham rated good?').gradeGiven).toMatch(/^Birmingham was rated good overall at Birmingham 2023 ILACS/);
    // A grade never given is said so, with the grades it had.
    const leeds = ask('why is Leeds inadequate?');
    expect(leeds.gradeGiven).toBe('No inspection I hold rated Leeds inadequate overall.');
    expect(leeds.grades?.kind).toBe('history');
  });
});

describe('one council as a whole', () => {
  it('gives the picture for "what went wrong in…" with no topic, and paragraphs leaning to weaknesses with one', () => {
    const a = ask('what went wrong in Sandwell?');
    expect(a.kind?.headline).toBe("Sandwell's latest graded inspection: Sandwell 2025 ILACS, published 2 December 2025.");
    expect(a.results[0]?.citation).toBe('Sandwell 2025 ILACS, Summary ¶1');
    expect(kindOf("what's gone wrong in Tameside?")).toBe('overview');
    // "Went" before "wrong" says how the work went; it is no word a report must hold, so the match is not called weak.
    const frontDoor = ask('what went wrong with the front door in Sandwell?');
    expect(frontDoor.kind).toBeUndefined();
    expect(frontDoor.results[0]?.citation).toBe('Sandwell 2022 ILACS, ¶2');
  });

  it('reads the asker\'s new team as their scene, and a question after it that chat left without its mark', () => {
    expect(ask('just started at sefton yot, whats the picture with their childrens services').kind?.headline).toBe(
      "Sefton's latest graded inspection: Sefton 2025 ILACS, published 12 August 2025.",
    );
  });
});

describe('grades asked another way', () => {
  it('reads "the worst councils for…" as the bottom grade for that area', () => {
    const a = ask('worst councils for care leavers');
    expect(a.kind?.kind).toBe('grade-filtered');
    expect(a.grades?.rows.map((r) => r.authority)).toEqual(['Devon', 'Halton', 'Harrow', 'Knowsley']);
    expect(ask('the worst councils').grades?.headline).toBe("9 authorities in England rated inadequate overall, on each authority's latest graded inspection:");
  });

  it('reads a grade "marked" and a grade asked "atm"', () => {
    const havering = ask("Did Havering's leadership get marked inadequate at their last inspection?");
    expect(havering.grades?.kind).toBe('latest');
    expect(havering.grades?.rows.map((r) => r.grade)).toEqual(['inadequate']);
    const rotherham = ask("what's rotherham rated atm?");
    expect(rotherham.grades?.kind).toBe('latest');
    expect(rotherham.grades?.rows.map((r) => r.grade)).toEqual(['outstanding']);
    // "A marked improvement" is no grade.
    expect(paragraphsFor("has there been a marked improvement in Bury's front door?")).toBe(true);
  });

  it('compares two councils when the sentence after the question says where the asker lives', () => {
    const a = ask('Is Derby rated better than Nottingham? We live right between them and could go with either for adoption');
    expect(a.grades?.kind).toBe('compare');
    expect(a.grades?.rows.map((r) => `${r.authority}: ${r.grade}`)).toEqual(['Derby: outstanding', 'Nottingham: inadequate']);
  });
});

describe('lists of visits, the list to improve, and what is still to come', () => {
  it('lists inspections for a question whose last word is "when?", and a chronology', () => {
    expect(ask('oldham last full inspection when?').kind?.headline).toBe('2 inspections of Oldham (1 authority), latest first:');
    expect(ask('Could you set out the chronology of Ofsted activity in Devon from 2019 onwards?').kind?.headline).toBe(
      '4 reports of Devon (1 authority), carried out since 2019, latest first:',
    );
  });

  it('gives the list for what Ofsted "required" a council to improve, after the grade that came with it', () => {
    expect(ask('what did Ofsted require Bury to improve?').kind?.headline).toBe(
      "Bury's latest graded inspection, Bury 2025 ILACS, published 29 July 2025, lists 5 things to improve.",
    );
    expect(ask('Following the inadequate judgement for the Isles of Scilly in 2023, what did Ofsted require the council to improve?').kind?.headline).toBe(
      "Isles of Scilly's 2023 graded inspection, Isles of Scilly 2023 ILACS, published 25 August 2023, lists 8 things to improve.",
    );
  });

  it('says no report dates a reinspection still to come, and reads the asker\'s belief after a question as no part of it', () => {
    expect(ask("when's havering getting reinspected, anyone know?").kind?.headline).toBe(
      'No report says when Havering will next be inspected or visited: Ofsted\'s reports describe inspections already carried out, and give no future dates.',
    );
    expect(kindOf('when is bury being inspected?')).toBe('cannot-tell');
    expect(ask("What happened at the Isles of Scilly visit in summer 2022? I gather it wasn't great").kind?.headline).toMatch(
      /^Isles of Scilly's 2022 focused visit \(Isles of Scilly 2022 focused visit\), on children in need/,
    );
  });
});
