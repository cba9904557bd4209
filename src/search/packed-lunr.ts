/**
 * Lunr's serialised index with its postings packed, the same data as flat
 * typed arrays (what `index.bin` stores), and a loader that builds a
 * `lunr.Index` from them exactly as `lunr.Index.load` would.
 *
 * Why: in Lunr's own JSON every posting is an object keyed by document ref
 * (`{"text": {"4829": {}, ...}}`) and every field vector an array of numbers
 * in text. Parsing them was most of the index's load time. As typed arrays
 * over the file's bytes they cost no parsing at all: a term's refs and a
 * paragraph's vector become arrays only when a query first reads them, and
 * Lunr's own posting objects, field vectors and token set only if something
 * asks Lunr itself.
 */
import lunr from 'lunr';

/** One term: [term, Lunr's term index, refs in field 0, refs in field 1, ...]. */
export type PackedPosting = [string, number, ...number[][]];

export interface PackedLunr {
  /** Lunr version that built it. */
  version: string;
  fields: string[];
  /** As Lunr serialises them: [fieldRef, [termIndex, weight, ...]]. */
  fieldVectors: Array<[string, number[]]>;
  /** Sorted by term, as Lunr serialises its inverted index. */
  postings: PackedPosting[];
  pipeline: string[];
}

/**
 * A {@link PackedLunr} as flat typed arrays. Documents are numbered 0…n-1
 * and each has a vector in every field (as the index build makes them).
 */
export interface PackedColumns {
  version: string;
  fields: string[];
  pipeline: string[];
  /** Every term, sorted as Lunr serialises its inverted index. */
  terms: string[];
  /** Lunr's term index (a posting's `_index`) of each term. */
  termIndex: Uint32Array;
  /** Term t's refs in field f: `postingRefs` from `postingStarts[t * fields + f]` to the next start. */
  postingStarts: Uint32Array;
  postingRefs: Uint32Array;
  /** Document d's vector in field f: entries from `vectorStarts[d * fields + f]` to the next start. */
  vectorStarts: Uint32Array;
  vectorTerms: Uint32Array;
  /** Each weight × 1000: Lunr rounds its weights to three decimals, so `weight / 1000` is the exact number. */
  vectorWeights: Int32Array;
}

type Posting = { _index: number } & Record<string, Record<string, object>>;

interface SerialisedLunr {
  version: string;
  fields: string[];
  fieldVectors: Array<[string, number[]]>;
  invertedIndex: Array<[string, Posting]>;
  pipeline: string[];
}

/**
 * Pack an index built by `lunr.Builder`. Throws if a posting carries metadata
 * (packing would lose it). The index build makes the packed form directly
 * (lean-builder.ts); this is the reference the tests hold that against.
 */
export function packLunr(index: lunr.Index): PackedLunr {
  const json = index.toJSON() as unknown as SerialisedLunr;
  const postings = json.invertedIndex.map(([term, posting]): PackedPosting => {
    const refs = json.fields.map((field) => {
      const byRef = posting[field] ?? {};
      return Object.keys(byRef).map((ref) => {
        if (Object.keys(byRef[ref] ?? {}).length > 0) {
          throw new Error(`packed-lunr: term "${term}" keeps metadata in field "${field}"; expected none (metadataWhitelist must be empty).`);
        }
        return Number(ref);
      });
    });
    return [term, posting._index, ...refs];
  });
  return { version: json.version, fields: json.fields, fieldVectors: json.fieldVectors, postings, pipeline: json.pipeline };
}

const MAX_U32 = 0xffff_ffff;

function checkU32(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_U32) throw new Error(`packed-lunr: ${what} is ${value}; expected a whole number from 0 to ${MAX_U32}.`);
  return value;
}

/**
 * The columns of a packed index. Throws when they could not give it back
 * exactly: a field vector out of document order, a weight with more than
 * three decimals, a number that is no 32-bit whole number.
 */
