/**
 * Times counted back from today ("3 years ago", "a couple of years back",
 * "18 months ago"), read against a fixed today so the years do not move.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type AskAnswer, type Corpus } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus({ today: () => '2026-12-06' });
});

const ask = (q: string): AskAnswer => corpus.ask(q);

describe('times counted back from today', () => {
  it('reads "N years ago" as that year and "N months ago" as the year it fell in', () => {
    const bury = ask('bury grades five years ago');
    expect(bury.understood.year).toBe(2021);
    expect(bury.grades?.rows.map((r) => r.reportId)).toEqual(['bury-2021']);
    expect(ask('kent front door 18 months ago').understood.year).toBe(2025);
    expect(ask('what did bury say about the LADO 3 years ago').understood.terms).toEqual(['lado']);
  });

  it('reads "a couple of years back" and "a few years ago" as the years around them, and searches none of the words', () => {
    const leeds = ask('what did ofsted say about care leavers in leeds a few years ago');
    expect(leeds.understood.range).toEqual({ kind: 'years', from: 2021, to: 2024 });
    expect(leeds.understood.terms).toEqual(['care leavers']);
    expect(leeds.results.length).toBeGreaterThan(0);
    expect(leeds.results.every((h) => h.year >= 2021 && h.year <= 2024)).toBe(true);
    const visit = ask('what was the FV in bury a couple of years back about');
    expect(visit.kind?.kind).toBe('focused-visit');
    // Bury has no letter from 2023 to 2025: the answer says so and gives its nearest.
    expect(visit.kind?.headline).toMatch(/^I have no focused-visit letter for Bury 2023 to 2025; the nearest is Bury's 2020 focused visit/);
  });

  it('reads no date from "came back into care" or "how many years ago"', () => {
    expect(ask('care leavers in leeds who came back into care').understood).toMatchObject({ year: null, range: null });
    const when = ask('how many years ago was bury last inspected');
    expect(when.understood).toMatchObject({ year: null, range: null });
    expect(when.kind?.kind).toBe('visit-list');
  });
});
