/**
 * Lunr's serialised index with its postings packed, and a loader that builds
 * a `lunr.Index` from it exactly as `lunr.Index.load` would.
 *
 * Why: in Lunr's own JSON every posting is an object keyed by document ref
 * (`{"text": {"4829": {}, ...}}`). With no metadata kept, those thousands of
 * tiny objects are pure overhead: parsing them was half the index's load time
 * (measured: 50 ms of ~120 ms). Packed, a posting is an array of numbers per
 * field, which parses several times faster, and each term's posting object is
 * only built the first time a query reads it.
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

/** Build the `lunr.Index` a packed index describes (what `lunr.Index.load` does for Lunr's own format). */
export function unpackLunr(packed: PackedLunr): lunr.Index {

  const invertedIndex: Record<string, Posting> = Object.create(null) as Record<string, Posting>;
  const terms: string[] = [];
  const byTerm = new Map<string, number[][]>();
  for (const [term, termIndex, ...refs] of packed.postings) {
    terms.push(term);
    byTerm.set(term, refs);
    // Built on first read, then kept as a plain property.
    Object.defineProperty(invertedIndex, term, {
      configurable: true,
      enumerable: true,
      get(): Posting {
        const posting = { _index: termIndex } as Posting;
        packed.fields.forEach((field, k) => {
          const byRef: Record<string, object> = {};
          for (const ref of refs[k] ?? []) byRef[ref] = {};
          posting[field] = byRef;
        });
        Object.defineProperty(invertedIndex, term, { value: posting, enumerable: true, configurable: true });
        return posting;
      },
    });
  }

  const index = new lunr.Index({
    fields: packed.fields,
    fieldVectors: {},
    invertedIndex,
    tokenSet: undefined,
    pipeline: lunr.Pipeline.load(packed.pipeline),
  } as unknown as lunr.Index.Attributes);
  // Lunr's field vectors (a lunr.Vector for each field of each paragraph) and its token set are what
  // Lunr's own query reads. The bot scores from the packed arrays (query/postings.ts) and never asks
  // Lunr's query, so both are built only if something reads them: that kept load time and heap where
  // they were when the index grew by the reports' opening and closing matter.
  lazyProperty(index, 'fieldVectors', () => {
    const fieldVectors: Record<string, lunr.Vector> = {};
    for (const [ref, elements] of packed.fieldVectors) fieldVectors[ref] = new lunr.Vector(elements);
    return fieldVectors;
  });
  // Terms are stored sorted, as fromArray requires (@types/lunr omits it; lunr.Index.load uses the same builder).
  lazyProperty(index, 'tokenSet', () => (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray(terms));
  PACKED_REFS.set(index, { fields: packed.fields, byTerm, fieldVectors: packed.fieldVectors });
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

/** The refs of each term by field, as packed: what an index unpacked here can answer without building posting objects. */
export interface PackedRefs {
  fields: readonly string[];
  /** Term → refs holding it, one sorted list per field (in `fields` order). */
  byTerm: ReadonlyMap<string, readonly number[][]>;
  /** As serialised: [fieldRef ("text/123"), [termIndex, weight, …]]. */
  fieldVectors: ReadonlyArray<readonly [string, readonly number[]]>;
}

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
