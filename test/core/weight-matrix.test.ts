/**
 * The weights scoring reads (src/query/postings.ts, weightMatrix): walking a
 * term's posting and searching each paragraph's vector must read the same
 * numbers, on the national index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndexFile } from '../../src/search/index-file.ts';
import { createContext, type CorpusContext } from '../../src/query/context.ts';
import { SCORED_FIELDS, textRefs, weightMatrix } from '../../src/query/postings.ts';
import { packedRefs } from '../../src/search/packed-lunr.ts';

let context: CorpusContext;
beforeAll(async () => {
  const { file, index } = await loadIndexFile();
  context = createContext(file, index);
});

const lunrIndexOf = (term: string): number => {
  const posting = (context.index as unknown as { invertedIndex: Record<string, { _index: number } | undefined> }).invertedIndex[term];
  if (posting === undefined) throw new Error(`no term ${term} in the index`);
  return posting._index;
};

describe('weightMatrix', () => {
  it('reads each paragraph’s BM25 weights as its vector holds them, for rare and common terms alike', () => {
    // A rare term (its posting and the weights kept beside it walked) and common ones (over one report, a few hundred
    // paragraphs, each paragraph's vector searched instead), and over the thousands holding "leaver" (every posting walked).
    const terms = ['lado', 'care', 'plan', 'leaver', 'notaword'].filter((t) => textRefs(context, t).length > 0).map((term) => ({ term, index: lunrIndexOf(term) }));
    expect(terms.map((t) => t.term)).toEqual(['lado', 'care', 'plan', 'leaver']);
    const bury = context.reports.find((r) => r.id === 'bury-2025');
    expect(bury).toBeDefined();
    const oneReport = Array.from({ length: bury?.paragraphCount ?? 0 }, (_, i) => (bury?.firstParagraph ?? 0) + i);
    const leavers = [...textRefs(context, 'leaver')];
    expect(leavers.length).toBeGreaterThan(2000);
    for (const refs of [oneReport, leavers]) {
      for (const field of [0, 1] as const) {
        const matrix = weightMatrix(context, field, terms, refs);
        // Each paragraph's own vector, searched term by term.
        const packed = packedRefs(context.index);
        const f = packed?.fields.indexOf(SCORED_FIELDS[field]) ?? -1;
        refs.forEach((ref, i) => expect([...matrix.subarray(i * terms.length, (i + 1) * terms.length)]).toEqual(terms.map((t) => packed?.weight(f, ref, t.index))));
        // Some weights are read, not all are zero.
        expect(matrix.some((w: number) => w > 0)).toBe(true);
      }
    }
  });
});
