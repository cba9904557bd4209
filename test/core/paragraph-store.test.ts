/**
 * The paragraph store's views (src/search/paragraph-store.ts): each property
 * read from the columns, and only the texts last read kept decoded, so a
 * long-running bot's heap does not grow towards the whole corpus's text.
 */
import { describe, expect, it } from 'vitest';
import type { StoredParagraph } from '../../src/search/index-file.ts';
import { paragraphViews, plainParagraph, reportColumn, TEXT_CACHE_SIZE, toParagraphColumns } from '../../src/search/paragraph-store.ts';

/** Paragraphs of one report, each text its own number in words of varied length (some not ASCII). */
function paragraphs(count: number): StoredParagraph[] {
  return Array.from({ length: count }, (_, i) => ({
    reportId: 'r',
    label: `¶${i + 1}`,
    number: i + 1,
    kind: 'finding',
    section: 'Findings',
    area: 'overall',
    text: `Paragraph ${i} – ${'é'.repeat(i % 7)}${'x'.repeat(i % 13)}.`,
  })) as StoredParagraph[];
}

describe('paragraph views', () => {
  const count = TEXT_CACHE_SIZE + 500;
  const originals = paragraphs(count);
  const columns = toParagraphColumns(originals, ['r'], reportColumn([{ id: 'r', firstParagraph: 0, paragraphCount: count }], count));
  const views = paragraphViews(columns);

  it('read back every paragraph as stored, texts included, beyond the number of texts kept and again after', () => {
    for (const round of [1, 2]) {
      views.forEach((view, i) => expect(plainParagraph(view), `round ${round}, paragraph ${i}`).toEqual(originals[i]));
    }
  });

  it('return the same text on a second read of a text still kept, and a fresh decode of one let go', () => {
    const first = views[count - 1]?.text;
    expect(views[count - 1]?.text).toBe(first);
    // Reading more texts than are kept lets the first one go; reading it again decodes the same words.
    for (let i = 0; i < TEXT_CACHE_SIZE; i++) void views[i]?.text;
    expect(views[count - 1]?.text).toBe(originals[count - 1]?.text);
  });
});
