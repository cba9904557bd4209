/**
 * The weights of ranking, in one place, shared by retrieval (retrieve.ts) and
 * the re-ranking of candidates (rank.ts).
 */
import type { QueryTerm } from '../search/pipeline.ts';

/**
 * Ranking adjustments on top of the BM25 score; measured with `npm run bench`
 * and tuned on the tuning half with `npm run tune-ranking` (which sets them
 * in place, so this is not frozen).
 */
export const RANKING = {
  /** Paragraph sits under the section of an area the question names. */
  areaMatch: 1.35,
  /**
   * Paragraph is from the authority's latest inspection or a focused visit since (staff usually mean "now"). 1.5
   * until the set grew to 1,454 questions; then, of 1.2-1.5 on the tuning half, 1.4 was the lowest lowering none of
   * its measures (below it, the cross-authority spread fell), and the held-back half lowered none either.
   */
  latest: 1.4,
  /**
   * For "still", "now", "latest": the authority's most recent report or letter
   * among those, beside the latest inspection (a focused visit after it is
   * the latest word on its theme).
   */
  newestWhenNow: 2,
  /** Council papers are not Ofsted's words: rank them below the reports. */
  councilPaper: 0.7,
  /**
   * Summaries, one-line improvement items and SIF recommendations restate
   * findings briefly: when a numbered finding matches as well, the finding
   * (with the detail) should win.
   */
  digest: 0.8,
  /**
   * About paragraphs (a report's or letter's words about the inspection
   * itself: dates, team, evidence looked at, the area's data at the time,
   * the next inspection and the action plan) answer questions about the
   * inspection, not about practice: like a council paper, they rank below
   * the findings when those match as well. Set by that reasoning, not
   * measured on the bench (see model.ts, ParagraphKind 'about').
   */
  about: 0.7,
  /** The same paragraphs when the question asks about the inspection itself (inspection-matter.ts): they are the answer. */
  aboutAsked: 3,
  /** Every other paragraph, for such a question: a finding sharing a word ("came", "led") is not who came or led. */
  practiceWhenAboutAsked: 0.6,
  /** Such a paragraph that says what the question asks about the inspection (its team, dates, evidence, action plan, next one). */
  aboutFacet: 2,
  /**
   * Focused-visit letters when the question names an inspection and no visit
   * ("who led the 2022 inspection"): in a year with both, the inspection was
   * meant; a letter still answers when nothing else does. Set by reasoning.
   */
  visitWhenInspectionNamed: 0.5,
  /**
   * A report of the framework the question names ("the SIF", "the LAC
   * inspection", "the LSCB review"), beside the authority's other reports.
   * 1.5, 2 and 3 measured the same on both halves; 3 so that the SIF named
   * outranks the authority's latest inspection (×{@link RANKING.latest}).
   */
  frameworkNamed: 3,
  /** The BM25 score an about paragraph sharing no word with such a question starts from (a match scores 2-15): 2 rather than 1 measured one question better on the tuning half, the held-back half unchanged. */
  aboutBase: 2,
  /** A paragraph stating a figure, when the question asks "how many", "what proportion", "what %". */
  figure: 1.3,
  /** A paragraph defining a term ("referred to as", "known as"), when the question asks what one means. */
  definition: 2,
  /** Weight of the (term-weighted) share of the question a paragraph matches. */
  coverage: 0.6,
  /** Each of the question's word pairs found together in the paragraph ("local offer", "staying put"), up to three. */
  phrase: 0.35,
  /** How far a paragraph leaning the question's way ("strong", "weak") is preferred; scaled by its leaning, -1 to 1. */
  leaning: 0.3,
  /** How far a paragraph whose first sentence holds the question's topic words is preferred (scaled by the share held). */
  lead: 0.15,
  /** How many of the best candidates are re-read for phrases and leaning (the rest cannot catch up). */
  rereadDepth: 80,
  /**
   * A question about no authority in particular: each further paragraph of an
   * authority already shown counts for this share, so the first answers come
   * from several authorities (the rest follow).
   */
  sameAuthority: 0.35,
  /** A word's derived form the stemmer keeps apart ("excluded" / "exclusions"; derived-forms.ts), beside the form asked: 0.6 and 1 measured alike on the held-back half, 0.6 kept the tuning half's spread. */
  derived: 0.6,
  /** Concept terms (abbreviations, synonym groups) are the point of most questions. */
  concept: 1.5,
  /** A match in the section heading, beside one in the text (the index already weighs the heading's field twice). */
  section: 1,
};

/** How much a term counts: concepts more, intent words less. */
export function termBoost(term: QueryTerm): number {
  return (term.concept ? RANKING.concept : 1) * term.weight;
}

