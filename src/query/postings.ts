/**
 * Reading Lunr's index as arrays: the paragraphs holding a term, and a
 * paragraph's BM25 field vector. Scoring a question about every authority
 * reads thousands of them; through Lunr's objects (a posting keyed by ref, a
 * field vector keyed by "text/123") each read allocates, and the garbage
 * dominated such a question's time (measured with --cpu-prof).
 */
import { packedRefs } from '../search/packed-lunr.ts';
import type { CorpusContext } from './context.ts';

/** The fields scored, in the order {@link fieldVector} takes them. */
export const SCORED_FIELDS = ['text', 'section'] as const;
export type ScoredField = 0 | 1;

interface LunrInternals {
  invertedIndex: Record<string, Record<string, Record<string, object> | undefined> | undefined>;
  fieldVectors: Record<string, { elements: number[] } | undefined>;
}

const EMPTY: readonly number[] = [];
const VECTORS = new WeakMap<CorpusContext, Array<Array<readonly number[]>>>();

/** The paragraphs (refs) whose text holds `term`, ascending. */
export function textRefs(context: CorpusContext, term: string): readonly number[] {
  const packed = packedRefs(context.index);
  if (packed !== undefined) {
    const field = packed.fields.indexOf('text');
    return packed.byTerm.get(term)?.[field] ?? EMPTY;
  }
  // An index not made by unpackLunr (none today, but the type allows it): Lunr's own posting.
  const posting = (context.index as unknown as LunrInternals).invertedIndex[term]?.['text'];
  return posting === undefined ? EMPTY : Object.keys(posting).map(Number);
}

/** A paragraph's BM25 vector in a field: [termIndex, weight, …], sorted by term index. Built for all paragraphs on first use. */
export function fieldVector(context: CorpusContext, field: ScoredField, ref: number): readonly number[] {
  let vectors = VECTORS.get(context);
  if (vectors === undefined) {
    vectors = buildVectors(context);
    VECTORS.set(context, vectors);
  }
  return vectors[field]?.[ref] ?? EMPTY;
}

/** Every paragraph's vector in each scored field, by ref: from the packed index (no lunr.Vector objects), else from Lunr's. */
function buildVectors(context: CorpusContext): Array<Array<readonly number[]>> {
  const vectors: Array<Array<readonly number[]>> = SCORED_FIELDS.map(() => new Array<readonly number[]>(context.paragraphs.length).fill(EMPTY));
  const packed = packedRefs(context.index);
  if (packed !== undefined) {
    for (const [fieldRef, elements] of packed.fieldVectors) {
      const slash = fieldRef.indexOf('/');
      const field = SCORED_FIELDS.indexOf(fieldRef.slice(0, slash) as (typeof SCORED_FIELDS)[number]);
      if (field >= 0) (vectors[field] as Array<readonly number[]>)[Number(fieldRef.slice(slash + 1))] = elements;
    }
    return vectors;
  }
  const internals = context.index as unknown as LunrInternals;
  SCORED_FIELDS.forEach((name, f) => {
    for (let i = 0; i < context.paragraphs.length; i++) (vectors[f] as Array<readonly number[]>)[i] = internals.fieldVectors[`${name}/${i}`]?.elements ?? EMPTY;
  });
  return vectors;
}
