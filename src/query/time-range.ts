/**
 * Time in a question beyond a single year: "since 2014", "before 2018",
 * "between 2016 and 2020", "2016-2020", and dates that mean "as at"
 * ("as at 31 March 2025", "in March 2025", "at the end of 2023"). An as-at
 * date is read as Ofsted's official statistics read it ("inspections as at
 * 31 March 2025, with a report published by 30 June 2025"): each authority's
 * latest inspection carried out by that date (its last inspection day) whose
 * report was published by the end of the following quarter.
 */
import type { TimeRange } from '../answer-types.ts';
import type { StoredReport } from '../search/index-file.ts';
import type { RawToken } from '../search/tokenize.ts';
import { MONTHS, dateAt, iso, is, lastDay, longDate, monthAt, shortYearAt, span, wordTokens, yearAt } from './date-words.ts';
import { findPeriod, type Period } from './periods.ts';
import { eventRangeAt } from './sector-events.ts';
import { anchoredRange } from './time-premise.ts';

/** Words before a bare date that make it the edge of a span, not an "as at" date. */
const NOT_AS_AT_BEFORE = new Set(['into', 'from', 'after', 'since', 'until', 'till', 'to', 'between', 'and']);

/** The pandemic, as staff name it ("since covid", "after the lockdowns"). */
const PANDEMIC = /^(?:covid|covid19|coronavirus|pandemic|lockdown|lockdowns)$/;

/** What {@link findTimeRange} found: the range and the tokens it used (so they are not searched). */
export interface FoundRange {
  range: TimeRange;
  /** Token positions that made up the range. */
  used: number[];
  /** A financial or academic year, quarter or season ("FY24/25"): its days; `range` is the calendar years it touches. */
  period?: Period;
}

/** How many words at `i` say "up to now": "to date", "to now", "till now", "to the present (day)" (0 when none). */
function toDateAt(tokens: readonly RawToken[], i: number): number {
  if (!['to', 'till', 'until'].includes(tokens[i]?.word ?? '')) return 0;
  if (['date', 'now', 'present', 'today'].includes(tokens[i + 1]?.word ?? '')) return 2;
  if (tokens[i + 1]?.word !== 'the' || tokens[i + 2]?.word !== 'present') return 0;
  return tokens[i + 3]?.word === 'day' ? 4 : 3;
}

