/**
 * Question kinds asked in the voices of the seventy-second and later routing
 * rounds (scripts/route-questions.json), and answers whose route was right but
 * whose reading of time was not. Each case is a tuning question the readers
 * learned from, or a near neighbour that must not move.
 */
import { describe, expect, it } from 'vitest';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();

describe('a change of grade dated by one year after both grades', () => {
  it('reads "went from good to RI in 2025" as moves made at inspections published in 2025', () => {
    const a = ask('who went from good to RI in 2025?');
    expect(a.kind?.kind).toBe('grade-change');
    expect(a.kind?.headline).toBe('4 authorities rated good at their previous graded inspection were rated requires improvement at an inspection published in 2025:');
    const rows = a.grades?.rows ?? [];
    expect(rows).toHaveLength(8);
    for (let i = 0; i < rows.length; i += 2) {
      const [before, after] = [rows[i], rows[i + 1]];
      expect([before?.grade, after?.grade]).toEqual(['good', 'requires-improvement']);
      expect(before?.authority).toBe(after?.authority);
      expect(after?.published?.startsWith('2025')).toBe(true);
    }
    expect(rows.filter((r) => r.authority === 'Stockport').map((r) => r.reportId)).toEqual(['stockport-2022', 'stockport-2025']);
  });

  it('still reads a year placed beside the first grade, and two years, as grades at those times', () => {
    expect(ask('which councils were inadequate in 2017 but are good now?').kind?.headline).toBe('12 authorities rated inadequate in 2017 are rated good now:');
    expect(ask('which councils went from good in 2019 to RI in 2025?').kind?.headline).toMatch(/rated good in 2019 were rated requires improvement in 2025/);
  });
});
