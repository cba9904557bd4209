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

/** The paragraphs (refs) whose text holds `term`, ascending. */
export function textRefs(context: CorpusContext, term: string): readonly number[] {
  const packed = packedRefs(context.index);
  if (packed !== undefined) return packed.refs(term, packed.fields.indexOf('text'));
  // An index not made by unpackLunr (none today, but the type allows it): Lunr's own posting.
  const posting = (context.index as unknown as LunrInternals).invertedIndex[term]?.['text'];
  return posting === undefined ? EMPTY : Object.keys(posting).map(Number);
}

/** A paragraph's BM25 vector in a field: [termIndex, weight, …], sorted by term index. Each is built on first use, then kept. */
export function fieldVector(context: CorpusContext, field: ScoredField, ref: number): readonly number[] {
  const packed = packedRefs(context.index);
  if (packed !== undefined) return packed.vector(packed.fields.indexOf(SCORED_FIELDS[field]), ref);
  return (context.index as unknown as LunrInternals).fieldVectors[`${SCORED_FIELDS[field]}/${ref}`]?.elements ?? EMPTY;
}
