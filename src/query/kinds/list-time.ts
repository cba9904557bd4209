/**
 * The time a list of visits or inspections covers, read from the question:
 * a year ("in 2023"), a range ("2016 to 2020", "since 2019"), a month
 * ("in March 2025"; "in July" is the last July), or a span back from now ("in the last three months",
 * "this year"). A list goes by when each visit was carried out (its
 * inspection's first day), which every letter prints; the answer says so.
 *
 * "Now" is the newest report the index holds, not the clock: the core is
 * pure, and a list "of the last three months" can only be of reports held.
 */
import type { CorpusContext } from '../context.ts';
import type { Understood } from '../understand.ts';
import { dayMonthYear } from './kind-helpers.ts';
import { NUMBER_WORDS } from '../number-words.ts';
import { iso as isoDate, lastDay, MONTHS, monthNumber, wordTokens } from '../date-words.ts';
import { gradeClause } from '../time-premise.ts';
import { gradedInspections } from '../grades.ts';
import { monthName } from '../time-range.ts';
import { themesAsked, visitHasTheme } from './visit-themes.ts';

/** Inclusive ISO dates (null: open), and how the answer says it. */
export interface ListWindow {
  from: string | null;
  to: string | null;
  label: string;
}


const NEWEST = new WeakMap<CorpusContext, string>();

/** The date the index knows a report by: publication, else the inspection's end. */
function knownBy(r: CorpusContext['reports'][number]): string {
  return r.published ?? r.inspectionEnd ?? r.inspectionStart ?? '';
}

