/**
 * Answering a free-text question: understand it, retrieve candidates with
 * Lunr's query API (never the query parser, so no user text is Lunr syntax;
 * see retrieve.ts), filter by authority and year, steer by area, and cite the
 * best paragraphs.
 */
import type { AskAnswer, AskOptions, Hit, Span, Understanding } from '../answer-types.ts';
import { authoritiesInRegion, whichQuestion } from '../authorities.ts';
import { plainWords, quotedPassage } from './quotations.ts';
import { frameworksLeftOutPhrase } from './grades.ts';
import type { StoredReport } from '../search/index-file.ts';
import { queryTerms, termPositions, type QueryTerm } from '../search/pipeline.ts';
import { inYear, makeHit, understandIn, type CorpusContext } from './context.ts';
import { readGradeQuestion, regionAsked, regionWords, type TopicSearch } from './grade-questions.ts';
import { answerGradeQuery, gradeAskAnswer } from './grade-answer.ts';
import { answerGradeReason, type ReasonAnswerers } from './grade-reason.ts';
import { answerGradeMove } from './grade-move-reason.ts';
import { withDerivedForms } from './derived-forms.ts';
import { saysAboutFacet } from './inspection-matter.ts';
import { askByKind } from './question-kind.ts';
import { authoritiesMatched, rankCandidates, spreadAcrossAuthorities, type Ranked } from './rank.ts';
import { RANKING } from './ranking-weights.ts';
import { retrieve, termsOf } from './retrieve.ts';
import { allowedParagraphs, allowedReports, describeNarrowing, frameworkNotHeld, narrowedByTime, refsOf, yearsNotHeld } from './report-scope.ts';
import { EXAMPLE_QUESTIONS, noReportsFor } from './suggest.ts';
import { asAtLine, nearestInTime } from './time-range.ts';
import { normaliseQuestion, type Understood } from './understand.ts';

export const DEFAULT_LIMIT = 3;

/** Words that ask for a report's gist, as a question's only words (see askUnderstood). */
const GIST_WORDS: ReadonlySet<string> = new Set(['overall', 'summary', 'summarise', 'summarize', 'headline', 'headlines', 'gist', 'brief', 'briefly', 'main', 'points', 'key', 'messages', 'overview', 'report', 'reports', 'inspection', 'ofsted', 'sif', 'ilacs']);
export const MAX_LIMIT = 20;

/** The page of results `options` asks for: at most {@link MAX_LIMIT} (default {@link DEFAULT_LIMIT}), from `offset`. */
export function pageOf(options: AskOptions): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT), offset: Math.max(Math.trunc(options.offset ?? 0), 0) };
}

function understanding(u: Understood, terms: readonly QueryTerm[]): Understanding {
  return { authorities: u.authorities, year: u.year, range: u.range, areas: u.areas, terms: [...new Set(terms.map((t) => t.source))] };
}

/** Spans in `text` of the terms a result matched (the same positions Lunr would have stored). */
function spansOf(text: string, terms: readonly string[]): Span[] {
  const wanted = new Set(terms);
  return termPositions(text)
    .filter((t) => wanted.has(t.term))
    .map((t) => ({ start: t.start, end: t.start + t.length }));
}

function noResults(context: CorpusContext, question: string, u: Understood, terms: QueryTerm[], message: string): AskAnswer {
  return {
    question,
    understood: understanding(u, terms),
    results: [],
    total: 0,
    message,
    // Suggestions are questions to try; adapters show them as such.
    suggestions: suggestionsFor(context, u, terms),
  };
}

/**
 * Questions to try instead: about the authorities asked of, where there are
 * some ("St Helens 2018 focused visit action plan"), so a miss leads on to
 * what is held about them rather than to the same examples every time.
 */
function suggestionsFor(context: CorpusContext, u: Understood, terms: readonly QueryTerm[]): string[] {
  const topic = terms.filter((t) => t.intent === undefined).map((t) => t.source).join(' ');
  // Nearest the time asked about first ("the July 2018 visit": the 2018 letters), else the latest.
  const range = u.range;
  const asked =
    typeof u.year === 'number' ? u.year : range?.kind === 'as-at' ? Number(range.date.slice(0, 4)) : range?.kind === 'years' ? (range.to ?? range.from) : null;
  const held = u.authorities
    .flatMap((a) => (context.reportsByAuthority.get(a) ?? []).filter((r) => r.kind !== 'council-paper'))
    .map((r, order) => ({ r, order }))
    .sort((x, y) => (asked === null ? 0 : Math.abs(x.r.year - asked) - Math.abs(y.r.year - asked)) || x.order - y.order)
    .map((x) => x.r);
  if (held.length === 0) return [...EXAMPLE_QUESTIONS];
  const questions = held.map((r) => `${r.authority} ${r.year}${r.kind === 'focused-visit' ? ' focused visit' : ''}${topic === '' ? '' : ` ${topic}`}`);
  return [...new Set(questions)].slice(0, 4);
}

