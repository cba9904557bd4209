/**
 * The periods councils count in, beyond calendar years: financial years
 * ("FY24/25", "the 2023-24 financial year": 1 April to 31 March), academic
 * and school years ("the 2022-23 academic year": 1 September to 31 August),
 * quarters ("Q3 2021" of the calendar, "Q4 FY23/24" of the financial year)
 * and seasons ("autumn 2020", "winter 23/24"). Staff report to their boards
 * and to the DfE in these, so a list of visits "in FY24/25" is the visits of
 * those twelve months, not of 2024 and 2025.
 */
import type { RawToken } from '../search/tokenize.ts';
import { iso, lastDay, longDate, span, twoDigitYear, yearAt } from './date-words.ts';

/** A stretch of days a question names, with the words to say how it was read. */
export interface Period {
  /** First day, ISO; null when the question asks of what came before it ("before FY22/23"). */
  from: string | null;
  /** Last day, ISO; null when it asks of what came since ("since Q3 2021"). */
  to: string | null;
  /** How the answer says it: "in the 2024-25 financial year (1 April 2024 to 31 March 2025)". */
  label: string;
}

/** What {@link findPeriod} found: the period, the calendar years it touches, and the tokens it used. */
export interface FoundPeriod {
  period: Period;
  years: { from: number | null; to: number | null };
  used: number[];
}

/** Words before a period that make it an edge: what came since it began, or before it began. */
const SINCE = new Set(['since', 'from', 'after']);
const BEFORE = new Set(['before', 'until', 'till']);

/** The seasons, as the Met Office counts them: whole months, winter across the new year. */
const SEASONS: Record<string, { first: number; months: number }> = {
  spring: { first: 3, months: 3 },
  summer: { first: 6, months: 3 },
  autumn: { first: 9, months: 3 },
  fall: { first: 9, months: 3 },
  winter: { first: 12, months: 3 },
};

/** A year at `i`, in four digits or (as staff type them) two: "2023", "23". Two-digit years are Ofsted's (2012-2039). */
function anyYearAt(tokens: readonly RawToken[], i: number): number | null {
  return yearAt(tokens, i) ?? twoDigitYear(tokens[i]?.word ?? '');
}