/** The newest date the index knows a report by, of every report or of `kinds` only. */
export function newestDate(context: CorpusContext, kinds?: ReadonlySet<string>): string {
  if (kinds !== undefined) return context.reports.reduce((newest, r) => (kinds.has(r.kind) && knownBy(r) > newest ? knownBy(r) : newest), '');
  let newest = NEWEST.get(context);
  if (newest === undefined) {
    newest = context.reports.reduce((latest, r) => (knownBy(r) > latest ? knownBy(r) : latest), '');
    NEWEST.set(context, newest);
  }
  return newest;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` moved back by `n` units. */
function back(date: string, n: number, unit: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit.startsWith('day')) d.setUTCDate(d.getUTCDate() - n);
  else if (unit.startsWith('week')) d.setUTCDate(d.getUTCDate() - 7 * n);
  else if (unit.startsWith('month')) d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return iso(d);
}

/** The first day of a month, as an ISO date. */
function firstDay(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The year of the last `month` (1-12) on or before the ISO date `newest`. */
function yearOfLast(month: number, newest: string): number {
  return Number(newest.slice(0, 4)) - (month > Number(newest.slice(5, 7)) ? 1 : 0);
}

/**
 * A grade naming the inspection that gave it: "the 2023 inadequate (one)", "their 2019 good inspection", "their 2022
 * grade"; the year is group 1.
 */
const GRADE_NAMING = '(?:the |their |its )((?:19|20)\\d\\d) (?:(?:outstanding|good|requires improvement|ri|inadequate)(?: one| inspection| ilacs| sif| judgement| rating)?|grade|grading|rating|judgement|judgment)';
export const GRADE_NAMING_AN_INSPECTION = new RegExp(` ${GRADE_NAMING} `);
/** "Anything since the 2023 inadequate?": after the inspection that gave it. */
const AFTER_A_GRADED_INSPECTION = new RegExp(` (?:after|following|since) ${GRADE_NAMING} `);

/** A grade stated as a premise, with its date, at the head of a question: "bury got inadequate in 2021 …". */
const GRADE_PREMISE = /^ (?:\S+ ){1,4}(?:got|went|was|were|became|came out|(?:was|were|been) (?:rated|judged))(?: as)? (?:outstanding|good|requires improvement|inadequate|ri|adequate)(?: again| overall)? (?:in|at) (?:\S+ )?(?:19|20)\d\d (?=\S)/;

/** A grade dating a span after "since" or "after": "since it was graded good in 2019", "after they went inadequate in 2021". */
const SINCE_A_GRADE = / (?:since|after) (?:(?:it|they|the council|the la) (?:was|were|got|went|became|came out|has been|have been)|being|getting|going)(?: (?:rated|judged|graded))?(?: as)? (?:outstanding|good|requires improvement|inadequate|ri|adequate) (?:in|at) (?:[a-z]+ )?((?:19|20)\d\d) /;

/** A grade dating the start of a span after "between": "between Hull being judged inadequate in Jan 2019 and …". */
const BETWEEN_A_GRADE = / between (?:[a-z]+ ){0,3}?(?:being |was |were |got |went |became )?(?:(?:rated|judged|graded) )?(?:as )?(?:outstanding|good|requires improvement|inadequate|ri|adequate) (?:in|at) (?:[a-z]+ )?((?:19|20)\d\d) and /;

/** Words pointing back to that premise's date: "the couple of years before that", "between the 2022 ILACS and that one". */
const POINTS_BACK = / (?:before|since|after) (?:that|then) | and that (?:one )?/;

/**
 * The question without a grade premise that only dates what is asked ("Sandwell
 * got good in Oct 2025 - how many visits between the 2022 ILACS and that one?",
 * "after Calderdale got good in 2018, what FVs did they have?"): the grade is
 * when, not what. Unchanged when nothing points back to it.
 */
export function withoutGradePremise(lower: string): string {
  // "What focused visits has Tameside had since it was graded good in 2019?": the grade after "since" only dates the span.
  const since = SINCE_A_GRADE.exec(lower);
  if (since !== null) return lower.replace(since[0], ` since ${since[1] ?? ''} `);
  // "Between Hull being judged inadequate in Jan 2019 and the next full inspection, …": so does a grade after "between".
  const between = BETWEEN_A_GRADE.exec(lower);
  if (between !== null) return lower.replace(between[0], ` between ${between[1] ?? ''} and `);
  const premise = GRADE_PREMISE.exec(lower);
  const dates = premise !== null && (/^ (?:after|since) /.test(premise[0]) || POINTS_BACK.test(lower.slice(premise[0].length - 1)));
  return dates ? ` ${lower.slice(premise[0].length)}` : lower;
}

/**
 * Whether the question gives a span back from now ("the last three months", "recently"; "this month", "this week",
 * read as the last month or week: "this year" is the calendar year, read by understand.ts). Group 1 is the count,
 * group 2 the unit.
 */
export function relativeSpan(lower: string): RegExpExecArray | null {
  return / (?:(?:the )?(?:last|past|previous) (?:(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|few|couple of) )?|this )(days?|weeks?|months?|years?) /.exec(lower.replace(/ this years? /g, ' '));
}

/** A focused visit a list starts after, named by its theme: "since that front door visit (during covid)". */
export const AFTER_A_THEMED_VISIT = / (?:since|after|following) (?:that|the|their|its) ((?:[a-z]+ ){1,4}?)(?:focused visit|fv|visit) /;

/** The window a list covers, or null for all time. */
export function listWindow(context: CorpusContext, lower: string, u: Understood, kinds?: ReadonlySet<string>): ListWindow | null {
  const now = newestDate(context);
  // "in FY24/25", "since Q3 2021", "autumn 2020": the days of the period named (periods.ts).
  // A period wholly after the newest report ("last autumn", asked in December) says so: nothing can be listed in it yet.
  if (u.period !== undefined) {
    const after = now !== '' && u.period.from !== null && u.period.from > now;
    return { from: u.period.from, to: u.period.to, label: after ? `${u.period.label}, after ${dayMonthYear(now)}, the newest report I hold` : u.period.label };
  }
  const relative = relativeSpan(lower);
  if (relative !== null && now !== '') {
    const raw = (relative[1] ?? '1').replace(/ of$/, '');
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    const unit = relative[2] ?? 'months';
    const from = back(now, Number.isFinite(n) && n > 0 ? n : 1, unit);
    const span = `${raw === '1' || raw === 'a' || raw === 'one' ? '' : `${relative[1]} `}${unit}`;
    return { from, to: now, label: `in the ${span.replace(/^(\d+|a|one) /, '$1 ')} to ${dayMonthYear(now)} (the newest report I hold)` };
  }
  // "Between January and June 2025", "between March 2024 and February 2025": from the first month's first day to the
  // second's last.
  const between = / between (january|february|march|april|may|june|july|august|september|october|november|december)(?: ((?:19|20)\d\d))? and (january|february|march|april|may|june|july|august|september|october|november|december) ((?:19|20)\d\d) /.exec(lower);
  if (between !== null) {
    const [first, last] = [MONTHS.indexOf(between[1] ?? '') + 1, MONTHS.indexOf(between[3] ?? '') + 1];
    const lastYear = Number(between[4]);
    const firstYear = between[2] === undefined ? (first <= last ? lastYear : lastYear - 1) : Number(between[2]);
    const from = firstDay(firstYear, first);
    const to = isoDate(lastYear, last, lastDay(lastYear, last));
    return { from, to, label: `between ${dayMonthYear(from)} and ${dayMonthYear(to)}` };
  }
  // "Since March 2024": from the start of that month; "since September", no year: of the last September. "From March
  // 2024" the same; "after Sept 2021", from the start of the month after.
  const since = / (since|from|after) (?:the (?:start|beginning) of )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?: ((?:19|20)\d\d))? /.exec(lower);
  if (since !== null && now !== '' && (since[1] === 'since' || since[3] !== undefined)) {
    const month = monthNumber(since[2] ?? '') ?? 1;
    const named = since[3] === undefined ? null : Number(since[3]);
    const start = firstDay(named ?? yearOfLast(month, now), month);
    if (since[1] === 'after') return { from: back(start, -1, 'months'), to: now, label: `after ${monthName(month)} ${named}` };
    const which = named === null ? ` (the last ${monthName(month)} before ${dayMonthYear(now)}, the newest report I hold)` : '';
    return { from: start, to: now, label: `since ${dayMonthYear(start)}${which}` };
  }
  // "Since they went inadequate in Dec 2023": after that month (or day), so the inspection that gave the grade is not
  // listed. A year alone is the range understand read (time-premise.ts), that year included.
  const clause = gradeClause(wordTokens(lower.trim().split(' ')));
  if (clause !== null && clause.precision !== 'year' && now !== '') {
    const when = clause.precision === 'day' ? dayMonthYear(clause.date) : `${monthName(Number(clause.date.slice(5, 7)))} ${clause.date.slice(0, 4)}`;
    return { from: back(clause.date, -1, 'day'), to: now, label: `after ${when}` };
  }
  // "Has anyone from Ofsted been into Croydon since that front door visit?": after the latest visit on that theme.
  const themed = AFTER_A_THEMED_VISIT.exec(lower);
  const groups = themed === null ? [] : themesAsked(` ${themed[1] ?? ''}`);
  if (groups.length > 0 && u.authorities.length === 1 && now !== '') {
    const visit = context.reports
      .filter((r) => r.authority === u.authorities[0] && r.kind === 'focused-visit' && visitHasTheme(r.themes ?? [], groups))
      .sort((a, b) => (b.inspectionStart ?? '').localeCompare(a.inspectionStart ?? ''))[0];
    const end = visit?.inspectionEnd ?? visit?.inspectionStart ?? null;
    if (visit !== undefined && end !== null) {
      return { from: back(end, -1, 'day'), to: now, label: `after ${u.authorities[0]}'s ${visit.year} focused visit on ${groups.map((g) => g.label).join(' and ')} (which ended ${dayMonthYear(end)})` };
    }
  }
  // "Any themed visits after their 2019 inspection?": after that inspection's last day, not within its year. "What visits
  // has Hounslow had since its 2023 inspection?": from its first day, so it is listed too (the year alone would be only
  // that year's reports).
  // A visit named by its year ("has Ofsted been back since the 2021 visit?") is that year's focused visit, when there was one.
  // "Since the inspection in 2022" is "since the 2022 inspection".
  const yearAfter = lower.replace(/ (after|following|since|before) (?:its|their|our|the) ((?:full |big |main )?(?:inspection|ilacs|sif|focused visit|fv|visit)) (?:in|of) ((?:19|20)\d\d) /, ' $1 the $3 $2 ');
  const named = / (after|following|since|before) (?:the |their |its |our |(?:[a-z]+ ){1,3}?)?((?:19|20)\d\d) (?:full |big |main |last |latest )?(inspection|ilacs|sif|focused visit|fv|visit) /.exec(yearAfter);
  const graded = named === null ? AFTER_A_GRADED_INSPECTION.exec(lower) : null;
  const anchorYear = named !== null ? named[2] : graded?.[1];
  if (anchorYear !== undefined && u.authorities.length === 1 && now !== '') {
    const since = named?.[1] === 'since';
    const year = Number(anchorYear);
    const ofTheYear = context.reports.filter((r) => r.authority === u.authorities[0] && r.kind !== 'council-paper' && r.year === year);
    const visitNamed = named !== null && / (?:focused visit|fv|visit) $/.test(` ${named[3]} `);
    const inspection = (visitNamed ? ofTheYear.find((r) => r.kind === 'focused-visit') : undefined) ?? ofTheYear.find((r) => r.kind !== 'focused-visit');
    const what = inspection?.kind === 'focused-visit' ? 'focused visit' : 'inspection';
    const start = inspection?.inspectionStart ?? null;
    const end = inspection?.inspectionEnd ?? start;
    // "Did Kent have any focused visits before their big 2022 inspection?": up to the day before it began.
    if (inspection !== undefined && named?.[1] === 'before' && start !== null) return { from: null, to: back(start, 1, 'day'), label: `before ${u.authorities[0]}'s ${year} ${what} (which began ${dayMonthYear(start)})` };
    if (inspection !== undefined && since && start !== null) return { from: start, to: now, label: `since ${u.authorities[0]}'s ${year} ${what} (which began ${dayMonthYear(start)})` };
    if (inspection !== undefined && !since && end !== null) return { from: back(end, -1, 'day'), to: now, label: `after ${u.authorities[0]}'s ${year} ${what} (which ended ${dayMonthYear(end)})` };
  }
  // "Has Bury had a focused visit since its inspection?": since its latest graded inspection, named with no year. Focused
  // visits asked of are those after it; inspections, from its first day, so it is listed too.
  const latestNamed = / (after|following|since) (?:its|their|our|the) (?:last |latest |most recent |recent )?(?:full |graded |main )?(?:inspection|ilacs) (?!(?:in |of )?(?:19|20)\d\d )/.exec(lower);
  if (latestNamed !== null && u.authorities.length === 1 && typeof u.year !== 'number' && now !== '') {
    const latest = gradedInspections(context, u.authorities[0] as string)[0];
    const start = latest?.inspectionStart ?? null;
    const end = latest?.inspectionEnd ?? start;
    const visitsOnly = kinds !== undefined && [...kinds].every((k) => k === 'focused-visit');
    if (latest !== undefined && start !== null && end !== null) {
      return latestNamed[1] === 'since' && !visitsOnly
        ? { from: start, to: now, label: `since ${u.authorities[0]}'s ${latest.year} inspection, its latest graded (which began ${dayMonthYear(start)})` }
        : { from: back(end, -1, 'day'), to: now, label: `after ${u.authorities[0]}'s ${latest.year} inspection, its latest graded (which ended ${dayMonthYear(end)})` };
    }
  }
  // A list of one kind is read up to the newest report of that kind (focused visits stopped before inspections did).
  const newestListed = kinds === undefined ? now : newestDate(context, kinds);
  // "In July", no year: the last July, as "since September" is read.
  if (u.month !== undefined && newestListed !== '') {
    const year = yearOfLast(u.month, newestListed);
    const next = u.month === 12 ? firstDay(year + 1, 1) : firstDay(year, u.month + 1);
    const name = monthName(u.month);
    return { from: firstDay(year, u.month), to: back(next, 1, 'day'), label: `in ${name} ${year} (the last ${name} before ${dayMonthYear(newestListed)}, the newest I hold)` };
  }
  // "Recently": the six months to the newest report of the kind listed, said in the answer so it can be asked another way.
  if (/ (?:recently|lately|recent) /.test(lower) && newestListed !== '') {
    return { from: back(newestListed, 6, 'months'), to: newestListed, label: `recently (read as the six months to ${dayMonthYear(newestListed)}, the newest I hold)` };
  }
  if (/ this year /.test(lower) && now !== '') return { from: `${now.slice(0, 4)}-01-01`, to: now, label: `in ${now.slice(0, 4)} (to ${dayMonthYear(now)}, the newest report I hold)` };
  if (/ last year /.test(lower) && now !== '') {
    const y = Number(now.slice(0, 4)) - 1;
    return { from: `${y}-01-01`, to: `${y}-12-31`, label: `in ${y}` };
  }
  const range = u.range;
  if (range?.kind === 'years') {
    const from = range.from === null ? null : `${range.from}-01-01`;
    const to = range.to === null ? null : `${range.to}-12-31`;
    const label = range.from !== null && range.to !== null ? (range.from === range.to ? `in ${range.from}` : `from ${range.from} to ${range.to}`) : range.from !== null ? `since ${range.from}` : `up to ${range.to}`;
    return { from, to, label };
  }
  if (range?.kind === 'as-at') {
    // "In November 2013", or a month named bare ("sifs started nov 2013 - which las"): a list of that month. "By" or
    // "as at" a date (no month flag) lists everything up to it.
    const month = MONTHS.findIndex((m) => lower.includes(` in ${m} `));
    if (range.month === true || (month >= 0 && Number(range.date.slice(5, 7)) === month + 1)) {
      const label = `in ${monthName(Number(range.date.slice(5, 7)))} ${range.date.slice(0, 4)}`;
      return { from: `${range.date.slice(0, 7)}-01`, to: range.date, label };
    }
    return { from: null, to: range.date, label: `by ${dayMonthYear(range.date)}` };
  }
  if (typeof u.year === 'number') {
    // "In 2021 and 2022 combined": years in a row are one window; years apart ("2016 and 2025") list the first named.
    const years = [...new Set([u.year, ...(u.alsoYears ?? [])])].sort((a, b) => a - b);
    const inARow = years.every((y, k) => k === 0 || y === (years[k - 1] as number) + 1);
    const first = inARow ? (years[0] as number) : u.year;
    const last = inARow ? (years[years.length - 1] as number) : u.year;
    return { from: `${first}-01-01`, to: `${last}-12-31`, label: first === last ? `in ${first}` : `in ${years.join(' and ')}` };
  }
  return null;
}

/** Whether an ISO date falls in a window. */
export function inWindow(date: string, window: ListWindow | null): boolean {
  if (window === null) return true;
  if (date === '') return false;
  return (window.from === null || date >= window.from) && (window.to === null || date <= window.to);
}
