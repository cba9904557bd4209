/**
 * Retrieval in two steps, both on Lunr's own data:
 *
 * 1. Lunr's query API finds the candidates, using the question's selective
 *    terms (the rarest, see {@link generatorTerms}). A word
 *    like "plan" or "care" is in thousands of paragraphs: asking Lunr for it
 *    makes it build match data for most of the index (measured: 10-20 ms a
 *    question on the full index, against 1-2 ms without).
 * 2. Each candidate is scored on every term of the question, common ones
 *    included, from Lunr's stored BM25 field vectors — the same weights
 *    Lunr's similarity sums, so a common word still separates candidates.
 *
 * A paragraph that matches only common words is not a candidate; it would
 * rank below any paragraph matching a selective word anyway.
 */
import lunr from 'lunr';
import type { QueryTerm } from '../search/pipeline.ts';
import { documentFrequency, type CorpusContext } from './context.ts';

/** Candidate generation reads at most this share of the paragraphs' postings (see above). */
export const POSTINGS_BUDGET = 0.12;
/** Concept terms (abbreviations, synonym groups) are the point of most questions. */
export const CONCEPT_BOOST = 1.5;
/** The fields searched and scored (the `filter`-free part of the index). */
const FIELDS = ['text', 'section'] as const;

export interface Candidate {
  /** Position of the paragraph in the store (its Lunr ref). */
  ref: number;
  /** Sum over fields and terms of boost × BM25 weight. */
  score: number;
  /** The index terms the paragraph contains. */
  terms: string[];
}

interface LunrInternals {
  invertedIndex: Record<string, { _index: number } | undefined>;
  fieldVectors: Record<string, { elements: number[] } | undefined>;
}

/** The value at `index` in a Lunr vector's [index, value, index, value, ...] elements, or 0. */
function weightAt(elements: readonly number[], index: number): number {
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = elements[mid * 2] ?? 0;
    if (at === index) return elements[mid * 2 + 1] ?? 0;
    if (at < index) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/**
 * The terms that generate candidates: the rarest first, while their postings
 * add up to at most {@link POSTINGS_BUDGET} of the paragraphs (the rarest
 * always goes in). The rare words carry a question; the common ones only
 * re-rank what the rare ones found.
 */
export function generatorTerms(context: CorpusContext, terms: readonly QueryTerm[]): QueryTerm[] {
  const budget = POSTINGS_BUDGET * context.paragraphs.length;
  const byRarity = terms
    .map((term) => ({ term, df: documentFrequency(context, term.term) }))
    .filter((t) => t.df > 0)
    .sort((a, b) => a.df - b.df);
  const generators: QueryTerm[] = [];
  let postings = 0;
  for (const { term, df } of byRarity) {
    if (generators.length > 0 && postings + df > budget) break;
    generators.push(term);
    postings += df;
  }
  return generators;
}

/** Candidates for `terms` among the paragraphs `allowed` accepts, scored on every term. */
export function retrieve(context: CorpusContext, terms: readonly QueryTerm[], allowed: (ref: number) => boolean): Candidate[] {
  const internals = context.index as unknown as LunrInternals;
  const generators = generatorTerms(context, terms);
  // No term is in the index: nothing matches (an empty Lunr query would match everything).
  if (generators.length === 0) return [];
  const results = context.index.query((query) => {
    for (const term of generators) {
      query.term(term.term, {
        // Candidates come from the text: a heading alone never answers a question,
        // and matching one field instead of two halves Lunr's work.
        fields: ['text'],
        usePipeline: false,
        boost: term.concept ? CONCEPT_BOOST : 1,
        presence: lunr.Query.presence.OPTIONAL,
      });
    }
  });
  const weighted = terms
    .map((t) => ({ term: t.term, boost: t.concept ? CONCEPT_BOOST : 1, index: internals.invertedIndex[t.term]?._index }))
    .filter((t): t is { term: string; boost: number; index: number } => t.index !== undefined);

  const candidates: Candidate[] = [];
  for (const result of results) {
    const ref = Number(result.ref);
    if (!allowed(ref)) continue;
    const vectors = FIELDS.map((field) => internals.fieldVectors[`${field}/${ref}`]?.elements ?? []);
    let score = 0;
    const matched: string[] = [];
    for (const { term, boost, index } of weighted) {
      let termScore = 0;
      for (const elements of vectors) termScore += weightAt(elements, index);
      if (termScore > 0) {
        score += boost * termScore;
        matched.push(term);
      }
    }
    candidates.push({ ref, score, terms: matched });
  }
  return candidates;
}
