/**
 * What every question-kind module shares: the question as one lower-case
 * string of words (so kinds read phrases with plain regular expressions),
 * visit rows cited by their report, the answer's frame, and dates in words.
 */
import type { AskAnswer, AskOptions, Hit } from '../../answer-types.ts';
import type { KindAnswer, VisitRow } from '../../kind-types.ts';
import { REPORT_KIND_LABELS } from '../../model.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { questionWords, withOfstedAsInspection } from '../chat-shorthand.ts';
import { longDate } from '../date-words.ts';
import { withoutAsides } from '../asides.ts';
import { withoutQuotations } from '../quotations.ts';
import { inYear, knownWordIn, makeHit, reportCitation, type CorpusContext } from '../context.ts';
import { countsAsAt, describeWhen, inYears, monthName, underWayIn, underWayInMonth } from '../time-range.ts';
import { datesThePreviousInspection, saysAboutFacet, saysWhenBefore } from '../inspection-matter.ts';
import type { Understood } from '../understand.ts';

/** Everything a kind reader gets: the question as typed and as words, what `understand` read, and paging. */
export interface KindInput {
  context: CorpusContext;
  text: string;
  /** The question's words, lower case, with a space at each end: " which authorities had a focused visit ". */
  lower: string;
  u: Understood;
  options: AskOptions;
  /**
   * Set when the kind model (models/) named this kind for a question no
   * reader's wording claimed: a reader then checks only that the question
   * fits its kind's shape (one authority for an overview…), not its words.
   */
  loose?: boolean;
}

export function kindInput(context: CorpusContext, text: string, u: Understood, options: AskOptions): KindInput {
  // The question proper, when sentences before it only set the scene (question-proper.ts).
  const read = u.asked ?? text;
  // A passage quoted from a report is not how the question asks (asides.ts, withoutQuotations).
  // An arrow typed between words is "to" to the readers: "RI → outstanding in one go, who's managed it?". (Only here:
  // the models read the words as typed.)
  const arrowed = asPremise(withoutFormQuotes(read.slice(0, 2000))).replace(ARROW, ' to ');
  // "Their last Ofsted", "when were they Ofsteded?": an inspection (chat-shorthand.ts).
  const words = withOfstedAsInspection(questionWords(withoutAsides(withoutQuotations(arrowed)), knownWordIn(context))).map((t) => t.word);
  // "Has Ofsted actually been back into Windsor?": an intensifier is how it is asked, and would part a reader's phrase.
  // So is an exclamation inside it: "what on earth are they being told to fix?", "why the hell…".
  // "Ofsted was last through the door": in, as an idiom (never "the front door", a theme).
  // "Herefordshire had a social care visit…", "the 2023 social care inspection": the service a visit looked at, as staff of
  // other services name Ofsted's work, not a theme.
  const lower = ` ${words.filter((w) => !INTENSIFIERS.has(w)).join(' ')} `
    .replace(/ (?:on earth|the hell|the heck) /g, ' ')
    .replace(/ through (?:the|their|its|our|your) doors? /g, ' in ')
    .replace(/ (?:children s |childrens )?social care (?=(?:visits?|inspections?|ofsted|judgements?|grades?|ratings?) )/g, ' ')
    .replace(YOU_AS_OFSTED, ' ofsted ')
    .replace(YOUR_INSPECTION, ' the ');
  return { context, text, lower, u, options };
}

/**
 * The bot addressed as Ofsted ("are you coming back to Wolverhampton?", "who did you knock down a grade in 2024?",
 * "what did you rate Oldham?"): "you" doing what inspectors do is Ofsted. Never the bot's own work ("can you tell
 * me", "could you find", "you said").
 */
const YOU_AS_OFSTED =
  / you (?=(?:last |next |first |ever |then |just |recently |actually |originally |previously )?(?:inspect|inspected|inspecting|visit|visited|visiting|rate|rated|rating|grade|graded|grading|judge|judged|judging|mark|marked|knock|knocked|downgrade|downgraded|upgrade|upgraded|fail|failed|slate|slated|criticise|criticised|criticize|criticized|praise|praised|(?:come|coming|came|go|going|went|get|getting|got) (?:back|in|into|round|out to|to see|to visit|to inspect)) )/g;
/** "Your May 2025 inspection", "your last visit", asked of the bot as Ofsted: the inspection itself. */
const YOUR_INSPECTION = / your (?=(?:(?:last|latest|recent|most recent|next|previous|first|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december) ){0,3}(?:inspections?|visits?|focused visits?|reports?|letters?|judgements?|grades?|ratings?|ilacs|inspectors) )/g;

/**
 * A condition of fact at the head of a question, which the reports can settle, read as a premise: "If Medway had a
 * focused visit in 2023, what was it about?" asks what "Medway had a focused visit in 2023, what was it about?" asks,
 * and "Assuming Hampshire is still outstanding, when was it last inspected?" when it was last inspected. A condition
 * of what has not happened is a hypothetical, and stays one: "if Ofsted came tomorrow, what would they find?" (a
 * conditional mood or a time to come, cannot-tell.ts).
 */
