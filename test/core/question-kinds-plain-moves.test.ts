/**
 * Grades moving or held, and visits named by what inspectors looked at, in
 * the words of the 114th and 115th routing rounds' tuning misses and of
 * plain questions probed beside them (scripts/route-questions.json).
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus, kindOfAnswer } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const kindOf = kindOfAnswer(ask);

describe('moves across councils', () => {
  it('reads "a worse rating" as a decline and "outstanding at both of their last two inspections" as a grade held', () => {
    const worse = ask('which councils got a worse rating at their inspections in 2025?');
    expect(worse.kind?.headline).toBe('6 authorities declined at an inspection published in 2025:');
    expect([...new Set(worse.grades?.rows.map((r) => r.authority))]).toEqual(['Bedford', 'Harrow', 'Knowsley', 'Leicester', 'Stockport', 'Warwickshire']);
    expect(ask('which councils got a better rating in 2024?').kind?.headline).toBe('12 authorities improved at an inspection published in 2024:');
    const held = ask('which councils have been rated outstanding at both of their last two inspections?');
    expect(held.kind?.headline).toBe('15 authorities rated outstanding at their previous graded inspection are rated outstanding now:');
    expect(ask('which councils were rated good twice in a row?').kind?.headline).toBe(ask('which councils stayed good?').kind?.headline);
  });
});

describe('one council\'s grades', () => {
  it('reads managing to get out of a grade, and "better or worse than in 2021", as its history', () => {
    expect(ask('Did Herefordshire manage to get out of inadequate?').grades?.rows.map((r) => r.grade)).toEqual(['requires-improvement', 'inadequate', 'good']);
    // The asker's own time ("when I was first elected") keeps its year, and now is the other end.
    const since = ask('Is Warwickshire better or worse than when I was first elected in 2021?');
    expect(since.grades?.headline).toBe('Warwickshire: 2 graded inspections since 2021, in date order.');
    expect(since.grades?.rows.map((r) => r.grade)).toEqual(['good', 'requires-improvement']);
    expect(ask('is Bury better than in 2016?').grades?.headline).toBe('Bury: 3 graded inspections since 2016, in date order.');
    expect(ask('the grade they got at every full inspection we have on record, from the first single inspection onwards, for Rotherham').grades?.kind).toBe('history');
  });

  it('gives the overview for "where\'s Dudley at now - still RI?"', () => {
    const a = ask("where's Dudley at now - still RI?");
    expect(a.kind?.kind).toBe('overview');
    expect(a.kind?.headline).toBe("Dudley's latest graded inspection: Dudley 2022 ILACS, published 13 January 2023.");
  });
});

describe('a visit named by what inspectors looked at that year', () => {
  it('reads the letter\'s own theme as that visit, and another topic as paragraphs', () => {
    const a = ask('what did ofsted find when they looked at care leavers in Barnsley in 2023?');
    expect(a.kind?.kind).toBe('focused-visit');
    expect(a.kind?.visits?.[0]?.reportId).toBe('barnsley-2023-focused-visit');
    expect(kindOf('what did ofsted find when they looked at assessments in Barnsley in 2023?')).toBeUndefined();
  });
});
