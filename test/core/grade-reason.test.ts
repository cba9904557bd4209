/**
 * "Why was Bradford rated inadequate?" (src/query/grade-reason.ts): the
 * inspection that gave the grade answers, not paragraphs elsewhere holding
 * the grade's word. Before, the first paragraph was Bradford's 2014 SIF on
 * adoption ("Adoption performance in Bradford is good").
 */
import { describe, expect, it } from 'vitest';
import { answerPreface } from '../../src/query/preface.ts';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();

describe('why a council got a grade', () => {
  it('quotes the summary of the latest inspection that gave it, and names that inspection above the answer', () => {
    const a = ask('why was Bradford rated inadequate?');
    expect(a.kind).toBeUndefined();
    expect(a.gradeGiven).toBe('Bradford was rated inadequate overall at Bradford 2022 ILACS (published 31 January 2023); its summary:');
    expect(a.results[0]?.reportId).toBe('bradford-2022');
    expect(a.results[0]?.text).toMatch(/^Bradford children's social care was last inspected by Ofsted in September 2018 and was judged to be inadequate/);
    expect(a.results.every((h) => h.reportId === 'bradford-2022')).toBe(true);
    expect(answerPreface(a)).toMatch(/^Bradford was rated inadequate overall at Bradford 2022 ILACS/);
  });

  it('takes the inspection of the year asked, though its paragraphs never say the grade\'s word', () => {
    // Devon's 2024 report holds no paragraph with "inadequate": the question widened to the 2020 report before.
    const a = ask('why was Devon judged inadequate in 2024?');
    expect(a.gradeGiven).toMatch(/^Devon was rated inadequate overall at Devon 2024 ILACS/);
    expect(a.results[0]?.text).toMatch(/^Children's experiences in Devon remain poor/);
    expect(a.widened).toBeUndefined();
  });

  it('reads a topic asked beside the grade within that inspection', () => {
    const a = ask('why was Bradford rated inadequate on the front door?');
    expect(a.gradeGiven).toBe('Bradford was rated inadequate overall at Bradford 2022 ILACS (published 31 January 2023); from that report:');
    expect(a.results[0]?.text).toMatch(/integrated front door/);
  });

  it('says so, with the grades, where no inspection gave the grade asked', () => {
    const a = ask('why was Leeds rated inadequate?');
    expect(a.gradeGiven).toBe('No inspection I hold rated Leeds inadequate overall.');
    expect(a.grades?.kind).toBe('history');
    expect(a.grades?.rows.some((r) => r.grade === 'inadequate')).toBe(false);
  });

  it('leaves questions that ask why of something else, or name no grade, to the paragraphs', () => {
    expect(ask('why did Sandwell bring in private partners to run children\'s services?').gradeGiven).toBeUndefined();
    expect(ask('why are Kirklees children waiting so long for adopters?').gradeGiven).toBeUndefined();
    // "Good at" praises; it names no grade.
    expect(ask('why is Bolton good at care leavers?').gradeGiven).toBeUndefined();
    expect(ask('why is Bolton good?').gradeGiven).toBe('Bolton was rated good overall at Bolton 2023 ILACS (published 27 October 2023); its summary:');
  });
});
