/**
 * A time given as a premise and pointed back to ("Bury got inadequate in 2021
 * - what visits in the couple of years before that?"), read before the other
 * ranges (time-range.ts, findTimeRange).
 */
import type { TimeRange } from '../answer-types.ts';
import type { RawToken } from '../search/tokenize.ts';
import { dateAt, monthAt, shortYearAt, span, yearAt } from './date-words.ts';
import { NUMBER_WORDS } from './number-words.ts';
import type { FoundRange } from './time-range.ts';

/** Verbs telling a grade in a clause that dates a question ("since they went inadequate in…"). */
const GRADE_VERBS = new Set(['got', 'went', 'was', 'were', 'became', 'been', 'rated', 'judged', 'dropped', 'moved', 'came']);

/** A count of years before a time: "the couple of years before that", "the three years before then", "2 years". */
function yearCount(word: string): number | undefined {
  const n = NUMBER_WORDS[word] ?? (/^\d{1,2}$/.test(word) ? Number(word) : undefined);
  return n !== undefined && n >= 1 ? n : undefined;
}

/** A clause dating a grade: "since they went inadequate in Dec 2023", "after Calderdale got good in 2018". */
export interface GradeClause {
  /** The token of "since" or "after". */
  at: number;
  /** The tokens from the grade told (its verb) to the end of its date: [told, end). */
  told: number;
  end: number;
  /** The last day the date names: the day itself, its month's last day, or its year's. */
  date: string;
  /** How precisely it was written: "12 December 2023", "Dec 2023", "2023". */
  precision: 'day' | 'month' | 'year';
}

/** The first clause of `tokens` that dates a grade: "since" or "after", a short clause with a grade verb, "in"/"at", a date. */
export function gradeClause(tokens: readonly RawToken[]): GradeClause | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.word !== 'since' && tokens[i]?.word !== 'after') continue;
    for (let k = i + 2; k <= i + 6 && k < tokens.length; k++) {
      if (!/^(?:in|at)$/.test(tokens[k]?.word ?? '')) continue;
      const told = tokens.findIndex((t, j) => j > i && j < k && GRADE_VERBS.has(t.word));
      const date = told < 0 ? null : dateAt(tokens, k + 1);
      if (date === null) break;
      const precision = date.length === 3 ? 'day' : date.length === 2 ? 'month' : 'year';
      return { at: i, told, end: k + 1 + date.length, date: date.date, precision };
    }
  }
  return null;
}

/** The nearest date before token `end` (a month and year, or a year), with the "in"/"at" before it. */
function anchorBefore(tokens: readonly RawToken[], end: number): { year: number; used: number[] } | null {
  for (let j = end - 1; j >= 0; j--) {
    const year = yearAt(tokens, j) ?? (monthAt(tokens, j - 1) !== null ? shortYearAt(tokens, j) : null);
    if (year === null) continue;
    const start = monthAt(tokens, j - 1) !== null ? j - 1 : j;
    const lead = /^(?:in|at)$/.test(tokens[start - 1]?.word ?? '') ? start - 1 : start;
    return { year, used: span(lead, j + 1 - lead) };
  }
  return null;
}

/**
 * A time given as a premise and then pointed back to: "Bury got inadequate in
 * 2021 - what visits were there in the couple of years before that?", "Sandwell
 * got good in Oct 2025 - how many visits between the 2022 ILACS and that one?",
 * "inspected again since they went inadequate in Dec 2023?". The premise's date
 * is the range's edge; its words, and the pointing words, are not searched.
 */
export function anchoredRange(tokens: readonly RawToken[]): FoundRange | null {
  for (let a = 1; a < tokens.length; a++) {
    const word = tokens[a]?.word;
    if (word !== 'that' && word !== 'then') continue;
    const one = tokens[a + 1]?.word === 'one' ? 1 : 0;
    const relation = tokens[a - 1]?.word;
    if (relation === 'before') {
      // "the couple of years before that": the count, with its "of", "the" and "in"/"over" before it.
      const of = tokens[a - 3]?.word === 'of' ? 1 : 0;
      const counted = tokens[a - 2]?.word === 'years' ? yearCount(tokens[a - 3 - of]?.word ?? '') : undefined;
      // A plain "before that" is the report before ("Gateshead SIF 2015 - when were LAC services last inspected
      // before that?"), which the inspection matter reads (inspection-matter.ts).
      if (counted === undefined) continue;
      let start = a - 3 - of;
      if (tokens[start - 1]?.word === 'the') start -= 1;
      if (/^(?:in|over|during)$/.test(tokens[start - 1]?.word ?? '')) start -= 1;
      const anchor = anchorBefore(tokens, start);
      if (anchor === null) continue;
      const range: TimeRange = { kind: 'years', from: anchor.year - counted, to: anchor.year };
      return { range, used: [...anchor.used, ...span(start, a + 1 + one - start)] };
    }
    if (relation === 'since' || relation === 'after') {
      const anchor = anchorBefore(tokens, a - 1);
      if (anchor === null) continue;
      return { range: { kind: 'years', from: anchor.year, to: null }, used: [...anchor.used, ...span(a - 1, 2 + one)] };
    }
    if (relation === 'and') {
      // between the 2022 ILACS and that one
      const between = tokens.findLastIndex((t, k) => k < a - 1 && t.word === 'between');
      const first = between < 0 ? -1 : [1, 2].map((k) => between + k).find((k) => k < a - 1 && yearAt(tokens, k) !== null) ?? -1;
      if (first < 0) continue;
      const anchor = anchorBefore(tokens, between);
      if (anchor === null) continue;
      const from = yearAt(tokens, first) as number;
      return { range: { kind: 'years', from: Math.min(from, anchor.year), to: Math.max(from, anchor.year) }, used: [...anchor.used, ...span(between, a + 1 + one - between)] };
    }
  }
  // "since they went inadequate in Dec 2023", "after Calderdale got good in 2018". The clause's subject ("Calderdale")
  // is still read; the grade told and its date are not searched. (A list reads the month itself: list-time.ts.)
  const clause = gradeClause(tokens);
  if (clause === null) return null;
  return { range: { kind: 'years', from: Number(clause.date.slice(0, 4)), to: null }, used: [clause.at, ...span(clause.told, clause.end - clause.told)] };
}
