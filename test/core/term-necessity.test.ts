/**
 * The learned weights of common question words (src/search/term-necessity.ts):
 * the saved table is what the tuning half gives, it is applied to plain words
 * only, and it moves a real answer to the top.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/query/ask.ts';
import { createContext, type CorpusContext } from '../../src/query/context.ts';
import { DEFAULT_INDEX_DIR, loadIndexFile } from '../../src/search/index-file.ts';
import { queryTerms } from '../../src/search/pipeline.ts';
import { checkTermNecessity, necessityOf } from '../../src/search/term-necessity.ts';
import { learnTermNecessity } from '../../scripts/learn-term-necessity.ts';
import { loadDevSet } from '../../scripts/dev-set.ts';

let context: CorpusContext;
beforeAll(async () => {
  const { file, index } = await loadIndexFile(DEFAULT_INDEX_DIR);
  context = createContext(file, index);
});

describe('term necessity', () => {
  it('is the table the tuning half gives (npm run learn-term-necessity)', async () => {
    const saved = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../src/search/term-necessity.json'), 'utf8')) as unknown;
    expect(learnTermNecessity(context, await loadDevSet())).toEqual(saved);
  }, 60_000);

  it('weighs a word seldom found in its answers down, and leaves others whole', () => {
    expect(necessityOf('back')).toBe(0.25);
    expect(necessityOf('properly')).toBeLessThan(0.5);
    expect(necessityOf('fostering')).toBe(1);
    const terms = queryTerms(['kids', 'back', 'home', 'properly', 'assessed']);
    expect(terms.find((t) => t.source === 'back')?.weight).toBe(0.25);
    expect(terms.find((t) => t.source === 'home')?.weight).toBe(1);
    // A framing word keeps the lower of its two weights ("keep" is both).
    expect(queryTerms(['keep']).find((t) => t.source === 'keep')?.weight).toBe(Math.min(0.5, necessityOf('keep')));
  });

  it('puts the paragraph that answers first when "back" is only how the question is put', () => {
    const [first] = ask(context, 'did lambeth drag its feet on sending kids back home to mum or dad when they asked to go?').results;
    expect(first?.reference).toBe('lambeth-2015 83');
  });

  it('refuses a table of another format, prefixed with its name', () => {
    expect(() => checkTermNecessity({ format: 2, words: {} })).toThrow(/^term-necessity: expected format 1, got 2/);
    expect(() => checkTermNecessity({ format: 1, words: { back: { asked: 1, inAnswer: 0, weight: 0 } } })).toThrow(/^term-necessity: expected a weight in \(0, 1\] for "back", got 0/);
  });
});