/** The first time range in `tokens`, if any. A bare year ("2016") is not a range: `understand` reads it. */
export function findTimeRange(tokens: readonly RawToken[], today?: string): FoundRange | null {
  const anchored = anchoredRange(tokens);
  if (anchored !== null) return anchored;
  const period = findPeriod(tokens, today);
  if (period !== null) return { range: { kind: 'years', ...period.years }, used: period.used, period: period.period };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word;
    // between 2016 and 2020 / from 2016 to 2020 / 2016 to 2020 / 2016-2020
    const fromYear = word === 'between' || word === 'from' ? yearAt(tokens, i + 1) : null;
    const joiner = fromYear !== null ? i + 2 : i + 1;
    const startYear = fromYear ?? yearAt(tokens, i);
    // "2016 and 2025" without "between" names two years, not the span (understand.ts, alsoYears).
    const joinerWord = tokens[joiner]?.word ?? '';
    const joins = joinerWord === 'and' ? word === 'between' : ['to', 'until', 'till'].includes(joinerWord);
    if (startYear !== null && joins && yearAt(tokens, joiner + 1) !== null) {
      const endYear = yearAt(tokens, joiner + 1) as number;
      const start = fromYear !== null ? i : i;
      return { range: { kind: 'years', from: Math.min(startYear, endYear), to: Math.max(startYear, endYear) }, used: span(start, joiner + 2 - start) };
    }
    if (fromYear === null && startYear !== null) {
      const next = yearAt(tokens, i + 1);
      // "2016-2020" splits into two adjacent years; "2018-2022" as in the combined area's years.
      const text = tokens[i + 1];
      if (next !== null && next > startYear && text !== undefined && tokens[i] !== undefined && text.start - (tokens[i] as RawToken).start === 5) {
        return { range: { kind: 'years', from: startYear, to: next }, used: [i, i + 1] };
      }
      // "the 2026-27 round", "2019/20": a financial or academic year, written with the second year's last two digits.
      if (text !== undefined && tokens[i] !== undefined && text.start - (tokens[i] as RawToken).start === 5 && text.word === String((startYear + 1) % 100).padStart(2, '0')) {
        return { range: { kind: 'years', from: startYear, to: startYear + 1 }, used: [i, i + 1] };
      }
    }
    // since the 2016 JTAI / after the 2018 inspection: an event in that year, and what followed it, that year included.
    // "since their 2017 SIF", "after its 2019 inspection", "since Ofsted's 2020 inspection" too.
    if ((word === 'since' || word === 'after' || word === 'following') && /^(?:the|their|its|ofsted|ofsteds)$/.test(tokens[i + 1]?.word ?? '') && yearAt(tokens, i + 2) !== null) {
      return { range: { kind: 'years', from: yearAt(tokens, i + 2) as number, to: null }, used: span(i, 3) };
    }
    // since the Care Review / before the new government: a sector event's day (sector-events.ts).
    const event = eventRangeAt(tokens, i);
    if (event !== null) return event;
    // since covid / after the pandemic / post lockdown: from 2020, when the pandemic began (the word is then not searched:
    // "PLO drift since covid" asks of the reports since, not of the paragraphs that name covid).
    if ((word === 'since' || word === 'after' || word === 'post') && PANDEMIC.test(tokens[i + 1]?.word ?? '')) {
      return { range: { kind: 'years', from: 2020, to: null }, used: span(i, 2) };
    }
    if ((word === 'since' || word === 'after') && tokens[i + 1]?.word === 'the' && PANDEMIC.test(tokens[i + 2]?.word ?? '')) {
      return { range: { kind: 'years', from: 2020, to: null }, used: span(i, 3) };
    }
    // pre-covid / before the pandemic: up to 2019, the last year before it began.
    if ((word === 'pre' || word === 'before') && PANDEMIC.test(tokens[i + 1]?.word ?? '')) {
      return { range: { kind: 'years', from: null, to: 2019 }, used: span(i, 2) };
    }
    if (word === 'before' && tokens[i + 1]?.word === 'the' && PANDEMIC.test(tokens[i + 2]?.word ?? '')) {
      return { range: { kind: 'years', from: null, to: 2019 }, used: span(i, 3) };
    }
    // since the start of 2024 / from the beginning of 2024: that year on.
    if ((word === 'since' || word === 'from') && tokens[i + 1]?.word === 'the' && /^(?:start|beginning)$/.test(tokens[i + 2]?.word ?? '') && tokens[i + 3]?.word === 'of' && yearAt(tokens, i + 4) !== null) {
      return { range: { kind: 'years', from: yearAt(tokens, i + 4) as number, to: null }, used: span(i, 5) };
    }
    // since March 2024 / after Sept 2021: from that year for the search (a list reads the month itself,
    // kinds/list-time.ts); after December, from the next. ("The visit from May 2019" is that month's.)
    if ((word === 'since' || word === 'after') && monthAt(tokens, i + 1) !== null && yearAt(tokens, i + 2) !== null) {
      const year = yearAt(tokens, i + 2) as number;
      return { range: { kind: 'years', from: word === 'after' && monthAt(tokens, i + 1) === 12 ? year + 1 : year, to: null }, used: span(i, 3) };
    }
    // since the March 2022 inspection: an event of that month, and what followed it, that year included (not "as at" March).
    // ("After the May 2024 ILACS" is still read as at that month: the kind model learned it so.)
    if (word === 'since' && tokens[i + 1]?.word === 'the' && monthAt(tokens, i + 2) !== null && yearAt(tokens, i + 3) !== null) {
      return { range: { kind: 'years', from: yearAt(tokens, i + 3) as number, to: null }, used: span(i, 4) };
    }
    // since 2014 / from 2014 (onwards, to date, to now) / after 2018
    if ((word === 'since' || word === 'from' || word === 'after') && yearAt(tokens, i + 1) !== null) {
      const year = yearAt(tokens, i + 1) as number;
      const onwards = ['onwards', 'onward', 'on'].includes(tokens[i + 2]?.word ?? '') ? 1 : toDateAt(tokens, i + 2);
      return { range: { kind: 'years', from: word === 'after' ? year + 1 : year, to: null }, used: span(i, 2 + onwards) };
    }
    // "2013 to date", "2019 onwards": that year on.
    if (yearAt(tokens, i) !== null && (toDateAt(tokens, i + 1) > 0 || /^onwards?$/.test(tokens[i + 1]?.word ?? ''))) {
      return { range: { kind: 'years', from: yearAt(tokens, i) as number, to: null }, used: span(i, 1 + Math.max(1, toDateAt(tokens, i + 1))) };
    }
    // before 2018 / prior to 2018 / until 2018 / up to 2018
    if ((word === 'before' || word === 'until' || word === 'till') && yearAt(tokens, i + 1) !== null) {
      const year = yearAt(tokens, i + 1) as number;
      return { range: { kind: 'years', from: null, to: word === 'before' ? year - 1 : year }, used: span(i, 2) };
    }
    if ((is(tokens, i, 'prior', 'to') || is(tokens, i, 'up', 'to')) && yearAt(tokens, i + 2) !== null) {
      const year = yearAt(tokens, i + 2) as number;
      return { range: { kind: 'years', from: null, to: word === 'prior' ? year - 1 : year }, used: span(i, 3) };
    }
    // as at / as of / at the end of / by / on <date>; in <month> <year>
    let lead = 0;
    if (is(tokens, i, 'as', 'at') || is(tokens, i, 'as', 'of')) lead = 2;
    else if (is(tokens, i, 'at', 'the', 'end', 'of') || is(tokens, i, 'by', 'the', 'end', 'of')) lead = 4;
    else if (is(tokens, i, 'end', 'of')) lead = 2;
    else if (word === 'by' || word === 'on' || word === 'at') lead = 1;
    if (lead > 0) {
      const date = dateAt(tokens, i + lead);
      if (date !== null) return { range: { kind: 'as-at', date: date.date }, used: span(i, lead + date.length) };
    }
    if (word === 'in' && monthAt(tokens, i + 1) !== null) {
      const date = dateAt(tokens, i + 1);
      if (date !== null) return { range: { kind: 'as-at', date: date.date, month: true }, used: span(i, 1 + date.length) };
    }
    // A bare date is "as at" ("Bury March 2025"), but not where it says when something ran on to or started
    // ("did the inspection run on into February 2023?").
    const after = tokens[i - 1]?.word ?? '';
    const bare = !NOT_AS_AT_BEFORE.has(after) && (monthAt(tokens, i) !== null || /^\d\d?(?:st|nd|rd|th)?$/.test(word ?? '')) ? dateAt(tokens, i) : null;
    if (bare !== null && bare.length > 1) {
      return { range: monthAt(tokens, i) !== null ? { kind: 'as-at', date: bare.date, month: true } : { kind: 'as-at', date: bare.date }, used: span(i, bare.length) };
    }
  }
  return null;
}

