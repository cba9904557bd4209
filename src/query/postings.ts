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
export function textRefs(context: CorpusContext, term: string): ArrayLike<number> & Iterable<number> {
  const packed = packedRefs(context.index);
  if (packed !== undefined) return packed.refs(term, packed.fields.indexOf('text'));
  // An index not made by unpackLunr (none today, but the type allows it): Lunr's own posting.
  const posting = (context.index as unknown as LunrInternals).invertedIndex[term]?.['text'];
  return posting === undefined ? EMPTY : Object.keys(posting).map(Number);
}

/**
 * Lunr's own field vectors, for an index not made by unpackLunr (none today,
 * but the type allows it): `weigh(ref)` fills and returns one weight per
 * term, 0 where the paragraph lacks it.
 */
function lunrFieldWeights(context: CorpusContext, field: ScoredField, termIndexes: readonly number[]): (ref: number) => Float64Array {
  const out = new Float64Array(termIndexes.length);
  const vectors = (context.index as unknown as LunrInternals).fieldVectors;
  return (ref) => {
    const elements = vectors[`${SCORED_FIELDS[field]}/${ref}`]?.elements ?? EMPTY;
    termIndexes.forEach((index, k) => (out[k] = weightAt(elements, index)));
    return out;
  };
}

/**
 * A term's posting is walked, rather than each paragraph's vector searched,
 * while it is at most this many times as long as the list of paragraphs
 * weighed: a step of the walk is one array read (the posting's weights are
 * kept beside it, packed-lunr.ts), a vector search a dozen, so walking wins
 * until the posting is far longer. "plan" is in 20,000 paragraphs, more than
 * a question about one authority weighs. 16 was fastest over the
 * development set (2: the sum of each question's fastest of five 3.5-3.9 s,
 * 16: 3.2-3.4 s, 32: 3.5 s).
 */
const WALK_POSTING_RATIO = 16;

/** Per context and field, the matrix last filled: a question about every authority fills one of 30,000 weights, and allocating it was much of its garbage. */
const SCRATCH = new WeakMap<CorpusContext, Float64Array[]>();

/** `length` zeros in the field's scratch matrix, grown when too small. */
function scratch(context: CorpusContext, field: ScoredField, length: number): Float64Array {
  let buffers = SCRATCH.get(context);
  if (buffers === undefined) {
    buffers = [];
    SCRATCH.set(context, buffers);
  }
  let buffer = buffers[field];
  if (buffer === undefined || buffer.length < length) {
    buffer = new Float64Array(Math.max(length, 2 * (buffer?.length ?? 0)));
    buffers[field] = buffer;
  }
  const view = buffer.subarray(0, length);
  view.fill(0);
  return view;
}

/** Per context, each paragraph's row in the matrix being filled, -1 for none (kept all -1 between calls). */
const ROWS = new WeakMap<CorpusContext, Int32Array>();

/**
 * The BM25 weights in one field of each of `refs` for each term (by its Lunr
 * index; its text as `terms` gives it), as a matrix: row i (ref i) from
 * `i * terms.length`, 0 where the paragraph lacks the term.
 *
 * Why term at a time: searching every candidate's vector for every term was
 * most of a question about every authority's time (thousands of candidates,
 * each holding few of the terms). A term's posting marks the candidates that
 * hold it, and only those are searched. A posting much longer than the list
 * (a common word, a question about one authority) is not walked: each
 * paragraph's vector is searched for it instead.
 *
 * The matrix is a buffer kept for the next call on the same field: read it
 * before asking again.
 */
export function weightMatrix(context: CorpusContext, field: ScoredField, terms: ReadonlyArray<{ term: string; index: number }>, refs: readonly number[]): Float64Array {
  const width = terms.length;
  const out = scratch(context, field, refs.length * width);
  const packed = packedRefs(context.index);
  if (packed === undefined) {
    const weigh = lunrFieldWeights(context, field, terms.map((t) => t.index));
    refs.forEach((ref, i) => out.set(weigh(ref), i * width));
    return out;
  }
  const f = packed.fields.indexOf(SCORED_FIELDS[field]);
  let rows = ROWS.get(context);
  if (rows === undefined) {
    rows = new Int32Array(context.paragraphs.length).fill(-1);
    ROWS.set(context, rows);
  }
  for (let i = 0; i < refs.length; i++) rows[refs[i] as number] = i;
  try {
    for (let k = 0; k < width; k++) {
      const { term, index } = terms[k] as { term: string; index: number };
      const posting = packed.refs(term, f);
      if (posting.length <= WALK_POSTING_RATIO * refs.length) {
        const weights = packed.weights(term, f);
        for (let p = 0; p < posting.length; p++) {
          const row = rows[posting[p] as number] as number;
          if (row >= 0) out[row * width + k] = (weights[p] as number) / 1000;
        }
      } else {
        for (let i = 0; i < refs.length; i++) out[i * width + k] = packed.weight(f, refs[i] as number, index);
      }
    }
  } finally {
    for (let i = 0; i < refs.length; i++) rows[refs[i] as number] = -1;
  }
  return out;
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
