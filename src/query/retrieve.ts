/**
 * Retrieval in two steps, both on Lunr's own data:
 *
 * 1. Lunr's query API finds the candidates, using the question's rarest
 *    terms (see {@link generatorTerms}). A word like "plan" or "care" is in
 *    thousands of paragraphs: asking Lunr for it makes it build match data and
 *    a similarity for most of the index (measured: 10-20 ms a question on the
 *    full index, against 1-2 ms without). When the rare terms find nothing
 *    where the question looks, the next rarest are asked too.
 * 2. Each candidate is scored on every term of the question, common ones
 *    included, from Lunr's stored BM25 field vectors — the same weights
 *    Lunr's similarity sums, so a common word still separates candidates.
 *
 * A paragraph that matches only common words is not a candidate; it would
 * rank below any paragraph matching a rare word anyway.
 */
import lunr from 'lunr';
import type { QueryTerm } from '../search/pipeline.ts';
import { documentFrequency, type CorpusContext } from './context.ts';
import { RANKING, termBoost } from './ranking-weights.ts';

/** Fewer allowed candidates than this from the rare terms (by default: none), and the next rarest are asked too (see {@link retrieve}). */
export const MIN_CANDIDATES = 1;
/** Candidate generation reads at most this share of the paragraphs' postings (see above). */
export const POSTINGS_BUDGET = 0.08;
/** The fields scored. */
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
 * The question's terms that are in the index, rarest first. Intent words
 * ("good", "still", "weak") come last whatever their rarity: they say what
 * the question wants to hear, not what it is about, so they find candidates
 * only when nothing else does.
 */
function byRarity(context: CorpusContext, terms: readonly QueryTerm[]): QueryTerm[] {
  return terms
    .map((term) => ({ term, df: documentFrequency(context, term.term) }))
    .filter((t) => t.df > 0)
    .sort((a, b) => Number(a.term.intent !== undefined) - Number(b.term.intent !== undefined) || a.df - b.df)
    .map((t) => t.term);
}

/**
 * The terms that generate candidates: the rarest first, while their postings
 * add up to at most {@link POSTINGS_BUDGET} of the paragraphs (the rarest
 * always goes in). The rare words carry a question; the common ones only
 * re-rank what the rare ones found.
 */
export function generatorTerms(context: CorpusContext, terms: readonly QueryTerm[]): QueryTerm[] {
  const budget = POSTINGS_BUDGET * context.paragraphs.length;
  const generators: QueryTerm[] = [];
  let postings = 0;
  for (const term of byRarity(context, terms)) {
    const df = documentFrequency(context, term.term);
    if (generators.length > 0 && (postings + df > budget || term.intent !== undefined)) break;
    generators.push(term);
    postings += df;
  }
  return generators;
}

/**
 * Below this many allowed paragraphs (a question about one authority or a
 * few), every one of them is scored directly from its field vectors rather
 * than asking Lunr, whose query walks the whole national index's postings
 * for each term. The candidates are the same either way.
 */
export const DIRECT_SCORING_LIMIT = 5000;

/**
 * Candidates for `terms` among the paragraphs `allowed` accepts, scored on
 * every term. `allowedRefs`, when the caller knows them, lets a narrow
 * question skip Lunr's query.
 */
export function retrieve(
  context: CorpusContext,
  terms: readonly QueryTerm[],
  allowed: (ref: number) => boolean,
  wanted: number = MIN_CANDIDATES,
  allowedRefs?: readonly number[],
): Candidate[] {
  const ordered = byRarity(context, terms);
  // No term is in the index: nothing matches (an empty Lunr query would match everything).
  if (ordered.length === 0) return [];
  let used = generatorTerms(context, terms).length;
  if (allowedRefs !== undefined && allowedRefs.length <= DIRECT_SCORING_LIMIT) {
    // Every allowed paragraph is scored anyway, so every one matching a topic term (not only the rarest)
    // is a candidate: a question's rarest word is often an incidental one ("former UASC care leavers").
    // Candidates come from the text field, as Lunr's query below asks.
    const scored = score(context, terms, allowedRefs).filter((c) => c.inText.length > 0);
    const generators = new Set(ordered.filter((t) => t.intent === undefined).map((t) => t.term));
    used = ordered.length - ordered.filter((t) => t.intent !== undefined).length;
    let found = scored.filter((c) => c.inText.some((t) => generators.has(t)));
    while (found.length < wanted && used < ordered.length) {
      generators.add((ordered[used] as QueryTerm).term);
      used += 1;
      found = scored.filter((c) => c.inText.some((t) => generators.has(t)));
    }
    return found.map(({ ref, score: total, terms: matched }) => ({ ref, score: total, terms: matched }));
  }
  const refs = new Set(candidateRefs(context, ordered.slice(0, used), allowed));
  // The rare terms found nothing where the question looks (one authority, one year):
  // let the next rarest terms find candidates, one at a time.
  while (refs.size < wanted && used < ordered.length) {
    for (const ref of candidateRefs(context, ordered.slice(used, used + 1), allowed)) refs.add(ref);
    used += 1;
  }
  return score(context, terms, [...refs]).map(({ ref, score: total, terms: matched }) => ({ ref, score: total, terms: matched }));
}

/** The allowed paragraphs Lunr finds for any of `generators`. */
function candidateRefs(context: CorpusContext, generators: readonly QueryTerm[], allowed: (ref: number) => boolean): number[] {
  const results = context.index.query((query) => {
    for (const term of generators) {
      query.term(term.term, {
        // Candidates come from the text: a heading alone never answers a question,
        // and matching one field instead of two halves Lunr's work.
        fields: ['text'],
        usePipeline: false,
        boost: termBoost(term),
        presence: lunr.Query.presence.OPTIONAL,
      });
    }
  });
  return results.map((r) => Number(r.ref)).filter(allowed);
}

/** Score paragraphs on every term, from Lunr's stored field vectors. */
function score(context: CorpusContext, terms: readonly QueryTerm[], refs: readonly number[]): Array<Candidate & { inText: string[] }> {
  const internals = context.index as unknown as LunrInternals;
  const weighted = terms
    .map((t) => ({ term: t.term, boost: termBoost(t), index: internals.invertedIndex[t.term]?._index }))
    .filter((t): t is { term: string; boost: number; index: number } => t.index !== undefined);
  return refs.map((ref) => {
    const vectors = FIELDS.map((field) => internals.fieldVectors[`${field}/${ref}`]?.elements ?? []);
    let total = 0;
    const matched: string[] = [];
    const inText: string[] = [];
    for (const { term, boost, index } of weighted) {
      const textScore = weightAt(vectors[0] ?? [], index);
      const termScore = textScore + RANKING.section * weightAt(vectors[1] ?? [], index);
      if (textScore > 0) inText.push(term);
      if (termScore > 0) {
        total += boost * termScore;
        matched.push(term);
      }
    }
    return { ref, score: total, terms: matched, inText };
  });
}