/** Whether tokens `i` and `i + 1` are written joined ("2023/24", "23-24"), not two numbers apart. */
function joined(tokens: readonly RawToken[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && b.start - (a.start + a.length) === 1;
}

/** "2023/24", "2023-2024", "23/24" at `i`: a year and the next, joined. */
function yearPairAt(tokens: readonly RawToken[], i: number): { year: number; length: number } | null {
  const first = anyYearAt(tokens, i);
  if (first === null || !joined(tokens, i)) return null;
  const second = anyYearAt(tokens, i + 1);
  return second === first + 1 ? { year: first, length: 2 } : null;
}

/** "fy24/25", "fy2024/25": the financial-year mark written onto its first year. */
function fyWordPairAt(tokens: readonly RawToken[], i: number): { year: number; length: number } | null {
  const match = /^fy(\d\d|\d{4})$/.exec(tokens[i]?.word ?? '');
  if (match === null || !joined(tokens, i)) return null;
  const digits = match[1] ?? '';
  const first = digits.length === 4 ? Number(digits) : 2000 + Number(digits);
  const second = anyYearAt(tokens, i + 1);
  return second === first + 1 ? { year: first, length: 2 } : null;
}

type YearKind = 'financial' | 'academic';

/** "financial year", "fin year", "fy", "academic year", "school year" at `i`, and how many tokens it takes. */
function yearKindAt(tokens: readonly RawToken[], i: number): { kind: YearKind; length: number } | null {
  const word = tokens[i]?.word ?? '';
  const next = tokens[i + 1]?.word ?? '';
  if (word === 'fy') return { kind: 'financial', length: 1 };
  if ((word === 'financial' || word === 'fin') && /^(?:year|yr)$/.test(next)) return { kind: 'financial', length: 2 };
  if ((word === 'academic' || word === 'school') && /^(?:year|yr)$/.test(next)) return { kind: 'academic', length: 2 };
  return null;
}

/** A financial or academic year named at `i`, before or after its years: "FY24/25", "the 2022-23 academic year", "financial year 2023/24". */
function namedYearAt(tokens: readonly RawToken[], i: number): { kind: YearKind; year: number; length: number } | null {
  const fy = fyWordPairAt(tokens, i);
  if (fy !== null) return { kind: 'financial', ...fy };
  const kindFirst = yearKindAt(tokens, i);
  if (kindFirst !== null) {
    const of = tokens[i + kindFirst.length]?.word === 'of' || tokens[i + kindFirst.length]?.word === 'for' ? 1 : 0;
    const pair = yearPairAt(tokens, i + kindFirst.length + of);
    if (pair !== null) return { kind: kindFirst.kind, year: pair.year, length: kindFirst.length + of + pair.length };
  }
  const pair = yearPairAt(tokens, i);
  if (pair !== null) {
    const kindAfter = yearKindAt(tokens, i + pair.length);
    if (kindAfter !== null) return { kind: kindAfter.kind, year: pair.year, length: pair.length + kindAfter.length };
  }
  return null;
}

/** Months `first` (1-12) of `year` on, `count` of them, as a period. */
function months(year: number, first: number, count: number, name: string): Period & { from: string; to: string } {
  const lastMonth0 = first - 1 + count - 1;
  const toYear = year + Math.floor(lastMonth0 / 12);
  const toMonth = (lastMonth0 % 12) + 1;
  const from = iso(year, first, 1);
  const to = iso(toYear, toMonth, lastDay(toYear, toMonth));
  return { from, to, label: `${name} (${longDate(from)} to ${longDate(to)})` };
}

function shortPair(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * The period at `start` as asked: itself, or, after "since" or "before", what came since it began
 * ("since Q3 2021": 1 July 2021 on; "after FY22/23" reads as "since", for a list counts the visits of it too).
 */
function found(tokens: readonly RawToken[], whole: Period & { from: string; to: string }, start: number, length: number, day?: string): FoundPeriod {
  const at = tokens[start - 1]?.word === 'the' ? start - 2 : start - 1;
  const edge = tokens[at]?.word ?? '';
  const year = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));
  const name = whole.label.replace(/^(?:in|at|over) /, '').replace(/ \(.*$/, '');
  // A holiday's edge is its day: "after Easter 2019" from Easter Sunday, "before Christmas 2022" up to Christmas Eve.
  const first = day ?? whole.from;
  let period: Period = whole;
  if (SINCE.has(edge)) period = { from: first, to: null, label: `since ${name} (from ${longDate(first)})` };
  else if (BEFORE.has(edge)) period = { from: null, to: dayBefore(first), label: `before ${name} (up to ${longDate(dayBefore(first))})` };
  const used = SINCE.has(edge) || BEFORE.has(edge) ? span(at, start + length - at) : span(start, length);
  return { period, years: { from: year(period.from), to: year(period.to) }, used };
}

function dayBefore(date: string): string {
  return shifted(date, -1);
}

/**
 * The year of a season named from today ("this summer"): the one under way or, before it starts, the one to come this
 * year; winter is the one starting in December of the year returned (in January, last December's). "Last summer" is
 * not read: asked in December, staff mean this year's or the year before's about equally, and the routing set's
 * questions about earlier summers lost their visits when it was read as this year's.
 */
function seasonYearFrom(season: { first: number }, today: string): number {
  const year = Number(today.slice(0, 4));
  return season.first === 12 && Number(today.slice(5, 7)) <= 2 ? year - 1 : year;
}

/**
 * The first financial or academic year, quarter or season named in `tokens`, if any; with `today`, a season named
 * from it too ("this summer").
 */
export function findPeriod(tokens: readonly RawToken[], today?: string): FoundPeriod | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    const fromToday = SEASONS[tokens[i + 1]?.word ?? ''];
    if (word === 'this' && fromToday !== undefined && today !== undefined && anyYearAt(tokens, i + 2) === null) {
      const seasonWord = tokens[i + 1]?.word ?? '';
      const year = seasonYearFrom(fromToday, today);
      const name = seasonWord === 'fall' ? 'autumn' : seasonWord;
      return found(tokens, months(year, fromToday.first, fromToday.months, `in ${name} ${seasonWord === 'winter' ? shortPair(year) : year}`), i, 2);
    }
    // Q1-Q4: of a financial year when one is named ("Q4 FY23/24", "Q2 of 2023-24"), else of the calendar year.
    const quarter = /^q([1-4])$/.exec(word);
    if (quarter !== null) {
      const q = Number(quarter[1]);
      const of = tokens[i + 1]?.word === 'of' ? 1 : 0;
      const named = namedYearAt(tokens, i + 1 + of) ?? (() => {
        const pair = yearPairAt(tokens, i + 1 + of);
        return pair === null ? null : { kind: 'financial' as const, ...pair };
      })();
      if (named !== null && named.kind === 'financial') {
        const first = ((q - 1) * 3 + 4 - 1) % 12 + 1;
        const year = q === 4 ? named.year + 1 : named.year;
        return found(tokens, months(year, first, 3, `in Q${q} of the ${shortPair(named.year)} financial year`), i, 1 + of + named.length);
      }
      const year = anyYearAt(tokens, i + 1 + of);
      if (year !== null) return found(tokens, months(year, (q - 1) * 3 + 1, 3, `in Q${q} ${year}`), i, 2 + of);
      continue;
    }
    const named = namedYearAt(tokens, i);
    if (named !== null) {
      const [first, name] = named.kind === 'financial' ? [4, 'financial'] : [9, 'academic'];
      return found(tokens, months(named.year, first, 12, `in the ${shortPair(named.year)} ${name} year`), i, named.length);
    }
    // "the autumn term 2023", "the 2023 autumn term", "summer holidays 2024", "Easter 2019", "before Christmas 2022".
    const school = schoolTimeAt(tokens, i);
    if (school !== null) return found(tokens, school.period, i, school.length, school.day);
    // "autumn 2020", "the autumn of 2020", "winter 23/24" (December to February), "winter 2023" (from December 2023).
    const season = SEASONS[word];
    if (season !== undefined) {
      const of = tokens[i + 1]?.word === 'of' ? 1 : 0;
      const pair = word === 'winter' ? yearPairAt(tokens, i + 1 + of) : null;
      // "summer 21", but "the summer of 2021" only in four digits ("a summer of 12 visits" is no year).
      const year = pair?.year ?? (of === 1 ? yearAt(tokens, i + 2) : anyYearAt(tokens, i + 1));
      if (year === null) continue;
      const length = 1 + of + (pair?.length ?? 1);
      const name = word === 'fall' ? 'autumn' : word;
      return found(tokens, months(year, season.first, season.months, `in ${name} ${pair === null ? year : shortPair(year)}`), i, length);
    }
  }
  return null;
}