export function toColumns(packed: PackedLunr): PackedColumns {
  const fieldCount = packed.fields.length;
  const documents = fieldCount === 0 ? 0 : packed.fieldVectors.length / fieldCount;
  if (!Number.isInteger(documents)) {
    throw new Error(`packed-lunr: ${packed.fieldVectors.length} field vectors for ${fieldCount} fields; expected one per field of each document.`);
  }
  const termIndex = new Uint32Array(packed.postings.length);
  const postingStarts = new Uint32Array(packed.postings.length * fieldCount + 1);
  let refCount = 0;
  packed.postings.forEach(([term, index, ...refs], t) => {
    termIndex[t] = checkU32(index, `the term index of "${term}"`);
    for (let f = 0; f < fieldCount; f++) {
      postingStarts[t * fieldCount + f] = refCount;
      refCount += refs[f]?.length ?? 0;
    }
  });
  postingStarts[packed.postings.length * fieldCount] = refCount;
  const postingRefs = new Uint32Array(refCount);
  let at = 0;
  for (const [term, , ...refs] of packed.postings) {
    for (let f = 0; f < fieldCount; f++) for (const ref of refs[f] ?? []) postingRefs[at++] = checkU32(ref, `a ref of "${term}"`);
  }

  const vectorStarts = new Uint32Array(packed.fieldVectors.length + 1);
  let entries = 0;
  packed.fieldVectors.forEach(([fieldRef, elements], slot) => {
    const expected = `${packed.fields[slot % fieldCount]}/${Math.floor(slot / fieldCount)}`;
    if (fieldRef !== expected) throw new Error(`packed-lunr: field vector ${slot} is "${fieldRef}"; expected "${expected}" (documents 0… in order, each in every field).`);
    vectorStarts[slot] = entries;
    entries += elements.length / 2;
  });
  vectorStarts[packed.fieldVectors.length] = entries;
  const vectorTerms = new Uint32Array(entries);
  const vectorWeights = new Int32Array(entries);
  at = 0;
  for (const [fieldRef, elements] of packed.fieldVectors) {
    for (let i = 0; i < elements.length; i += 2) {
      const weight = elements[i + 1] as number;
      const milli = Math.round(weight * 1000);
      if (milli / 1000 !== weight || Math.abs(milli) > 0x7fff_ffff) {
        throw new Error(`packed-lunr: weight ${weight} in "${fieldRef}" is not a number of thousandths that fits 32 bits, as Lunr's rounded weights are.`);
      }
      vectorTerms[at] = checkU32(elements[i] as number, `a term index in "${fieldRef}"`);
      vectorWeights[at++] = milli;
    }
  }
  return {
    version: packed.version,
    fields: packed.fields,
    pipeline: packed.pipeline,
    terms: packed.postings.map(([term]) => term),
    termIndex,
    postingStarts,
    postingRefs,
    vectorStarts,
    vectorTerms,
    vectorWeights,
  };
}

/** The packed index the columns hold (the inverse of {@link toColumns}). */
export function fromColumns(columns: PackedColumns): PackedLunr {
  const reader = new ColumnReader(columns);
  const postings = columns.terms.map((term, t): PackedPosting => [term, columns.termIndex[t] as number, ...columns.fields.map((_, f) => [...reader.termRefs(t, f)])]);
  const fieldVectors: Array<[string, number[]]> = [];
  for (let d = 0; d < reader.documents; d++) columns.fields.forEach((field, f) => fieldVectors.push([`${field}/${d}`, [...reader.vector(f, d)]]));
  return { version: columns.version, fields: columns.fields, fieldVectors, postings, pipeline: columns.pipeline };
}

const EMPTY: readonly number[] = [];

/** Reads the columns as Lunr's arrays, each built on first read and then kept. */
class ColumnReader {
  readonly documents: number;
  readonly #columns: PackedColumns;
  readonly #fieldCount: number;
  readonly #termPosition = new Map<string, number>();
  readonly #refs: Array<readonly number[] | undefined>;
  readonly #vectors: Array<readonly number[] | undefined>;
  readonly #postingWeights: Array<Int32Array | undefined>;