/**
 * Every month named with its year in `words` ("dec 24", "December 2024"), as
 * the last day of that month, in the order named: a question may name two
 * ("before the jan 26 ILACS there was a FV in dec 24").
 */
export function monthsNamed(words: readonly string[]): string[] {
  const tokens = wordTokens(words);
  const found: string[] = [];
  tokens.forEach((_, i) => {
    const month = monthAt(tokens, i);
    const year = month === null ? null : (yearAt(tokens, i + 1) ?? shortYearAt(tokens, i + 1));
    if (month !== null && year !== null) found.push(iso(year, month, lastDay(year, month)));
  });
  return found;
}

/** Words before "may" that make it the month ("in May", "last May"), not the verb ("may I ask", "this may be"). */
const MAY_AFTER = new Set(['in', 'during', 'of', 'last', 'early', 'late', 'mid', 'the', 'since', 'from']);
/** Whether `word` (lower case) names a month, in full or short ("jan", "sept"). */
export function isMonthWord(word: string): boolean {
  return monthAt(wordTokens([word]), 0) !== null;
}

/** Words after "may" that make it the month ("the May visit"). */
const MAY_BEFORE = new Set(['visit', 'inspection', 'fv', 'focused', 'report', 'letter', 'ilacs', 'sif']);

/**
 * A month named without a year at token `i` ("the July visit", "back in
 * feb"), read where {@link findTimeRange} found no date: the month's number.
 * "May" is the month only beside a word that makes it one.
 */