/** Easter Sunday of `year` (the Gregorian computus), as an ISO date. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function shifted(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function days(from: string, to: string, name: string): Period & { from: string; to: string } {
  return { from, to, label: `${name} (${longDate(from)} to ${longDate(to)})` };
}

/**
 * The school calendar staff count in, at token `i`, with its year before or after it: the terms (autumn: September to
 * December; spring: January to Easter Sunday; summer: Easter Monday to July), the summer holidays (taken as 20 July to
 * 31 August), Christmas (the fortnight from 20 December) and Easter (the fortnight around Easter Sunday). Terms and
 * holidays differ by a few days between councils; the answer says how it read them.
 */
function schoolTimeAt(tokens: readonly RawToken[], i: number): { period: Period & { from: string; to: string }; length: number; day?: string } | null {
  const word = tokens[i]?.word ?? '';
  const yearBefore = yearAt(tokens, i);
  const at = yearBefore === null ? i : i + 1;
  const name = tokens[at]?.word ?? '';
  const next = tokens[at + 1]?.word ?? '';
  const nameLength = (name === 'autumn' || name === 'spring' || name === 'summer') && next === 'term' ? 2 : name === 'summer' && /^(?:holidays?|hols)$/.test(next) ? 2 : name === 'christmas' || name === 'easter' ? 1 : 0;
  if (nameLength === 0 || (yearBefore === null && word !== name)) return null;
  const of = yearBefore === null && tokens[at + nameLength]?.word === 'of' ? 1 : 0;
  const year = yearBefore ?? yearAt(tokens, at + nameLength + of);
  if (year === null) return null;
  const length = yearBefore === null ? nameLength + of + 1 : 1 + nameLength;
  const easter = easterSunday(year);
  if (next === 'term' && name === 'autumn') return { period: days(iso(year, 9, 1), iso(year, 12, 31), `in the autumn term of ${year}`), length };
  if (next === 'term' && name === 'spring') return { period: days(iso(year, 1, 1), easter, `in the spring term of ${year}`), length };
  if (next === 'term') return { period: days(shifted(easter, 1), iso(year, 7, 31), `in the summer term of ${year}`), length };
  if (name === 'summer') return { period: days(iso(year, 7, 20), iso(year, 8, 31), `in the ${year} summer holidays`), length };
  if (name === 'christmas') return { period: days(iso(year, 12, 20), iso(year + 1, 1, 3), `over Christmas ${year}`), length, day: iso(year, 12, 25) };
  return { period: days(shifted(easter, -7), shifted(easter, 7), `over Easter ${year}`), length, day: easter };
}
