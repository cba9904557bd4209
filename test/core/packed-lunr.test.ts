import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { packLunr, unpackLunr } from '../../src/search/packed-lunr.ts';

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

  it('refuses an index that keeps metadata, which packing would lose', () => {
    expect(() => packLunr(build(['position']))).toThrow(/packed-lunr: term ".*" keeps metadata in field ".*"; expected none/);
  });
});
