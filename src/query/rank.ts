/**
 * Ranking of retrieved candidates: the BM25 score (retrieve.ts) adjusted for
 * what the question says beyond its words, then, for a question about no
 * authority in particular, spread across authorities.
 *
 * Every adjustment is general (no rule names a question) and was measured
 * with `npm run bench` on the tuning half of the development set, and kept
 * only where the held-back half agreed (scripts/dev-set.ts).
 */
import type { StoredParagraph, StoredReport } from '../search/index-file.ts';
import { reportColumn } from '../search/paragraph-store.ts';
import type { QueryTerm } from '../search/pipeline.ts';
import { coversArea, type CorpusContext } from './context.ts';
import { leadShare, leaning, pairsIn, questionPairs, readParagraph, rereadFilter, stem, UNREAD, type WordPair } from './phrases.ts';
import { datesThePreviousInspection, saysAboutFacet, saysWhenBefore } from './inspection-matter.ts';
import { type Candidate } from './retrieve.ts';
import { RANKING, termBoost } from './ranking-weights.ts';
import type { Understood } from './understand.ts';

/** A figure, in digits ("261 children", "24%"). Counts in words ("three", "half") were tried: they are as often idiom. */
const STATES_A_FIGURE = /\d/;

/** A paragraph defining a term: "in this report, this is referred to as…", "…, known as…", "which stands for…". */
const DEFINES = /\b(?:referred to as|refers to|known as|stands for|is defined as|means that|in this report)\b/i;

/** Paragraph kinds that restate findings briefly (see RANKING.digest). */
const DIGEST_KINDS: ReadonlySet<string> = new Set(['summary', 'improvement', 'recommendation', 'lscb-recommendation']);

/** The reports a question's "now" points at, by id. */
export interface Latest {
  /** Each authority's latest inspection and the focused visits since (staff usually mean "now"). */
  reports: ReadonlySet<string>;
  /** The most recent of those for each authority: a letter after the inspection is the latest word on its theme. */
  newest: ReadonlySet<string>;
}

export interface Ranked extends Candidate {
  /** The phrases (question word pairs) found in the paragraph (for the candidates re-read). */
  phrases?: WordPair[];
}

/**
 * Score every candidate and sort, best first; ties break on store order so
 * answers are stable. The candidates are re-scored in place: a question
 * about every authority has thousands, and a copy of each was most of its
 * garbage.
 */
export function rankCandidates(
  context: CorpusContext,
  candidates: readonly Candidate[],
  terms: readonly QueryTerm[],
  u: Understood,
  latest: Latest,
): Ranked[] {
  // Terms from one word of the question ("CSE": cse and exploit) count once, as in scoring (retrieve.ts).
  const groupMasks = new Map<string, { mask: number; weight: number }>();
  terms.slice(0, 31).forEach((t, k) => {
    const group = groupMasks.get(t.source) ?? { mask: 0, weight: 0 };
    group.mask |= 1 << k;
    group.weight = Math.max(group.weight, termBoost(t));
    groupMasks.set(t.source, group);
  });
  const groups = [...groupMasks.values()];
  const totalWeight = groups.reduce((sum, g) => sum + g.weight, 0);
  const ranked: Ranked[] = candidates as Ranked[];
  // A report's prior is the same for all its paragraphs: worked out once per report a question reaches, by its
  // position (a map keyed by report id was a tenth of a question about every authority's time).
  const reportOf = reportPositions(context);
  const reportPriors = new Float64Array(context.reports.length).fill(Number.NaN);
  const placePrior = paragraphPriorOf(context, u);
  for (const candidate of ranked) {
    const paragraph = context.paragraphs[candidate.ref];
    let matched = 0;
    for (const group of groups) if ((candidate.mask & group.mask) !== 0) matched += group.weight;
    candidate.score *= 1 - RANKING.coverage + RANKING.coverage * (totalWeight === 0 ? 0 : matched / totalWeight);
    if (paragraph === undefined) continue;
    const position = reportOf[candidate.ref] as number;
    let reportPrior = reportPriors[position] as number;
    if (Number.isNaN(reportPrior)) {
      reportPrior = reportPriorOf(context.reports[position], u, latest);
      reportPriors[position] = reportPrior;
    }
    candidate.score *= reportPrior * placePrior(paragraph, candidate.ref);
  }
  ranked.sort(byScore);
  // Only the best are re-read; sorting them again and merging with the rest (still in order) is enough.
  const top = ranked.slice(0, RANKING.rereadDepth);
  reread(context, top, terms, u);
  top.sort(byScore);
  return merge(top, ranked.slice(RANKING.rereadDepth));
}

