/**
 * Builds the packed Lunr index (packed-lunr.ts) directly, with Lunr's own
 * tokenizer, pipeline and BM25 arithmetic, but without `lunr.Builder`.
 *
 * Why: Lunr's builder keeps an object for every term, field and paragraph
 * (its posting entries) and a term-frequency object for every field of every
 * paragraph. On the national index that peaked at 1.8 GB RSS. Here a posting
 * is an array of paragraph numbers per field and a field's frequencies are a
 * typed array, so the build needs a fraction of the memory. The output is
 * byte-identical to packing what `lunr.Builder` builds (a test holds the two
 * against each other), so loading and querying are unchanged.
 */
import lunr from 'lunr';
import type { PackedLunr, PackedPosting } from './packed-lunr.ts';

/** Lunr's BM25 defaults, as `lunr.Builder` uses them. */
const K1 = 1.2;
const B = 0.75;

export interface LeanField {
  name: string;
  boost: number;
}

interface TermEntry {
  index: number;
  /** Paragraph numbers holding the term, one list per field, ascending. */
  refs: number[][];
}

/**
 * The packed index of `documents` (document i has ref "i"), tokenised by
 * `builder`'s tokenizer and pipeline (configured as for `lunr.Builder`).
 */
export function buildPackedLunr(builder: lunr.Builder, fields: readonly LeanField[], documents: ReadonlyArray<Record<string, string>>): PackedLunr {
  const terms = new Map<string, TermEntry>();
  // Per field of each document: [termIndex, frequency, termIndex, frequency, …] and its length in terms.
  const frequencies: Int32Array[] = [];
  const lengths: number[] = [];
  const tokenizer = (builder as unknown as { tokenizer: (obj: unknown, metadata: object) => lunr.Token[] }).tokenizer;

  documents.forEach((doc, ref) => {
    for (const [f, field] of fields.entries()) {
      const tokens = builder.pipeline.run(tokenizer(doc[field.name], { fields: [field.name] }));
      const counts = new Map<number, number>();
      for (const token of tokens) {
        const term = token.toString();
        let entry = terms.get(term);
        if (entry === undefined) {
          entry = { index: terms.size, refs: fields.map(() => []) };
          terms.set(term, entry);
        }
        const list = entry.refs[f] as number[];
        if (list.at(-1) !== ref) list.push(ref);
        counts.set(entry.index, (counts.get(entry.index) ?? 0) + 1);
      }
      const packed = new Int32Array(counts.size * 2);
      let i = 0;
      for (const [index, count] of counts) {
        packed[i++] = index;
        packed[i++] = count;
      }
      frequencies.push(packed);
      lengths.push(tokens.length);
    }
  });

  // Lunr's idf counts a document once per field it holds the term in.
  const documentCount = documents.length;
  const idfByIndex = new Float64Array(terms.size);
  for (const entry of terms.values()) {
    const withTerm = entry.refs.reduce((n, list) => n + list.length, 0);
    idfByIndex[entry.index] = Math.log(1 + Math.abs((documentCount - withTerm + 0.5) / (withTerm + 0.5)));
  }
  const average = fields.map((_, f) => {
    let total = 0;
    for (let d = 0; d < documentCount; d++) total += lengths[d * fields.length + f] ?? 0;
    return total / documentCount;
  });

  const fieldVectors: Array<[string, number[]]> = [];
  documents.forEach((_, ref) => {
    for (const [f, field] of fields.entries()) {
      const slot = ref * fields.length + f;
      const packed = frequencies[slot] as Int32Array;
      const fieldLength = lengths[slot] ?? 0;
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < packed.length; i += 2) {
        const index = packed[i] as number;
        const tf = packed[i + 1] as number;
        // The same expression, in the same order, as lunr.Builder#createFieldVectors, so the floats match.
        let score = ((idfByIndex[index] as number) * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / (average[f] as number))) + tf);
        score *= field.boost;
        score *= 1;
        pairs.push([index, Math.round(score * 1000) / 1000]);
      }
      pairs.sort((a, b) => a[0] - b[0]);
      fieldVectors.push([`${field.name}/${ref}`, pairs.flat()]);
    }
  });

  const postings: PackedPosting[] = [...terms.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([term, entry]) => [term, entry.index, ...entry.refs]);
  return {
    version: lunr.version,
    fields: fields.map((f) => f.name),
    fieldVectors,
    postings,
    pipeline: builder.searchPipeline.toJSON() as unknown as string[],
  };
}
