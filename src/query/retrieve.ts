/**
 * Retrieval in two steps, both on Lunr's own data:
 *
 * 1. Lunr's postings give the candidates, using the question's rarest terms
 *    (see {@link generatorTerms}); they are read as arrays (postings.ts):
 *    Lunr's query API built match data and a vector for every document it
 *    found, which cost a question about every authority 50-100 ms. A word
 *    like "plan" or "care" is in thousands of paragraphs, so only the rare
 *    words find candidates. When the rare terms find nothing where the
 *    question looks, the next rarest are asked too.
 * 2. Each candidate is scored on every term of the question, common ones
 *    included, from Lunr's stored BM25 field vectors — the same weights
 *    Lunr's similarity sums, so a common word still separates candidates.
 *
 * A paragraph that matches only common words is not a candidate; it would
 * rank below any paragraph matching a rare word anyway.
 */
import type { QueryTerm } from '../search/pipeline.ts';
import { documentFrequency, type CorpusContext } from './context.ts';
import { textRefs, weightMatrix } from './postings.ts';
import { RANKING, termBoost } from './ranking-weights.ts';

/** Fewer allowed candidates than this from the rare terms (by default: none), and the next rarest are asked too (see {@link retrieve}). */
export const MIN_CANDIDATES = 1;
/** Candidate generation reads at most this share of the paragraphs' postings (see above). */
export const POSTINGS_BUDGET = 0.08;

export interface Candidate {
  /** Position of the paragraph in the store (its Lunr ref). */
  ref: number;
  /** Sum over fields and terms of boost × BM25 weight. */
  score: number;
  /**
   * Which of the question's terms the paragraph holds, as bits (term k is
   * bit k; see {@link termsOf}): thousands of candidates cost no arrays.
   */
  mask: number;
}

/** A candidate as scored, with the terms held in its text alone. */
interface Scored extends Candidate {
  textMask: number;
}

interface LunrInternals {
  invertedIndex: Record<string, { _index: number } | undefined>;
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
 * few), every one of them is scored directly from its field vectors, and
 * every one holding a topic word is a candidate; above it, candidates come
 * from the postings of the question's rarest words.
 */
export const DIRECT_SCORING_LIMIT = 5000;

/**
 * Candidates for `terms` among the paragraphs `allowed` accepts, scored on
 * every term. `allowedRefs`, when the caller knows them (a narrow question),
 * are scored directly (see {@link DIRECT_SCORING_LIMIT}).
 */
export function retrieve(
  context: CorpusContext,
  terms: readonly QueryTerm[],
  allowed: (ref: number) => boolean,
  wanted: number = MIN_CANDIDATES,
  allowedRefs?: readonly number[],
): Candidate[] {
  const ordered = byRarity(context, terms);
  // No term is in the index: nothing matches.
  if (ordered.length === 0) return [];
  let found: Scored[];
  if (allowedRefs !== undefined && allowedRefs.length <= DIRECT_SCORING_LIMIT) {
    // Every allowed paragraph is scored anyway, so every one matching a topic term (not only the rarest)
    // is a candidate: a question's rarest word is often an incidental one ("former UASC care leavers").
    // Candidates come from the text field, as the postings below do.
    const scored = score(context, terms, allowedRefs);
    const topics = terms.reduce((mask, t, k) => (t.intent === undefined && k < 31 ? mask | (1 << k) : mask), 0);
    found = scored.filter((c) => (c.textMask & topics) !== 0);
    // Only intent words matched ("what's good?" with no topic in the index): let them find candidates.
    if (found.length < wanted) found = scored.filter((c) => c.textMask !== 0);
  } else {
    let used = generatorTerms(context, terms).length;
    // A byte per paragraph marks the candidates found: a Set of thousands of numbers was a tenth of such a question's time.
    const seen = new Uint8Array(context.paragraphs.length);
    const refs = candidateRefs(context, ordered.slice(0, used), allowed, seen);
    // The rare terms found nothing where the question looks (one authority, one year):
    // let the next rarest terms find candidates, one at a time.
    while (refs.length < wanted && used < ordered.length) {
      for (const ref of candidateRefs(context, ordered.slice(used, used + 1), allowed, seen)) refs.push(ref);
      used += 1;
    }
    found = score(context, terms, refs);
  }
  return found;
}

/** The question's terms a candidate's mask holds. */
export function termsOf<T extends QueryTerm>(terms: readonly T[], mask: number): T[] {
  return terms.filter((_, k) => k < 31 && (mask & (1 << k)) !== 0);
}

/** The allowed paragraphs whose text holds any of `generators` (Lunr's postings, read as arrays). */
function candidateRefs(context: CorpusContext, generators: readonly QueryTerm[], allowed: (ref: number) => boolean, seen: Uint8Array): number[] {
  const found: number[] = [];
  for (const term of generators) {
    const refs = textRefs(context, term.term);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as number;
      if (seen[ref] === 1 || !allowed(ref)) continue;
      seen[ref] = 1;
      found.push(ref);
    }
  }
  return found;
}

/**
 * Score paragraphs on every term, from Lunr's stored field vectors (a
 * question's first 31 terms: more is an essay). Terms from one word of the
 * question ("CSE" gives both `cse` and `exploit`) count once, at the best of
 * them: a 2014 paragraph saying "child sexual exploitation" holds both and
 * would otherwise count twice against a 2024 one saying "exploitation".
 */
function score(context: CorpusContext, terms: readonly QueryTerm[], refs: readonly number[]): Scored[] {
  const internals = context.index as unknown as LunrInternals;
  const sources = [...new Set(terms.map((t) => t.source))];
  const weighted = terms.slice(0, 31).flatMap((t, k) => {
    const index = internals.invertedIndex[t.term]?._index;
    return index === undefined ? [] : [{ term: t.term, bit: 1 << k, boost: termBoost(t), index, group: sources.indexOf(t.source) }];
  });
  const best = new Float64Array(sources.length);
  const width = weighted.length;
  const text = weightMatrix(context, 0, weighted, refs);
  const section = weightMatrix(context, 1, weighted, refs);
  const out: Scored[] = [];
  for (let i = 0; i < refs.length; i++) {
    best.fill(0);
    let mask = 0;
    let textMask = 0;
    for (let k = 0; k < width; k++) {
      const { bit, boost, group } = weighted[k] as (typeof weighted)[number];
      const textScore = text[i * width + k] as number;
      const termScore = textScore + RANKING.section * (section[i * width + k] as number);
      if (textScore > 0) textMask |= bit;
      if (termScore > 0) {
        best[group] = Math.max(best[group] as number, boost * termScore);
        mask |= bit;
      }
    }
    if (mask === 0) continue;
    let total = 0;
    for (const value of best) total += value;
    out.push({ ref: refs[i] as number, score: total, mask, textMask });
  }
  return out;
}
