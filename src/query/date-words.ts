/**
 * The words of a date in a question's tokens: years (and two-digit years
 * after a month), months in full or short, and whole dates ("31 March 2025",
 * "March 2025", "2025-03-31"). Shared by the time readers (time-range.ts,
 * time-premise.ts), which read what the dates mean.
 */
import type { RawToken } from '../search/tokenize.ts';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_SHORT = MONTHS.map((m) => m.slice(0, 3));

export function yearAt(tokens: readonly RawToken[], i: number): number | null {
  const word = tokens[i]?.word;
  return word !== undefined && /^(?:19|20)\d\d$/.test(word) ? Number(word) : null;
}

/**
 * A year written in two digits after a month ("an FV in dec 25", "oct 22"):
 * staff date visits by month and year, so "dec 25" is December 2025, not the
 * 25th. Only years Ofsted's frameworks cover (2012 on), and never before
 * another year ("dec 12 2023" is a day).
 */
export function shortYearAt(tokens: readonly RawToken[], i: number): number | null {
  return yearAt(tokens, i + 1) !== null ? null : twoDigitYear(tokens[i]?.word ?? '');
}

/** "23" as 2023: only the years Ofsted's frameworks cover (2012 on) and the next few. */
export function twoDigitYear(word: string): number | null {
  if (!/^\d\d$/.test(word)) return null;
  const year = 2000 + Number(word);
  return year >= 2012 && year <= 2039 ? year : null;
}

export function monthAt(tokens: readonly RawToken[], i: number): number | null {
  const word = tokens[i]?.word;
  return word === undefined ? null : monthNumber(word);
}

/** A month's number (1-12) from its name in full or short ("sept", "oct"), else null. */
export function monthNumber(word: string): number | null {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  const short = MONTH_SHORT.indexOf(word === 'sept' ? 'sep' : word);
  return short >= 0 && word.length <= 4 ? short + 1 : null;
}

/** "31 March 2025" from an ISO date: how answers write a day. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[m - 1] ?? '';
  return `${d} ${name.charAt(0).toUpperCase()}${name.slice(1)} ${y}`;
}

export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date at token `i`: "31 March 2025", "March 2025", "31/03/2025", "2025-03-31", "2023" (end of year). */
export function dateAt(tokens: readonly RawToken[], i: number): { date: string; length: number } | null {
  const first = tokens[i]?.word ?? '';
  const year0 = yearAt(tokens, i);
  if (year0 !== null) {
    // 2025-03-31
    const m = Number(tokens[i + 1]?.word);
    const d = Number(tokens[i + 2]?.word);
    if (/^\d\d?$/.test(tokens[i + 1]?.word ?? '') && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(year0, m)) {
      return { date: iso(year0, m, d), length: 3 };
    }
    return { date: iso(year0, 12, 31), length: 1 };
  }
  const monthFirst = monthAt(tokens, i);
  if (monthFirst !== null) {
    const year = yearAt(tokens, i + 1) ?? shortYearAt(tokens, i + 1);
    return year === null ? null : { date: iso(year, monthFirst, lastDay(year, monthFirst)), length: 2 };
  }
  if (/^\d\d?(?:st|nd|rd|th)?$/.test(first)) {
    const day = Number.parseInt(first, 10);
    let month = monthAt(tokens, i + 1);
    const numericMonth = Number(tokens[i + 1]?.word);
    if (month === null && /^\d\d?$/.test(tokens[i + 1]?.word ?? '') && numericMonth >= 1 && numericMonth <= 12) month = numericMonth;
    const year = yearAt(tokens, i + 2);
    if (month !== null && year !== null && day >= 1 && day <= lastDay(year, month)) return { date: iso(year, month, day), length: 3 };
  }
  return null;
}

export function is(tokens: readonly RawToken[], i: number, ...words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.word === w);
}

/** Token positions `start`, `start + 1`, … (`length` of them). */
export function span(start: number, length: number): number[] {
  return Array.from({ length }, (_, k) => start + k);
}

/** Lower-case words as tokens (no positions), for reading a date in words already split ("dec 2023"). */
export function wordTokens(words: readonly string[]): RawToken[] {
  return words.map((word) => ({ word, start: 0, length: word.length }));
}