/**
 * Summary paragraphs of each allowed report: the answer to "Bury" or
 * "Southend latest". For a question about the inspection itself ("who
 * inspected Wiltshire on the 2025 focused visit?"), its about paragraphs.
 */
function summaries(context: CorpusContext, ids: Set<string>, u: Pick<Understood, 'aboutTheInspection' | 'inspectionNotVisit' | 'aboutFacets'>): Hit[] {
  const hits: Hit[] = [];
  const aboutTheInspection = u.aboutTheInspection === true;
  // Newest first; where the question names an inspection, inspections before the letters of the same years.
  const visitLast = (r: StoredReport): number => (u.inspectionNotVisit === true && r.kind === 'focused-visit' ? 1 : 0);
  const reports = [...ids]
    .map((id) => context.reportsById.get(id))
    .filter((r): r is StoredReport => r !== undefined && r.kind !== 'council-paper')
    .sort((a, b) => visitLast(a) - visitLast(b) || b.year - a.year);
  for (const report of reports) {
    const refs: number[] = [];
    const wanted = aboutTheInspection ? 'about' : 'summary';
    for (let i = report.firstParagraph; i < report.firstParagraph + report.paragraphCount; i++) {
      if (context.paragraphs[i]?.kind === wanted) refs.push(i);
    }
    // A focused-visit letter has no summary: its opening findings are its headline.
    if (refs.length === 0) {
      for (let i = report.firstParagraph; i < report.firstParagraph + report.paragraphCount && refs.length < 3; i++) {
        if (context.paragraphs[i]?.kind === 'finding') refs.push(i);
      }
    }
    // The part of the inspection asked about first ("what was it judged at its previous inspection?": the paragraph on that one).
    const facets = aboutTheInspection ? (u.aboutFacets ?? []) : [];
    const saying = (i: number): number => (facets.length > 0 && saysAboutFacet(context.paragraphs[i]?.text ?? '', facets) ? 0 : 1);
    for (const i of refs.sort((a, b) => saying(a) - saying(b) || a - b)) {
      const hit = makeHit(context, i, [], 0);
      if (hit !== undefined) hits.push(hit);
    }
  }
  return hits;
}