/** Per context, each paragraph's report as its position in `context.reports` (made on the first question, not at load). */
const REPORT_POSITIONS = new WeakMap<CorpusContext, Uint32Array>();

function reportPositions(context: CorpusContext): Uint32Array {
  let positions = REPORT_POSITIONS.get(context);
  if (positions === undefined) {
    positions = reportColumn(context.reports, context.paragraphs.length);
    REPORT_POSITIONS.set(context, positions);
  }
  return positions;
}

/** Two lists each in score order, as one. */
function merge(a: readonly Ranked[], b: readonly Ranked[]): Ranked[] {
  const out: Ranked[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byScore(a[i] as Ranked, b[j] as Ranked) <= 0 ? (a[i++] as Ranked) : (b[j++] as Ranked));
  while (i < a.length) out.push(a[i++] as Ranked);
  while (j < b.length) out.push(b[j++] as Ranked);
  return out;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.ref - b.ref;
}

/** What a report says of its paragraphs before their words are read: its age and kind. */
function reportPriorOf(report: StoredReport | undefined, u: Understood, latest: Latest): number {
  if (report === undefined) return 1;
  let factor = 1;
  if (latest.reports.has(report.id)) factor *= RANKING.latest;
  if (u.year === 'latest' && u.authorities.length > 0 && latest.newest.has(report.id)) factor *= RANKING.newestWhenNow;
  if (report.kind === 'council-paper') factor *= RANKING.councilPaper;
  if (u.inspectionNotVisit === true && report.kind === 'focused-visit') factor *= RANKING.visitWhenInspectionNamed;
  if (u.frameworks?.includes(report.kind) === true) factor *= RANKING.frameworkNamed;
  return factor;
}

/** Per context, whether each paragraph states a figure (1), does not (0) or is not yet read (-1): see {@link STATES_A_FIGURE}. */
const FIGURES = new WeakMap<CorpusContext, Int8Array>();

function statesAFigure(context: CorpusContext, paragraph: StoredParagraph, ref: number): boolean {
  let flags = FIGURES.get(context);
  if (flags === undefined) {
    flags = new Int8Array(context.paragraphs.length).fill(-1);
    FIGURES.set(context, flags);
  }
  if (flags[ref] === -1) flags[ref] = STATES_A_FIGURE.test(paragraph.text) ? 1 : 0;
  return flags[ref] === 1;
}

/**
 * {@link paragraphPrior} for one question, as a function of a candidate: where the question reads no paragraph's
 * words (no "how many", "what does X mean" or facet of the inspection asked), the prior depends only on a
 * paragraph's kind and area, so it is worked out once for each pair the candidates hold. A question about every
 * authority ranks thousands of candidates, and working it out for each was a tenth of its ranking.
 */
function paragraphPriorOf(context: CorpusContext, u: Understood): (paragraph: StoredParagraph, ref: number) => number {
  if (u.asksDefinition === true || u.aboutFacets !== undefined) return (paragraph) => paragraphPrior(paragraph, u);
  const byKind = new Map<string, Map<string, number>>();
  const figure = u.asksQuantity === true;
  return (paragraph, ref) => {
    const kind = paragraph.kind;
    const area = paragraph.area;
    let byArea = byKind.get(kind);
    if (byArea === undefined) {
      byArea = new Map();
      byKind.set(kind, byArea);
    }
    // A paragraph stating a figure, for "how many", has a prior of its own: worked out for it alone.
    if (figure && statesAFigure(context, paragraph, ref)) return paragraphPrior(paragraph, u, true);
    let prior = byArea.get(area);
    if (prior === undefined) {
      prior = paragraphPrior(paragraph, u, false);
      byArea.set(area, prior);
    }
    return prior;
  };
}

/**
 * What a paragraph's place says before its words are read: its area and kind. `figure`, when given, says whether
 * the paragraph states a figure (else its text is read for one).
 */