function asPremise(text: string): string {
  const match = CONDITION_HEAD.exec(text);
  if (match === null || HYPOTHETICAL.test(text)) return text;
  return text.slice(match[0].length);
}

const CONDITION_HEAD =
  /^\s*(?:if|assuming|supposing|presuming|given|provided|providing)(?: that)?\s+(?=[^,?;]{4,90}[,;]\s*(?:then\s+)?(?:what|when|which|how|who|where|why|did|does|do|was|were|is|are|has|have|had|can|could|tell|give|show|list|pull|any)\b)/i;
const HYPOTHETICAL =
  /\b(?:would|wouldn['’]?t|might|will|won['’]?t|gonna|going to|tomorrow|next (?:week|month|year|time|inspection|visit|ilacs)|were to|was to|ever happened|happened to|came in|walked in|turned up|rocked up|went in)\b|['’]d\b/i;

/**
 * A question written as an object of fields ("{council: \"Hammersmith and Fulham\", want: \"status summary\"}"): its
 * quoted values are what is asked, not passages quoted from a report (quotations.ts), so their quotes are dropped.
 */
function withoutFormQuotes(text: string): string {
  return /^\s*\{[^{}]*\}\s*$/.test(text) && /[{,]\s*"?[a-z]+"?\s*:\s*"/i.test(text) ? text.replace(/"/g, ' ') : text;
}

/** An arrow between words: "RI → outstanding", "good -> RI", "SIF => ILACS". */
const ARROW = /\s(?:→|⟶|➡|⇒|-+>|=>)(?=\s)/g;

/** Words that stress how a question is asked, never what: left out of the words the kind readers match. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['actually', 'really', 'honestly', 'genuinely', 'literally']);

/** A report as a visit row, cited. */
export function visitRow(report: StoredReport): VisitRow {
  return {
    authority: report.authority,
    reportId: report.id,
    kind: report.kind,
    kindLabel: REPORT_KIND_LABELS[report.kind],
    published: report.published,
    inspectionStart: report.inspectionStart,
    inspectionEnd: report.inspectionEnd,
    themes: [...(report.themes ?? [])],
    citation: reportCitation(report),
    url: report.url ?? null,
  };
}

/** The answer frame of a kind: no paragraph results of its own unless given. */
export function kindAskAnswer(input: KindInput, kind: KindAnswer, results: Hit[] = [], extra: Partial<AskAnswer> = {}): AskAnswer {
  const { u } = input;
  return {
    question: input.text,
    understood: { authorities: u.authorities, year: u.year, range: u.range, areas: u.areas, terms: [] },
    results,
    total: results.length,
    kind,
    ...extra,
  };
}

/** A report's paragraphs of some kinds, in reading order, each cited (at most `max`). */
export function paragraphsOf(context: CorpusContext, report: StoredReport, kinds: ReadonlySet<string>, max = Number.POSITIVE_INFINITY): Hit[] {
  const hits: Hit[] = [];
  for (let i = report.firstParagraph; i < report.firstParagraph + report.paragraphCount && hits.length < max; i++) {
    if (!kinds.has(context.paragraphs[i]?.kind ?? '')) continue;
    const hit = makeHit(context, i, [], 0);
    if (hit !== undefined) hits.push(hit);
  }
  return hits;
}

const ABOUT_KINDS: ReadonlySet<string> = new Set(['about']);

/**
 * A report's own words about its inspection or visit (its dates, team,
 * evidence, the action plan it asks for), cited: those saying what the
 * question asks of the inspection first ("who did inspectors talk to?": the
 * paragraph on whom they heard, before the letter's opening boilerplate), the
 * rest in reading order.
 */
export function aboutParagraphs(context: CorpusContext, report: StoredReport, u: Understood): Hit[] {
  const hits = paragraphsOf(context, report, ABOUT_KINDS);
  const facets = u.aboutFacets;
  if (facets === undefined) return hits;
  const saying = hits.filter((h) => saysAboutFacet(h.text, facets));
  // A letter dates its previous inspection in its first findings, not its opening matter.
  const dating: Hit[] = [];
  for (let i = report.firstParagraph; i < report.firstParagraph + report.paragraphCount && dating.length === 0; i++) {
    const paragraph = context.paragraphs[i];
    if (paragraph === undefined || paragraph.kind === 'about' || !datesThePreviousInspection(paragraph.text, facets)) continue;
    const hit = makeHit(context, i, [], 0);
    if (hit !== undefined) dating.push(hit);
  }
  const rest = hits.filter((h) => !saying.includes(h));
  // Asked when it was, the finding that dates it answers; asked how it was judged, the opening matter saying so first.
  return dating.some((h) => saysWhenBefore(h.text, facets)) ? [...dating, ...saying, ...rest] : [...saying, ...dating, ...rest];
}

/** "9 May 2025" from an ISO date; null stays null. */
export function dayMonthYear(iso: string | null): string | null {
  return iso === null ? null : longDate(iso);
}

/** "inspected 5 to 6 March 2024, published 2 May 2024", from what the report prints. */
export function visitDates(row: Pick<VisitRow, 'inspectionStart' | 'inspectionEnd' | 'published'>): string {
  const parts: string[] = [];
  const start = dayMonthYear(row.inspectionStart);
  const end = dayMonthYear(row.inspectionEnd);
  if (start !== null) parts.push(end !== null && end !== start ? `inspected ${start} to ${end}` : `inspected ${start}`);
  parts.push(row.published === null ? 'publication date not printed' : `published ${dayMonthYear(row.published)}`);
  return parts.join(', ');
}

/** The date a report was carried out: its inspection's start, else its publication. */
export function carriedOut(report: Pick<StoredReport, 'inspectionStart' | 'published'>): string {
  return report.inspectionStart ?? report.published ?? '';
}

/** Words that only say how a question is asked ("what did", "tell me"), never what it is about. */
export const ASKING_WORDS = new Set(
  (
    'a an the of for in on at to by and or with about is are was were be been has have had do does did what whats which who when where how ' +
    'me us our i am we you tell show give list name please can could would should its it their there s latest last recent most current now this ' +
    'ofsted inspectors inspector inspection inspections inspected report reports say said says ' +
    // Chat filler: "quick summary of north yorkshire pls", "hi - what did ofsted say…", "can u summarise…".
    'pls plz thx thanks cheers hi hey hello just quick quickly brief briefly u someone anyone somebody anybody kindly ' +
    // "…came out good — so is there actually anything Ofsted wants them to fix?"
    'so actually ' +
    // The report an answer goes by: "what does Havering have to improve, going by its December 2023 inspection?"
    'going judging according based per ' +
    // The service itself, named the way staff name it: "tell me about Enfield's children's services", "Bury CSC".
    'children childrens services service social csc council dept department'
  ).split(' '),
);

/** "1 authority", "3 authorities". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Of `reports` (latest first), the one the question's time points at: of the
 * year named; under way in the month named ("the visit in May 2019", "the
 * July visit"); the latest by an "as at" date; the latest in a range of
 * years. Null when the question names no time; undefined when none fits.
 */
export function reportAtTimeAsked(reports: readonly StoredReport[], u: Pick<Understood, 'year' | 'range' | 'month' | 'yearPart'>): StoredReport | undefined | null {
  const { year, range, month } = u;
  // "Had the children in care visit last Oct (2025) - was that better than the RI they got in 2023?": of two times, the
  // one that finds a report. "Early 2025" of two letters that year is the one under way in its first four months.
  if (typeof year === 'number') {
    const inPart = (r: StoredReport): boolean => u.yearPart === undefined || r.inspectionStart === null || PART_MONTHS[u.yearPart].includes(Number(r.inspectionStart.slice(5, 7)));
    const ofYear = reports.find((r) => inYear(r, year) && inPart(r)) ?? reports.find((r) => inYear(r, year));
    if (ofYear !== undefined || range === null) return ofYear;
  }
  // "An FV end of Sept 2025": a visit still under way at a month's end is the one meant, beside those finished by then
  // (latest first, so it comes before an older one that counts as at the date).
  // "Hull focused visit starting 15/07/2025": a day the inspectors were on site is that report's.
  if (range?.kind === 'as-at') {
    const onSite = range.month === true ? undefined : reports.find((r) => r.inspectionStart !== null && r.inspectionStart <= range.date && (r.inspectionEnd ?? r.inspectionStart) >= range.date);
    return onSite ?? reports.find((r) => (range.month === true || isMonthEnd(range.date) ? underWayIn(r, range.date) : false) || (range.month !== true && countsAsAt(r, range.date)));
  }
  if (range?.kind === 'years') return reports.find((r) => inYears(r, range.from, range.to));
  if (month !== undefined) return reports.find((r) => underWayInMonth(r, month));
  return null;
}

/** The months of a year that "early", "mid" and "late" place a time in. */
const PART_MONTHS: Record<'early' | 'mid' | 'late', readonly number[]> = { early: [1, 2, 3, 4], mid: [5, 6, 7, 8], late: [9, 10, 11, 12] };

/** Whether an ISO date is the last day of its month ("end of Sept 2025", "31 March 2025"). */
export function isMonthEnd(date: string): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/** How the question's time reads after "I have no … for Bury": " from 2019", " in May 2019", " since 2022", " in June", or nothing. */
export function timeAsked(u: Pick<Understood, 'year' | 'range' | 'month'>): string {
  if (typeof u.year === 'number') return ` from ${u.year}`;
  if (u.range !== null) return ` ${describeWhen(u.range)}`;
  return u.month === undefined ? '' : ` in ${monthName(u.month)}`;
}