export function bareMonthAt(tokens: readonly RawToken[], i: number): number | null {
  const month = monthAt(tokens, i);
  if (month === null || yearAt(tokens, i + 1) !== null || shortYearAt(tokens, i + 1) !== null) return null;
  if (tokens[i]?.word === 'may' && !MAY_AFTER.has(tokens[i - 1]?.word ?? '') && !MAY_BEFORE.has(tokens[i + 1]?.word ?? '')) return null;
  return month;
}

/**
 * Whether the report's inspection or visit was under way in `month` (1-12)
 * of any year: "the July visit" of an authority visited in July 2019 and
 * June 2023. An inspection running from November into January was under way
 * in December.
 */
export function underWayInMonth(report: Pick<StoredReport, 'published' | 'inspectionEnd' | 'inspectionStart'>, month: number): boolean {
  const start = report.inspectionStart;
  if (start === null) return false;
  const end = report.inspectionEnd ?? start;
  let year = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  // At most a year of months: an inspection lasts weeks, and a bad date must not loop long.
  for (let k = 0; k < 12 && iso(year, m, 1).slice(0, 7) <= last; k++) {
    if (m === month) return true;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) year += 1;
  }
  return false;
}

/** The date a report was known by: its publication, else the end of the inspection (it cannot be published earlier). */
export function knownBy(report: Pick<StoredReport, 'published' | 'inspectionEnd' | 'inspectionStart'>): string {
  return report.published ?? report.inspectionEnd ?? report.inspectionStart ?? '';
}

/** The last day of the quarter after the one `date` falls in: 2025-03-31 gives 2025-06-30, 2025-02-14 too. */
export function endOfFollowingQuarter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  // The quarter's last month, then three months on (the year rolls over after December).
  const last = Math.ceil(m / 3) * 3 + 3;
  const year = y + Math.floor((last - 1) / 12);
  const month = ((last - 1) % 12) + 1;
  return iso(year, month, lastDay(year, month));
}

/** The day an inspection was carried out by: its last day, else its first, else its publication. */
export function carriedOutBy(report: Pick<StoredReport, 'published' | 'inspectionEnd' | 'inspectionStart'>): string {
  return report.inspectionEnd ?? report.inspectionStart ?? report.published ?? '';
}

/**
 * Whether a report counts "as at" `date`, as Ofsted's statistics count: the
 * inspection was carried out by the date and its report published by the end
 * of the following quarter (a report that prints no publication date counts:
 * its inspection's end is all that is known).
 */
export function countsAsAt(report: Pick<StoredReport, 'published' | 'inspectionEnd' | 'inspectionStart'>, date: string): boolean {
  const carried = carriedOutBy(report);
  return carried !== '' && carried <= date && (report.published ?? carried) <= endOfFollowingQuarter(date);
}