  constructor(columns: PackedColumns) {
    this.#columns = columns;
    this.#fieldCount = columns.fields.length;
    this.documents = this.#fieldCount === 0 ? 0 : (columns.vectorStarts.length - 1) / this.#fieldCount;
    columns.terms.forEach((term, t) => this.#termPosition.set(term, t));
    this.#refs = new Array<readonly number[] | undefined>(columns.terms.length * this.#fieldCount);
    this.#vectors = new Array<readonly number[] | undefined>(columns.vectorStarts.length - 1);
    this.#postingWeights = new Array<Int32Array | undefined>(columns.terms.length * this.#fieldCount);
  }

  /** The term's position in `terms`, or undefined when the index has no such term. */
  position(term: string): number | undefined {
    return this.#termPosition.get(term);
  }

  termRefs(t: number, field: number): readonly number[] {
    const slot = t * this.#fieldCount + field;
    let refs = this.#refs[slot];
    if (refs === undefined) {
      refs = [...this.refView(t, field)];
      this.#refs[slot] = refs;
    }
    return refs;
  }

  /** The term's refs in a field as a view on the packed column: no copy, nothing kept. */
  refView(t: number, field: number): Uint32Array {
    const slot = t * this.#fieldCount + field;
    const { postingStarts, postingRefs } = this.#columns;
    return postingRefs.subarray(postingStarts[slot] as number, postingStarts[slot + 1] as number);
  }

  /**
   * Term t's weights in a field, in its posting's order, as thousandths:
   * built on first read from the field vectors and kept, so walking a
   * posting costs no search of each paragraph's vector. All of them kept
   * would be as large as `vectorWeights` (8 MB for the national index); a
   * question reads a few terms'.
   */
  postingWeights(t: number, field: number): Int32Array {
    const slot = t * this.#fieldCount + field;
    let weights = this.#postingWeights[slot];
    if (weights === undefined) {
      const refs = this.refView(t, field);
      const termIndex = this.#columns.termIndex[t] as number;
      weights = new Int32Array(refs.length);
      for (let i = 0; i < refs.length; i++) weights[i] = this.#milli(field, refs[i] as number, termIndex);
      this.#postingWeights[slot] = weights;
    }
    return weights;
  }

  /** Document `ref`'s weight in a field for one term (its Lunr index), 0 where it lacks it. */
  weight(field: number, ref: number, termIndex: number): number {
    return this.#milli(field, ref, termIndex) / 1000;
  }

  /** {@link weight} in thousandths. */
  #milli(field: number, ref: number, termIndex: number): number {
    if (!(ref >= 0 && ref < this.documents && field >= 0 && field < this.#fieldCount)) return 0;
    const slot = ref * this.#fieldCount + field;
    const { vectorStarts, vectorTerms, vectorWeights } = this.#columns;
    let low = vectorStarts[slot] as number;
    let high = (vectorStarts[slot + 1] as number) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = vectorTerms[mid] as number;
      if (at === termIndex) return vectorWeights[mid] as number;
      if (at < termIndex) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }

  vector(field: number, ref: number): readonly number[] {
    if (!(ref >= 0 && ref < this.documents && field >= 0 && field < this.#fieldCount)) return EMPTY;
    const slot = ref * this.#fieldCount + field;
    let vector = this.#vectors[slot];
    if (vector === undefined) {
      const { vectorStarts, vectorTerms, vectorWeights } = this.#columns;
      const built: number[] = [];
      for (let i = vectorStarts[slot] as number, end = vectorStarts[slot + 1] as number; i < end; i++) {
        built.push(vectorTerms[i] as number, (vectorWeights[i] as number) / 1000);
      }
      vector = built;
      this.#vectors[slot] = vector;
    }
    return vector;
  }
}

/** Build the `lunr.Index` a packed index describes (what `lunr.Index.load` does for Lunr's own format). */
export function unpackLunr(packed: PackedLunr): lunr.Index {
  return unpackColumns(toColumns(packed));
}

/** Build the `lunr.Index` the columns describe, reading them only when asked. */
export function unpackColumns(columns: PackedColumns): lunr.Index {
  const reader = new ColumnReader(columns);
  const { fields, terms } = columns;
  const invertedIndex: Record<string, Posting> = Object.create(null) as Record<string, Posting>;
  terms.forEach((term, t) => {
    // Built on first read, then kept as a plain property; each field's refs likewise.
    lazyProperty(invertedIndex, term, () => {
      const posting = { _index: columns.termIndex[t] as number } as Posting;
      fields.forEach((field, f) =>
        lazyProperty(posting, field, () => {
          const byRef: Record<string, object> = {};
          for (const ref of reader.termRefs(t, f)) byRef[ref] = {};
          return byRef;
        }),
      );
      return posting;
    });
  });

  const index = new lunr.Index({
    fields,
    fieldVectors: {},
    invertedIndex,
    tokenSet: undefined,
    pipeline: lunr.Pipeline.load(columns.pipeline),
  } as unknown as lunr.Index.Attributes);
  // Lunr's field vectors (a lunr.Vector for each field of each paragraph) and its token set are what
  // Lunr's own query reads. The bot scores from the packed arrays (query/postings.ts) and never asks
  // Lunr's query, so both are built only if something reads them.
  lazyProperty(index, 'fieldVectors', () => {
    const fieldVectors: Record<string, lunr.Vector> = {};
    for (let d = 0; d < reader.documents; d++) {
      fields.forEach((field, f) => (fieldVectors[`${field}/${d}`] = new lunr.Vector([...reader.vector(f, d)])));
    }
    return fieldVectors;
  });
  // Terms are stored sorted, as fromArray requires (@types/lunr omits it; lunr.Index.load uses the same builder).
  lazyProperty(index, 'tokenSet', () => (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray(terms));
  PACKED_REFS.set(index, {
    fields,
    refs: (term, field) => {
      const t = reader.position(term);
      return t === undefined || !(field >= 0 && field < fields.length) ? NO_REFS : reader.refView(t, field);
    },
    weight: (field, ref, termIndex) => reader.weight(field, ref, termIndex),
    weights: (term, field) => {
      const t = reader.position(term);
      return t === undefined || !(field >= 0 && field < fields.length) ? NO_WEIGHTS : reader.postingWeights(t, field);
    },
  });
  return index;
}

/** Define `name` on `target` as built by `build` on first read, then kept as a plain property. */
function lazyProperty(target: object, name: string, build: () => unknown): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get(): unknown {
      const value = build();
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

/** What an index unpacked here can answer from its packed arrays, without building Lunr's objects. */
export interface PackedRefs {
  fields: readonly string[];
  /** The refs holding `term` in field `field` (its position in `fields`), ascending: a view, not a copy. */
  refs(term: string, field: number): Uint32Array;
  /** Document `ref`'s weight in field `field` for one term (its Lunr index), 0 where it lacks it. */
  weight(field: number, ref: number, termIndex: number): number;
  /** The weights of `refs(term, field)`, in thousandths, in the same order: kept between calls, so not to be changed. */
  weights(term: string, field: number): Int32Array;
}

const NO_REFS = new Uint32Array(0);
const NO_WEIGHTS = new Int32Array(0);

const PACKED_REFS = new WeakMap<lunr.Index, PackedRefs>();

/**
 * The packed refs behind an index made by {@link unpackLunr} (undefined for
 * any other): reading a posting here costs no objects, where Lunr's own
 * posting is an object keyed by ref, and its query builds match data and a
 * vector for every document it finds.
 */
export function packedRefs(index: lunr.Index): PackedRefs | undefined {
  return PACKED_REFS.get(index);
}
