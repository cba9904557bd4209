import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { fromColumns, packLunr, packedRefs, toColumns, unpackColumns, unpackLunr } from '../../src/search/packed-lunr.ts';

const docs = [
  { ref: '0', title: 'Care leavers', body: 'Personal advisers keep in touch with care leavers.' },
  { ref: '1', title: 'Help and protection', body: 'The LADO responds to allegations against professionals.' },
  { ref: '2', title: 'Children in care', body: 'Care plans are reviewed by independent reviewing officers.' },
];

function build(whitelist: string[] = []): lunr.Index {
  return lunr(function () {
    this.ref('ref');
    this.field('title', { boost: 2 });
    this.field('body');
    this.metadataWhitelist = whitelist;
    docs.forEach((d) => this.add(d));
  });
}

describe('packed Lunr index', () => {
  it('answers exactly as lunr.Index.load does on Lunr’s own format', () => {
    const index = build();
    const viaLunr = lunr.Index.load(JSON.parse(JSON.stringify(index)) as object);
    const viaPacked = unpackLunr(JSON.parse(JSON.stringify(packLunr(index))) as ReturnType<typeof packLunr>);
    for (const q of ['care', 'lado', 'care leavers', 'reviewing officers', 'nothing']) {
      expect(viaPacked.search(q)).toEqual(viaLunr.search(q));
    }
    expect(viaPacked.toJSON()).toEqual(viaLunr.toJSON());
  });

  it('packs postings as numbers per field', () => {
    const packed = packLunr(build());
    expect(packed.fields).toEqual(['title', 'body']);
    expect(packed.postings.find(([term]) => term === 'care')).toEqual(['care', expect.any(Number), [0, 2], [0, 2]]);
  });

  it('gives the same index back from its columns, and reads refs and vectors from them', () => {
    const index = build();
    const packed = packLunr(index);
    expect(JSON.stringify(fromColumns(toColumns(packed)))).toBe(JSON.stringify(packed));
    const fromColumnsIndex = unpackColumns(toColumns(packed));
    expect(fromColumnsIndex.toJSON()).toEqual(index.toJSON());
    const refs = packedRefs(fromColumnsIndex);
    expect([...(refs?.refs('care', 1) ?? [])]).toEqual([0, 2]);
    expect([...(refs?.refs('nothing', 1) ?? [])]).toEqual([]);
    // Every weight of a vector is read back in place, and a term the paragraph lacks weighs 0.
    const [, elements = []] = packed.fieldVectors.find(([ref]) => ref === 'body/2') ?? [];
    expect(elements.length).toBeGreaterThan(0);
    const terms = [...elements.filter((_, i) => i % 2 === 0), 99999];
    expect(terms.map((t) => refs?.weight(1, 2, t))).toEqual([...elements.filter((_, i) => i % 2 === 1), 0]);
    expect(terms.map((t) => refs?.weight(1, 3, t)).every((w) => w === 0)).toBe(true);
    expect(refs?.weight(1, 99, terms[0] as number)).toBe(0);
  });

  it('refuses columns that would not give the index back exactly', () => {
    const packed = packLunr(build());
    const swapped = { ...packed, fieldVectors: [packed.fieldVectors[1], packed.fieldVectors[0], ...packed.fieldVectors.slice(2)] as typeof packed.fieldVectors };
    expect(() => toColumns(swapped)).toThrow(/field vector 0 is "body\/0"; expected "title\/0"/);
    const [[name, [term]], ...rest] = packed.fieldVectors as [[string, [number]], ...Array<[string, number[]]>];
    const finer = { ...packed, fieldVectors: [[name, [term, 1.0005]] as [string, number[]], ...rest] };
    expect(() => toColumns(finer)).toThrow(/weight 1\.0005 in "title\/0" is not a number of thousandths/);
  });

  it('refuses an index that keeps metadata, which packing would lose', () => {
    expect(() => packLunr(build(['position']))).toThrow(/packed-lunr: term ".*" keeps metadata in field ".*"; expected none/);
  });
});
