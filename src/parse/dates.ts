/**
 * Reading the dates Ofsted and councils print ("9 to 20 June 2025",
 * "22 February 2016 – 17 March 2016", "10 September 2025") as ISO dates.
 */

const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number | null {
  const m = name.toLowerCase();
  const index = MONTHS.findIndex((full) => full === m || (m.length >= 3 && full.startsWith(m)));
  return index === -1 ? null : index + 1;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  // Reject 31 June and the like instead of letting Date roll them over.
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Strip ordinal suffixes ("29th") so "29th July 2025" reads like "29 July 2025",
 * and spell out numeric dates ("12/09/2016" is 12 September 2016, as the UK writes it).
 */
function dropOrdinals(s: string): string {
  return s
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (whole, d: string, m: string, y: string) => {
      const month = MONTHS[Number(m) - 1];
      return month === undefined ? whole : `${d} ${month} ${y}`;
    });
}

/** An ISO date from "16 May 2016" (or "16th May 2016"), or null if it is not one. */
export function parseDate(text: string): string | null {
  const m = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(dropOrdinals(text));
  if (!m) return null;
  const month = monthNumber(m[2] ?? '');
  if (month === null) return null;
  return iso(Number(m[3]), month, Number(m[1]));
}

/** The start and end of a printed date range, as ISO dates. */
export interface DateRange {
  start: string | null;
  end: string | null;
}

/**
 * The ISO start and end of a printed range: "9 to 20 June 2025",
 * "14 October 2024 to 25 October 2024", "28 November to 9 December 2022",
 * "22 February 2016 – 17 March 2016", "9–20 June 2025". A single date gives
 * the same start and end; unreadable text gives nulls.
 */
export function parseDateRange(text: string): DateRange {
  const s = dropOrdinals(text).replace(/\s+/g, ' ').trim();
  // An inspection in two parts ("19 November-11 December 2013 and 28 – 30 January 2014") runs from the first start to the last end.
  const parts2 = s.split(/\s+and\s+/i);
  if (parts2.length > 1 && /\d{4}/.test(parts2[0] ?? '')) {
    return { start: parseDateRange(parts2[0] ?? '').start, end: parseDateRange(parts2.at(-1) ?? '').end };
  }
  const parts = s.split(/\s*(?:\bto\b|\buntil\b|[–—-])\s*/i).filter((p) => p !== '');
  if (parts.length < 2) {
    const single = parseDate(s);
    return { start: single, end: single };
  }
  const endText = parts[parts.length - 1] ?? '';
  const end = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(endText);
  if (!end) return { start: parseDate(parts[0] ?? ''), end: null };
  const endYear = Number(end[3]);
  const endMonth = monthNumber(end[2] ?? '');
  if (endMonth === null) return { start: null, end: null };
  const startText = parts[0] ?? '';
  const full = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(startText);
  const dayMonth = /(\d{1,2})\s+([A-Za-z]+)/.exec(startText);
  const dayOnly = /^(\d{1,2})$/.exec(startText.trim());
  let start: string | null = null;
  if (full) {
    const month = monthNumber(full[2] ?? '');
    start = month === null ? null : iso(Number(full[3]), month, Number(full[1]));
  } else if (dayMonth) {
    const month = monthNumber(dayMonth[2] ?? '');
    // "28 November to 9 December 2022": a start month after the end month means the previous year.
    const year = month !== null && month > endMonth ? endYear - 1 : endYear;
    start = month === null ? null : iso(year, month, Number(dayMonth[1]));
  } else if (dayOnly) {
    start = iso(endYear, endMonth, Number(dayOnly[1]));
  }
  return { start: withoutMisprintedYear(start, iso(endYear, endMonth, Number(end[1]))), end: iso(endYear, endMonth, Number(end[1])) };
}

/** No inspection or visit runs longer than this in one printed range; a two-part inspection prints two ranges. */
const LONGEST_RANGE_DAYS = 183;

/**
 * A start whose printed year is a slip: Darlington's letter of November 2023 says "24 October 2022 to 25 October
 * 2023" for a two-day visit. A range over half a year whose start, in the end's year, falls before the end is read
 * that way; a range that truly crosses a year ("30 December 2019 to 10 January 2020") is short.
 */
export function withoutMisprintedYear(start: string | null, end: string | null): string | null {
  if (start === null || end === null) return start;
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  if (days <= LONGEST_RANGE_DAYS) return start;
  const sameYear = `${end.slice(0, 4)}${start.slice(4)}`;
  return sameYear <= end ? sameYear : start;
}
