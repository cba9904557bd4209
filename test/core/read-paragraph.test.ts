/**
 * The re-ranking reads a paragraph's words in one pass over its characters
 * (src/query/phrases.ts) for speed; it must see exactly the words the index
 * saw through splitWords (src/search/tokenize.ts), sentence by sentence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairsIn, questionPairs, readParagraph, stem, stemFilter, UNREAD } from '../../src/query/phrases.ts';
import { splitWords } from '../../src/search/tokenize.ts';

/** The reading as splitWords gives it: the reference. */
function byRegularExpression(text: string): { stems: string[]; sentences: number[] } {
  const stems: string[] = [];
  const sentences: number[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const word of splitWords(text)) {
    if (stems.length > 0 && /[.!?;]/.test(text.slice(previousEnd, word.start))) sentence += 1;
    stems.push(stem(word.word));
    sentences.push(sentence);
    previousEnd = word.start + word.length;
  }
  return { stems, sentences };
}

describe('readParagraph', () => {
  it('reads the words splitWords gives, possessives, apostrophes, other scripts and all', () => {
    const texts = [
      'Children’s ‘voice’ isn’t heard; O’Brien’s 2023–24 plan. Café naïve 𝒜bc x’s ’quoted’ end!',
      "The LADO's role is clear? Yes... the IRO's isn't.",
      "’s 's '' ; . !",
      '',
      'Staying put: 18+ care leavers (aged 21–25) get a PA.',
    ];
    for (const text of texts) expect(readParagraph(text)).toEqual(byRegularExpression(text));
    expect(readParagraph('The LADO is clear. Staying put works!').sentences).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });

  it('reads every paragraph of a real report as the index did', () => {
    const file = path.join(import.meta.dirname, '../../index-data/reports/bury-2025.json');
    const report = JSON.parse(readFileSync(file, 'utf8')) as { paragraphs: Array<{ text: string }> };
    expect(report.paragraphs.length).toBeGreaterThan(50);
    for (const { text } of report.paragraphs) expect(readParagraph(text)).toEqual(byRegularExpression(text));
  });
});

describe('readParagraph with a filter of wanted stems', () => {
  const file = path.join(import.meta.dirname, '../../index-data/reports/bury-2025.json');
  const report = JSON.parse(readFileSync(file, 'utf8')) as { paragraphs: Array<{ text: string }> };

  it('keeps every wanted stem in its place and sentence, and only words that could stem to one are read', () => {
    const wanted = new Set(['care', 'leaver', 'person', 'advis', 'effect', 'oneil', 'exploit']);
    const filter = stemFilter(wanted);
    for (const text of [...report.paragraphs.map((p) => p.text), 'O’Neill’s plan. Care leavers’ PAs work effectively!']) {
      const full = readParagraph(text);
      const filtered = readParagraph(text, filter);
      expect(filtered.sentences).toEqual(full.sentences);
      full.stems.forEach((s, i) => {
        if (wanted.has(s)) expect(filtered.stems[i]).toBe(s);
        else expect([s, UNREAD]).toContain(filtered.stems[i]);
      });
    }
    const read = readParagraph('Care leavers benefit from personal advisers.', filter);
    expect(read.stems).toEqual(['care', 'leaver', UNREAD, UNREAD, 'person', 'advis']);
  });

  it('rests on every word of four or more letters keeping its first two in its stem, across the whole report', () => {
    const words = new Set(report.paragraphs.flatMap((p) => splitWords(p.text).map((w) => w.word)));
    expect(words.size).toBeGreaterThan(1000);
    const shortened = [...words].filter((w) => w.length >= 4 && stem(w).slice(0, 2) !== w.slice(0, 2));
    expect(shortened).toEqual([]);
    // And its first three, unless the stem is shorter or its "y" third became an "i" ("days" → "dai").
    const third = [...words].filter((w) => {
      const s = stem(w);
      return w.length >= 4 && s.length >= 3 && s.slice(0, 3) !== w.slice(0, 3) && !(w[2] === 'y' && s.slice(0, 3) === `${w.slice(0, 2)}i`);
    });
    expect(third).toEqual([]);
  });

  it('reads a word whose stem is two letters, or whose "y" third may stem to "i"', () => {
    expect(stem('doing')).toBe('do');
    // Words of three letters or fewer are always read.
    expect(readParagraph('Doing the days well.', stemFilter(['do'])).stems).toEqual(['do', 'the', UNREAD, UNREAD]);
    expect(readParagraph('Saying sail.', stemFilter([stem('saying')])).stems).toEqual([stem('saying'), UNREAD]);
    // A wanted stem with "i" third lets a word with "y" third be read.
    expect(readParagraph('Saying sail.', stemFilter(['sai'])).stems).toEqual([stem('saying'), stem('sail')]);
  });
});

describe('pairsIn', () => {
  it('finds a question\'s word pairs together in a sentence, never across a full stop', () => {
    const pairs = questionPairs(['regional', 'adoption', 'agency', 'arrangements']);
    const across = readParagraph('Croydon is now part of the Adopt London South regional adoption agency. The arrangements are relatively new.');
    expect(pairsIn(across.stems, pairs, across.sentences).map((p) => p.source)).toEqual(['regional adoption', 'adoption agency']);
    const within = readParagraph('The regional adoption agency arrangements are effective.');
    expect(pairsIn(within.stems, pairs, within.sentences).map((p) => p.source)).toEqual(['regional adoption', 'adoption agency', 'agency arrangements']);
  });
});
