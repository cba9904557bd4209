/**
 * A council's one-word name dictated in parts ("nor folk", "kirk lees",
 * "bourne mouth"): joined back into the name before the authority reader
 * sees it, never from ordinary words after an article or across a joining
 * word, and never into a town's name.
 */
import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/search/tokenize.ts';
import { withNamesSaidApart } from '../../src/query/names-said-apart.ts';
import { askTheCorpus } from './support/ask-corpus.ts';

const ask = askTheCorpus();
const words = (text: string, names: string[]): string[] => withNamesSaidApart(splitWords(text), new Set(names)).map((t) => t.word);

describe('withNamesSaidApart', () => {
  it('joins two or three words that spell a name, spanning what was said', () => {
    expect(words('catch me up on nor folk', ['norfolk'])).toEqual(['catch', 'me', 'up', 'on', 'norfolk']);
    const [joined] = withNamesSaidApart(splitWords('hilling don visits'), new Set(['hillingdon']));
    expect(joined).toEqual({ word: 'hillingdon', start: 0, length: 11 });
  });

  it('leaves ordinary words after an article or across a joining word', () => {
    expect(words('what is the new castle like', ['newcastle'])).toEqual(['what', 'is', 'the', 'new', 'castle', 'like']);
    expect(words('rated good and over time better', ['andover'])).toEqual(['rated', 'good', 'and', 'over', 'time', 'better']);
  });
});

describe('a council named in parts, asked', () => {
  it('reads "nor folk", "kirk lees" and "bourne mouth" as the councils', () => {
    expect(ask('catch me up on nor folk').understood.authorities).toEqual(['Norfolk']);
    expect(ask('kirk lees grades and visits, quick summary?').kind?.kind).toBe('overview');
    // A former council named in parts is still answered for its successor.
    const bournemouth = ask('bourne mouth inspection dates please');
    expect(bournemouth.understood.authorities).toEqual(['Bournemouth, Christchurch and Poole']);
    expect(bournemouth.kind?.notes?.some((n) => n.includes('passed to'))).toBe(true);
    // "The south end of the county" is no council.
    expect(ask('what did ofsted say about the south end of the county').understood.authorities).toEqual([]);
  });
});