/**
 * The one line an as-at answer says what it counted in, and, while reports
 * may still be published in the quarter that counts (`today` is in or before
 * it), that more may come.
 */
export function asAtLine(date: string, today: string): string {
  const by = endOfFollowingQuarter(date);
  const rule = `As at ${longDate(date)} means, as in Ofsted's official statistics, each authority's latest inspection carried out by that date (its last inspection day) whose report was published by ${longDate(by)}.`;
  return today <= by ? `${rule} That quarter has not ended yet (today is ${longDate(today)}): more reports may still be published.` : rule;
}

/** "March" for 3. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Whether a report falls in a year range: inspected or published within it. */
export function inYears(report: Pick<StoredReport, 'year' | 'published'>, from: number | null, to: number | null): boolean {
  const within = (y: number): boolean => (from === null || y >= from) && (to === null || y <= to);
  const published = report.published === null ? null : Number(report.published.slice(0, 4));
  return within(report.year) || (published !== null && within(published));
}

/** "in May 2019" for a month named with its year (a paragraph or visit answer reads it as that month), else as {@link describeRange}. */
export function describeWhen(range: TimeRange): string {
  if (range.kind === 'as-at' && range.month === true) {
    const [y, m] = range.date.split('-').map(Number) as [number, number];
    return `in ${monthName(m)} ${y}`;
  }
  return describeRange(range);
}

/** "since 2014", "2016 to 2020", "as at 31 March 2025". */
export function describeRange(range: TimeRange): string {
  if (range.kind === 'as-at') return `as at ${longDate(range.date)}`;
  if (range.from !== null && range.to !== null) return range.from === range.to ? `${range.from}` : `${range.from} to ${range.to}`;
  if (range.from !== null) return `since ${range.from}`;
  return `up to ${range.to}`;
}

/** Whether the report's inspection or visit was under way, or its report published, in the month ending `monthEnd` (an ISO date). */
export function underWayIn(report: Pick<StoredReport, 'published' | 'inspectionEnd' | 'inspectionStart'>, monthEnd: string): boolean {
  const month = monthEnd.slice(0, 7);
  const start = report.inspectionStart ?? report.published ?? '';
  const end = report.inspectionEnd ?? start;
  return (start.slice(0, 7) <= month && end.slice(0, 7) >= month) || report.published?.slice(0, 7) === month;
}

/**
 * How many years `report` lies outside the time asked (0 within it): the
 * nearer of its own year and its publication year. `from`/`to` null are open.
 */
function yearsOutside(report: Pick<StoredReport, 'year' | 'published'>, from: number | null, to: number | null): number {
  const published = report.published === null ? report.year : Number(report.published.slice(0, 4));
  const outside = (y: number): number => (from !== null && y < from ? from - y : to !== null && y > to ? y - to : 0);
  return Math.min(outside(report.year), outside(published));
}

/**
 * Of `reports` (one authority's), those nearest the time asked: a year, a
 * range of years, or "as at" a date (before any report: the earliest). Used
 * when none is from that time ("LADO Bury 2017": its 2016 and 2018 reports),
 * so the answer is the nearest word rather than a dead end. Empty when
 * `reports` is, or when no time is asked.
 */
export function nearestInTime<R extends Pick<StoredReport, 'year' | 'published'>>(reports: readonly R[], year: number | 'latest' | null, range: TimeRange | null): R[] {
  const [from, to] =
    range?.kind === 'years' ? [range.from, range.to] : range?.kind === 'as-at' ? [null, Number(range.date.slice(0, 4))] : typeof year === 'number' ? [year, year] : [undefined, undefined];
  if (from === undefined || to === undefined) return [];
  let best = Infinity;
  for (const report of reports) best = Math.min(best, yearsOutside(report, from, to));
  return reports.filter((report) => yearsOutside(report, from, to) === best);
}
