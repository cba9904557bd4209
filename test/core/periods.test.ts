/**
 * The periods councils count in (financial and academic years, quarters,
 * seasons), dates typed in figures and years said as words, read on their own and in lists of
 * visits counted from the reports' own dates.
 */
import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../src/query/periods.ts';
import { questionWords } from '../../src/query/chat-shorthand.ts';
import { withSpokenWordsAsTyped } from '../../src/query/spoken-words.ts';
import { splitWords } from '../../src/search/tokenize.ts';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const period = (text: string) => findPeriod(questionWords(text))?.period ?? null;

describe('periods', () => {
  it('reads a financial year (April to March) however it is typed', () => {
    const fy = { from: '2024-04-01', to: '2025-03-31', label: 'in the 2024-25 financial year (1 April 2024 to 31 March 2025)' };
    expect(period('visits in FY24/25')).toEqual(fy);
    expect(period('visits in fy 2024/25')).toEqual(fy);
    expect(period('the 2024-25 financial year')).toEqual(fy);
    expect(period('financial year 2024/2025')).toEqual(fy);
  });

  it('reads academic years, quarters of the calendar or of a financial year, and seasons', () => {
    expect(period('the 2022-23 academic year')).toMatchObject({ from: '2022-09-01', to: '2023-08-31' });
    expect(period('school year 22/23')).toMatchObject({ from: '2022-09-01', to: '2023-08-31' });
    expect(period('in Q3 2021')).toMatchObject({ from: '2021-07-01', to: '2021-09-30', label: 'in Q3 2021 (1 July 2021 to 30 September 2021)' });
    expect(period('Q4 FY23/24')).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(period('Q1 of 2023-24')).toMatchObject({ from: '2023-04-01', to: '2023-06-30' });
    expect(period('autumn 2020')).toMatchObject({ from: '2020-09-01', to: '2020-11-30' });
    expect(period('the autumn of 2020')).toMatchObject({ from: '2020-09-01', to: '2020-11-30' });
    expect(period('winter 23/24')).toMatchObject({ from: '2023-12-01', to: '2024-02-29' });
  });

  it('reads "since" and "before" a period as what came since it began, or before', () => {
    expect(period('since Q3 2021')).toEqual({ from: '2021-07-01', to: null, label: 'since Q3 2021 (from 1 July 2021)' });
    expect(period('before FY22/23')).toEqual({ from: null, to: '2022-03-31', label: 'before the 2022-23 financial year (up to 31 March 2022)' });
  });

  it('reads no period from numbers that are not one', () => {
    expect(period('a summer of 12 visits')).toBeNull();
    expect(period('2019 to 2021')).toBeNull();
    expect(period('Q5 2021')).toBeNull();
    expect(period('the 2022-24 plan')).toBeNull();
  });
});

describe('dates typed in figures', () => {
  it('reads a month and year, and a whole date with a two-digit year, as the time readers read words', () => {
    expect(questionWords('since 03/2023').map((t) => t.word)).toEqual(['since', 'march', '2023']);
    expect(questionWords('the visit on 19.07.22').map((t) => t.word)).toEqual(['the', 'visit', 'on', '19', 'july', '2022']);
    expect(questionWords('as at 31/03/2025').map((t) => t.word)).toEqual(['as', 'at', '31', 'march', '2025']);
    // A year and its successor, and an ISO date, stay as typed.
    expect(questionWords('in 2023-24').map((t) => t.word)).toEqual(['in', '2023', '24']);
    expect(questionWords('2025-03-31').map((t) => t.word)).toEqual(['2025', '03', '31']);
  });

  it('answers for the visit a date in figures names', () => {
    expect(ask('Isles of Scilly focused visit 19.07.22 - scope and main findings?').kind?.visits?.[0]?.reportId).toBe('isles-of-scilly-2022-focused-visit');
    expect(ask('Stockton-on-Tees - dates of everything Ofsted have done there since 03/2023?').kind?.visits?.map((v) => v.reportId)).toEqual([
      'stockton-on-tees-2025-focused-visit',
      'stockton-on-tees-2024-focused-visit',
      'stockton-on-tees-2023',
    ]);
  });
});

describe('lists of visits over a period', () => {
  // The counts are the reports' own first days on site within the period (checked against index-data/reports).
  it('counts the focused visits of a financial year, a quarter of one, and a season', () => {
    const fy = ask('how many care leaver themed focused visits were there in FY24/25?');
    expect(fy.kind?.kind).toBe('visit-list');
    expect(fy.kind?.headline).toMatch(/^13 focused visits on care leavers \(13 authorities\), carried out in the 2024-25 financial year \(1 April 2024 to 31 March 2025\)/);
    expect(fy.kind?.visits?.every((v) => (v.inspectionStart ?? '') >= '2024-04-01' && (v.inspectionStart ?? '') <= '2025-03-31')).toBe(true);
    expect(ask('how many focused visits in Q4 FY23/24?').kind?.count).toBe(7);
    expect(ask('which councils had a focused visit in autumn 2020?').kind?.count).toBe(14);
  });

  it('searches a period within one calendar year as that year', () => {
    const bury = ask('what did inspectors say about care leavers in Bury in spring 2021');
    expect(bury.understood.year).toBe(2021);
    expect(bury.understood.terms).toEqual(['care leavers']);
  });
});

describe('dictated words', () => {
  it('reads a year said as words as the year, and leaves other numbers be', () => {
    const words = (text: string) => withSpokenWordsAsTyped(splitWords(text)).map((t) => t.word);
    expect(questionWords('in twenty twenty three').map((t) => t.word)).toEqual(['in', '2023']);
    expect(questionWords('two thousand and nineteen').map((t) => t.word)).toEqual(['2019']);
    expect(questionWords('twenty nineteen visits').map((t) => t.word)).toEqual(['2019', 'visits']);
    expect(questionWords('twenty twenty').map((t) => t.word)).toEqual(['2020']);
    expect(words('twenty one children')).toEqual(['twenty', 'one', 'children']);
    expect(words('sixteen and seventeen year olds')).toEqual(['16', 'and', '17', 'year', 'olds']);
    expect(words('sixteen children')).toEqual(['sixteen', 'children']);
    expect(questionWords('the off said focus visit').map((t) => t.word)).toEqual(['the', 'ofsted', 'focused', 'visit']);
    // One token spans what was said, so the question can be quoted back as typed.
    const [year] = questionWords('twenty twenty three');
    expect(year).toEqual({ word: '2023', start: 0, length: 'twenty twenty three'.length });
  });
});