/** The best paragraph of one authority on a topic, by the same ranking as any question (for comparisons). */
export function topicSearch(context: CorpusContext): TopicSearch {
  return (authority, topic, areas) => {
    // From the inspection whose grades are shown, else from any report of the authority.
    for (const year of ['latest', null] as const) {
      const u: Understood = { authorities: [authority], unknownAuthorities: [], year, range: null, areas: [...areas], words: [...topic] };
      const hit = askUnderstood(context, topic.join(' '), u, { limit: 1 }).results[0];
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
}

/** Answer `question` from the index: grades for a grade question, cited paragraphs otherwise. Never throws on any input. */
export function ask(context: CorpusContext, question: unknown, options: AskOptions = {}): AskAnswer {
  // Normalised here too, so the question echoed back carries no invisible or bidi characters.
  const text = normaliseQuestion(typeof question === 'string' ? question : '');
  const u = understandIn(context, text);
  const which = askWhich(text, u);
  if (which !== null) return which;
  // The question-kind step (lists of visits, overviews, "cannot tell"…) comes first; grades and paragraphs otherwise.
  return withCorrection(u, askByKind(context, text, u, options, (read) => gradeOrPassages(context, text, read, options)));
}

/**
 * Where names are arguments (a comparison: "/compare kingston leeds"), a name
 * that is only a word several names start with is asked about, never
 * guessed; the suggestions are the question with each name.
 */
export function askWhich(text: string, u: Understood): AskAnswer | null {
  if (u.ambiguous === undefined) return null;
  const { typed, names } = u.ambiguous;
  const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  return {
    question: text,
    understood: understanding(u, []),
    results: [],
    total: 0,
    message: whichQuestion(typed, names),
    suggestions: names.map((name) => text.replace(at, name)),
  };
}

/** Today's answer before question kinds: grades for a grade question, cited paragraphs otherwise. */
export function gradeOrPassages(context: CorpusContext, text: string, u: Understood, options: AskOptions = {}): AskAnswer {
  // A "why" question is answered by an inspection's own paragraphs, or by the grades where none fits.
  const answerers: ReasonAnswerers = {
    passages: (narrowed, only) => askUnderstood(context, text, narrowed, options, only),
    history: (query) => gradeAskAnswer(text, u, answerGradeQuery(context, query, topicSearch(context))),
  };
  // "Why did Tower Hamlets improve?", "why did Birmingham go up to good?": the inspection at which the grade went up
  // says why, before a grade named is read as the one given.
  const move = answerGradeMove(context, text, u, answerers);
  if (move !== null) return move;
  // "Why was Bradford rated inadequate?", "how come Devon got inadequate?": the inspection that gave the grade says why,
  // not paragraphs holding its word, nor the grade again (which a question that "got" a grade would read).
  const reason = answerGradeReason(context, text, u, answerers);
  if (reason !== null) return reason;
  const grade = readGradeQuestion(spanOfYears(u));
  if (grade !== null) {
    const { grades, results } = answerGradeQuery(context, grade, topicSearch(context));
    // "What was Barnsley judged at its previous inspection before 2014?": no graded report in the index, but the
    // next report's opening matter says what the previous inspection found. Quote it, saying there is no grade.
    if (grades.rows.length === 0 && results.length === 0 && u.aboutTheInspection === true && u.authorities.length > 0) {
      // From the time asked when it holds a report, else from the reports nearest it (which say what came before).
      const said = askUnderstood(context, text, u, options);
      if (said.results.length > 0) return { ...said, widened: `${grades.headline} What the reports say of it:` };
    }
    return gradeAskAnswer(text, u, { grades, results });
  }
  return askUnderstood(context, text, u, options);
}

/** What to say when a misspelt authority was read as the one it must mean. */
export function correctionNotice(u: Pick<Understood, 'corrected'>): string | undefined {
  return u.corrected === undefined ? undefined : `Showing results for ${u.corrected.authority} (you typed “${u.corrected.typed}”).`;
}

/** The answer, saying so when it rests on a corrected authority name. */
export function withCorrection(u: Understood, answer: AskAnswer): AskAnswer {
  const notice = correctionNotice(u);
  return notice === undefined ? answer : { ...answer, notice };
}

/**
 * Answer with cited paragraphs for what was understood of `text` (a follow-up's merged understanding, say).
 * `only`, when given, narrows the reports further (grade-filtered passages: the reports whose grade matched).
 */
export function askUnderstood(context: CorpusContext, text: string, u: Understood, options: AskOptions = {}, only?: ReadonlySet<string>): AskAnswer {
  // "What did inspectors say about the front door in the Black Country?", "… in the North West?": the reports of the
  // region's or group's councils, its name not searched (grade-questions.ts, regionAsked; registry/groups.ts).
  const region = u.authorities.length === 0 && u.unknownAuthorities.length === 0 && only === undefined ? regionAsked(u.words) : null;
  if (region !== null) {
    const members = new Set(authoritiesInRegion(region).map((a) => a.name));
    const ofMembers = new Set(context.reports.filter((r) => members.has(r.authority)).map((r) => r.id));
    const named = regionWords(u.words);
    return askUnderstood(context, text, { ...u, words: u.words.filter((w) => !named.has(w)) }, options, ofMembers);
  }
  const { limit, offset } = pageOf(options);
  const asked = withDerivedForms(context, queryTerms(u.words));
  // "What did the 2021 Bury inspection say overall?", "Bury 2016 SIF in brief": words asking for the gist alone
  // ask for each report's summary, not for paragraphs holding "overall".
  const gist = u.authorities.length > 0 && asked.length > 0 && asked.every((t) => GIST_WORDS.has(t.source));
  const terms = gist ? [] : asked;
  if (u.authorities.length === 0 && u.unknownAuthorities.length > 0) {
    return noResults(context, text, u, terms, noReportsFor(u.unknownAuthorities));
  }
  const { ids, latest, problem, underWay } = allowedReports(context, u);
  if (problem !== undefined) return nearestInstead(context, text, u, options, only, problem) ?? noResults(context, text, u, terms, problem);
  if (only !== undefined) for (const id of ids) if (!only.has(id)) ids.delete(id);

  if (terms.length === 0) {
    if (u.authorities.length > 0) {
      // The gist asked for is the summary, even of a question read as about the inspection ("inspection report 2021 summary").
      const hits = summaries(context, ids, gist ? { ...u, aboutTheInspection: false } : u);
      return withAsAt(context, u, { question: text, understood: understanding(u, terms), results: hits.slice(offset, offset + limit), total: hits.length }, underWay);
    }
    const message =
      text.trim() === ''
        ? 'Ask me about an Ofsted inspection of children’s services, for example an authority and a topic.'
        : 'I could not find any words to search for in that question. Try a topic and an authority.';
    return noResults(context, text, u, terms, message);
  }

  const paragraphs = context.paragraphs;
  const allowed = allowedParagraphs(context, ids);
  const narrowRefs = refsOf(context, ids);
  const candidates = retrieve(context, terms, allowed, undefined, narrowRefs);
  // A question about the inspection itself ("who led it?", "how many case files?") is answered by the
  // reports' opening and closing matter even where it shares no word with the question.
  if (u.aboutTheInspection === true && narrowRefs !== undefined) {
    const found = new Set(candidates.map((c) => c.ref));
    for (const ref of narrowRefs) {
      if (!found.has(ref) && paragraphs[ref]?.kind === 'about') candidates.push({ ref, score: RANKING.aboutBase, mask: 0 });
    }
  }
  const scored = rankCandidates(context, candidates, terms, u, latest);
  // A question about no authority in particular: the first answers come from several authorities.
  const national = u.authorities.length === 0;
  const ordered = withQuotedFirst(context, text, national ? spreadAcrossAuthorities(context, scored, offset + limit) : u.alsoYears !== undefined ? bestOfEachYear(context, scored, u) : scored);
  const ranked: Hit[] = [];
  for (const entry of ordered.slice(offset, offset + limit)) {
    const spans = spansOf(paragraphs[entry.ref]?.text ?? '', termsOf(terms, entry.mask).map((t) => t.term));
    const hit = makeHit(context, entry.ref, spans, Math.round(entry.score * 1000) / 1000);
    if (hit !== undefined) ranked.push({ ...hit, why: whyMatched(entry, terms) });
  }
  if (scored.length === 0 && only === undefined && narrowedByTime(u)) {
    // Nothing in the reports of the time or kind asked: the authority's other reports, saying so.
    const { month: _month, ...unnarrowed } = u;
    const wider = askUnderstood(context, text, { ...unnarrowed, year: null, range: null, focusedVisits: false }, options);
    if (wider.results.length > 0) return { ...wider, widened: `Nothing in ${u.authorities.join(' and ')}'s ${describeNarrowing(u)} matched ${terms.map((t) => t.source).join(', ')}; these are from ${u.authorities.length > 1 ? 'their' : 'its'} other reports.` };
  }
  if (scored.length === 0) {
    const searched = terms.map((t) => t.source).join(', ');
    const reportsOf = u.focusedVisits === true ? 'the focused-visit letters' : 'the reports';
    const where = u.authorities.length > 0 ? ` in ${reportsOf} for ${u.authorities.join(' and ')}` : u.focusedVisits === true ? ` in ${reportsOf}` : '';
    return noResults(context, text, u, terms, `No paragraphs matched ${searched}${where}. Try other words or another authority.`);
  }
  const answer: AskAnswer = { question: text, understood: understanding(u, terms), results: ranked, total: scored.length };
  if (national) answer.authorities = authoritiesMatched(context, scored);
  const leavingOut = [...(national ? (u.leftOut ?? []) : []), ...(u.frameworksLeftOut === undefined ? [] : [frameworksLeftOutPhrase(u.frameworksLeftOut)])];
  if (leavingOut.length > 0) answer.leftOut = leavingOut;
  const noFramework = frameworkNotHeld(context, u, ids);
  if (noFramework !== undefined) answer.widened = noFramework;
  const noYear = yearsNotHeld(context, u, ids);
  if (noYear !== undefined) answer.widened = noYear;
  return withAsAt(context, u, answer, underWay);
}

/** How far down the ranking a passage quoted in the question is looked for. */
const QUOTE_DEPTH = 200;

/**
 * The ranking with the paragraphs that hold a passage the question quotes, word for word, first: "where is this
 * from: \"the response to private fostering is particularly weak\"" is answered by the paragraph that says it.
 */
function withQuotedFirst<T extends { ref: number }>(context: CorpusContext, text: string, scored: T[]): T[] {
  const passage = quotedPassage(text);
  if (passage === null) return scored;
  const holds = (entry: T): boolean => plainWords(context.paragraphs[entry.ref]?.text ?? '').includes(passage);
  const top = scored.slice(0, QUOTE_DEPTH);
  const first = top.filter(holds);
  if (first.length === 0) return scored;
  return [...first, ...scored.filter((entry) => !first.includes(entry))];
}

/**
 * Grades asked of years set against each other ("Bury's grades 2016 and
 * 2021", "how many were inadequate in 2016 and 2020?") are read over the span
 * they make, which the answer names ("2016 to 2021"): the grade answers count
 * and list by a year or a range.
 */
function spanOfYears(u: Understood): Understood {
  if (u.alsoYears === undefined || typeof u.year !== 'number') return u;
  const years = [u.year, ...u.alsoYears];
  const { alsoYears: _alsoYears, ...rest } = u;
  return { ...rest, year: null, range: { kind: 'years', from: Math.min(...years), to: Math.max(...years) } };
}

/**
 * For years set against each other ("Bury LADO 2016 vs 2025"): the best
 * paragraph of each year first, in year order, then the rest by score.
 */
function bestOfEachYear<T extends Ranked>(context: CorpusContext, scored: readonly T[], u: Understood): T[] {
  const years = [...new Set([...(typeof u.year === 'number' ? [u.year] : []), ...(u.alsoYears ?? [])])].sort((a, b) => a - b);
  const first: T[] = [];
  for (const year of years) {
    const best = scored.find((entry) => {
      const report = context.reportsById.get(context.paragraphs[entry.ref]?.reportId ?? '');
      return report !== undefined && inYear(report, year) && !first.includes(entry);
    });
    if (best !== undefined) first.push(best);
  }
  return [...first, ...scored.filter((entry) => !first.includes(entry))];
}

/**
 * A named authority with no report (or letter) from the time asked: the
 * answer comes from those nearest that time, saying so above it ("I have no
 * report for Bury from 2017, so these are from its nearest: 2016, 2018."),
 * rather than a dead end. Later reports often say what was so before them.
 * Undefined when nothing there matches either.
 */
function nearestInstead(context: CorpusContext, text: string, u: Understood, options: AskOptions, only: ReadonlySet<string> | undefined, problem: string): AskAnswer | undefined {
  if (only !== undefined || u.authorities.length === 0) return undefined;
  const near = new Set<string>();
  const years = new Set<number>();
  for (const authority of u.authorities) {
    const held = (context.reportsByAuthority.get(authority) ?? []).filter((r) => (u.focusedVisits === true ? r.kind === 'focused-visit' : r.kind !== 'council-paper'));
    for (const report of nearestInTime(held, u.year, u.range)) {
      near.add(report.id);
      years.add(report.year);
    }
  }
  if (near.size === 0) return undefined;
  const { month: _month, ...timeless } = u;
  const answer = askUnderstood(context, text, { ...timeless, year: null, range: null }, options, near);
  if (answer.results.length === 0) return undefined;
  const nearest = [...years].sort().join(', ');
  const which = u.authorities.length > 1 ? 'their' : 'its';
  return { ...answer, widened: `${problem.replace(/\.(?: Reports I have are from [^.]*\.)?$/, '')}, so these are from ${which} nearest: ${nearest}.` };
}

/** Paragraphs as at a date say how the date was counted, in one line above them. */
function withAsAt(context: CorpusContext, u: Understood, answer: AskAnswer, underWay?: true): AskAnswer {
  // A month read as the inspection under way then is not counted "as at" its end.
  if (u.range?.kind === 'as-at' && underWay !== true) answer.asAt = asAtLine(u.range.date, context.today());
  return answer;
}

/** What a result matched, as the question wrote it: its phrases first, then the other terms. */
function whyMatched(entry: Ranked, terms: readonly QueryTerm[]): string[] {
  const phrases = (entry.phrases ?? []).map((p) => `“${p.source}”`);
  const inPhrase = new Set((entry.phrases ?? []).flatMap((p) => p.source.split(' ')));
  const words = termsOf(terms, entry.mask)
    .filter((t) => !t.source.split(' ').every((w) => inPhrase.has(w)))
    .map((t) => t.source);
  return [...phrases, ...new Set(words)];
}