function paragraphPrior(paragraph: StoredParagraph, u: Understood, figure?: boolean): number {
  let factor = 1;
  if (u.areas.length > 0) {
    const area = paragraph.area;
    if (u.areas.some((asked) => coversArea(area, asked))) factor *= RANKING.areaMatch;
  }
  const kind = paragraph.kind;
  if (DIGEST_KINDS.has(kind)) factor *= RANKING.digest;
  if (u.asksQuantity === true && (figure ?? STATES_A_FIGURE.test(paragraph.text))) factor *= RANKING.figure;
  if (u.asksDefinition === true && DEFINES.test(paragraph.text)) factor *= RANKING.definition;
  // The area's own figures at the time (children in need, on plans, in care; the DCS in post since…) and a
  // report's definitions of its terms are about paragraphs: for "how many" or "what does X mean" they are the
  // answer, not matter to rank below the findings.
  // A question the learned reading leans towards reading as about the inspection, unsure: part of the way.
  const about = u.aboutTheInspection === true ? 1 : (u.aboutLeaning ?? 0);
  if (kind === 'about') {
    const otherwise = u.asksQuantity === true || u.asksDefinition === true ? 1 : RANKING.about;
    factor *= about === 1 ? RANKING.aboutAsked : otherwise ** (1 - about) * RANKING.aboutAsked ** about;
    if (u.aboutFacets !== undefined && saysAboutFacet(paragraph.text, u.aboutFacets)) factor *= RANKING.aboutFacet;
    if (u.aboutFacets !== undefined && saysWhenBefore(paragraph.text, u.aboutFacets)) factor *= RANKING.aboutFacet;
  } else if (about > 0 && u.aboutFacets !== undefined && datesThePreviousInspection(paragraph.text, u.aboutFacets)) {
    // A letter dates its previous inspection in its first findings: for that facet they are opening matter. "When
    // was it?" counts the date again: the letter's one-line opening matter outscores a long finding on the
    // question's framing words ("visit", "last"), and only the finding answers.
    factor *= RANKING.aboutAsked ** about * RANKING.aboutFacet * (saysWhenBefore(paragraph.text, u.aboutFacets) ? RANKING.aboutFacet : 1);
  } else if (about > 0) factor *= RANKING.practiceWhenAboutAsked ** about;
  return factor;
}

/**
 * Re-read the best candidates' words: the question's phrases found together,
 * and, when the question leans ("strong", "weak"), how the paragraph leans
 * where it speaks of the topic. Adjusts `ranked` in place.
 */
function reread(context: CorpusContext, ranked: Ranked[], terms: readonly QueryTerm[], u: Understood): void {
  const intentWords = new Set(terms.filter((t) => t.intent !== undefined).map((t) => t.source));
  const pairs = questionPairs(u.words, intentWords);
  const lean = terms.reduce((sum, t) => sum + (t.intent === 'positive' ? 1 : t.intent === 'negative' ? -1 : 0), 0);
  const topic = new Set(terms.filter((t) => t.intent === undefined).flatMap((t) => t.source.split(' ').map(stem)));
  topic.delete(UNREAD);
  const wanted = rereadFilter(pairs, topic, lean !== 0);
  for (const entry of ranked) {
    const read = readParagraph(context.paragraphs[entry.ref]?.text ?? '', wanted);
    if (pairs.length > 0) {
      entry.phrases = pairsIn(read.stems, pairs, read.sentences);
      entry.score *= 1 + RANKING.phrase * Math.min(entry.phrases.length, 3);
    }
    if (RANKING.lead > 0 && topic.size > 0) entry.score *= 1 + RANKING.lead * leadShare(read, topic);
    if (lean !== 0) entry.score *= 1 + RANKING.leaning * Math.sign(lean) * leaning(read, topic);
  }
}

/**
 * For a question about no authority in particular: the order in which the
 * first `count` results are shown, each further paragraph of an authority
 * already shown counting for {@link RANKING.sameAuthority} of its score; the
 * rest follow in score order.
 */
export function spreadAcrossAuthorities<T extends Candidate>(context: CorpusContext, ranked: readonly T[], count: number): T[] {
  const pool = ranked.slice(0, Math.max(count * 8, 40));
  const shown = new Map<string, number>();
  const out: T[] = [];
  const taken = new Set<T>();
  while (out.length < count && taken.size < pool.length) {
    let best: T | undefined;
    let bestScore = -Infinity;
    for (const entry of pool) {
      if (taken.has(entry)) continue;
      const authority = authorityOf(context, entry.ref);
      const score = entry.score * RANKING.sameAuthority ** (shown.get(authority) ?? 0);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    if (best === undefined) break;
    taken.add(best);
    out.push(best);
    const authority = authorityOf(context, best.ref);
    shown.set(authority, (shown.get(authority) ?? 0) + 1);
  }
  return [...out, ...ranked.filter((entry) => !taken.has(entry))];
}

function authorityOf(context: CorpusContext, ref: number): string {
  const reportId = context.paragraphs[ref]?.reportId ?? '';
  return context.reportsById.get(reportId)?.authority ?? reportId;
}

/** How many authorities have a candidate scoring at least half the best: "paragraphs from N authorities". */
export function authoritiesMatched(context: CorpusContext, ranked: readonly Candidate[]): number {
  const top = ranked[0]?.score ?? 0;
  const names = new Set<string>();
  for (const entry of ranked) {
    if (entry.score < top / 2) break;
    names.add(authorityOf(context, entry.ref));
  }
  return names.size;
}
