/**
 * The dates a focused-visit letter prints: the letter's own date at the top
 * (its publication date) and the visit's days in the opening sentence ("on 1
 * and 2 May 2019", "on 29 and 30 September, and 1 October 2020", "between 20
 * October and 22 October 2020", "on the 15 and 16 of May 2018", "on 15, 16
 * and 21 July 2025"), which the shared range reader does not cover: a visit
 * is a list of days, not always a range, and a few letters leave out the year.
 */
import { parseDate, withoutMisprintedYear } from '../parse/dates.ts';

/** The visit's first and last day as ISO dates; nulls when the letter prints none. */
export interface VisitDates {
  start: string | null;
  end: string | null;
}

/** A date line on its own: "28 May 2019", "4th October 2018", and "6 November 20205" (a stray digit). */
const DATE_LINE = /^(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+),?\s+(\d{4,5})\.?$/;

/**
 * The letter's date: the first line of the first page, above the salutation,
 * that is only a date. A year printed with a stray digit ("20205") has more
 * than one reading; all are returned, most likely first, for
 * {@link publishedDate} to choose between with the visit's dates.
 */
export function letterDates(firstPageLines: readonly string[]): string[] {
  for (const text of firstPageLines) {
    if (/^Dear\b/.test(text)) break;
    const m = DATE_LINE.exec(text.trim());
    if (!m) continue;
    const year = m[2] ?? '';
    const years = year.length === 4 ? [year] : [...new Set([...year].map((_, i) => year.slice(0, i) + year.slice(i + 1)))].filter((y) => /^20[12]\d$/.test(y));
    const dates = years.map((y) => parseDate(`${m[1]} ${y}`)).filter((d): d is string => d !== null);
    if (dates.length > 0) return dates.sort().reverse();
  }
  return [];
}

/**
 * The day list after "focused visit ... on" / "between": from the first day
 * number to the year (with a second "to <date>" after it), or to the end of
 * the sentence when no year is printed.
 */
const DAY_LIST =
  /\b(?:on|between)\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?:[^.]*?\b\d{4}\b(?:\s*(?:to|and|until|[–-])\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4})?|[^.]*?(?=\.)))/;

interface Day {
  day: string;
  month: string | null;
  year: string | null;
}

/** Each day number in a day list with the month and year printed after it ("29 and 30 September, and 1 October 2020"). */
function daysOf(list: string): Day[] {
  const days: Day[] = [];
  for (const m of list.matchAll(/\b(\d{4})\b|\b(\d{1,2})(?:st|nd|rd|th)?\b|\b([A-Za-z]{3,})\b/g)) {
    if (m[2] !== undefined) days.push({ day: m[2], month: null, year: null });
    else if (m[3] !== undefined && parseDate(`1 ${m[3]} 2000`) !== null) {
      for (const d of days) d.month ??= m[3];
    } else if (m[1] !== undefined) {
      for (const d of days) d.year ??= m[1];
    }
  }
  return days.filter((d) => d.month !== null);
}

/** An ISO date from a day, taking a missing year from the letter's date (the year before when the month is later than the letter's). */
function isoOf(d: Day, letter: string | null): string | null {
  if (d.year !== null) return parseDate(`${d.day} ${d.month} ${d.year}`);
  if (letter === null) return null;
  const sameYear = parseDate(`${d.day} ${d.month} ${letter.slice(0, 4)}`);
  if (sameYear === null || sameYear <= letter) return sameYear;
  return parseDate(`${d.day} ${d.month} ${Number(letter.slice(0, 4)) - 1}`);
}

/**
 * The visit dates from the letter's opening ("This letter summarises the
 * findings of the focused visit to X children's services on 1 and 2 May
 * 2019"). A last day printed after the letter's own date, when the first day
 * is before it, has a misprinted year ("24 October 2022 to 25 October 2023"
 * in a letter of November 2022), so that day is read in the letter's year.
 * (A whole visit after the letter's date means the letter's date is the
 * misprint: see {@link publishedDate}.)
 */
export function visitDates(opening: string, letter: string | null): VisitDates {
  const at = opening.search(/focused visit\b/i);
  const list = DAY_LIST.exec(opening.slice(Math.max(at, 0)).replace(/\s+/g, ' '));
  const days = list ? daysOf(list[1] ?? '') : [];
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return { start: null, end: null };
  const start = isoOf(first, letter);
  let end = isoOf(last, letter);
  if (start !== null && end !== null && letter !== null && start <= letter && end > letter) end = isoOf({ ...last, year: null }, letter);
  // Both days before the letter but a year apart ("24 October 2022 to 25 October 2023" in a letter of November 2023):
  // the first day's year is the misprint.
  return { start: withoutMisprintedYear(start, end), end };
}

/**
 * The publication date. Letters print their date at the top and are
 * published under it, so the letter's date is the publication date. Of the
 * readings of a misprinted year, the first not before the visit's end is
 * meant; a letter dated before the visit ended carries a misprinted year
 * (Dudley's letter of "21 January 2019" about a visit in December 2019): the
 * same day in the first year after the visit is meant.
 */
export function publishedDate(letter: readonly string[], visitEnd: string | null): string | null {
  if (visitEnd === null) return letter[0] ?? null;
  const fitting = [...letter].sort().find((d) => d >= visitEnd);
  if (fitting !== undefined) return fitting;
  const printed = letter[0];
  if (printed === undefined) return null;
  for (let year = Number(visitEnd.slice(0, 4)); year <= Number(visitEnd.slice(0, 4)) + 1; year++) {
    const moved = `${year}${printed.slice(4)}`;
    if (moved >= visitEnd) return moved;
  }
  return printed;
}
