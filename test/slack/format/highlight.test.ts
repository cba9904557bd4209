import { describe, expect, it } from 'vitest';
import { highlightQuote, normaliseSpans } from '../../../adapters/slack/format/highlight.ts';
import { realCorpus } from '../support/harness.ts';

describe('highlightQuote', () => {
  it('bolds matched terms inside a block quote and escapes the rest', () => {
    const quote = 'The LADO & the IRO <agree>.';
    expect(highlightQuote(quote, [{ start: 4, end: 8 }])).toBe('>The *LADO* &amp; the IRO &lt;agree&gt;.');
  });

  it('widens a stem match to the whole word so Slack renders the bold', () => {
    const quote = 'Safeguarding arrangements are effective.';
    expect(normaliseSpans(quote, [{ start: 0, end: 8 }])).toEqual([{ start: 0, end: 12 }]);
    expect(highlightQuote(quote, [{ start: 0, end: 8 }])).toBe('>*Safeguarding* arrangements are effective.');
  });

  it('merges overlapping spans and ignores out-of-range ones', () => {
    const quote = 'care leavers are supported';
    expect(highlightQuote(quote, [{ start: 0, end: 4 }, { start: 2, end: 12 }, { start: 90, end: 99 }])).toBe('>*care leavers* are supported');
  });

  it('quotes every line', () => {
    expect(highlightQuote('one\ntwo', [])).toBe('>one\n>two');
  });

  it('cuts an over-long quote between words with an ellipsis, within the limit', () => {
    const quote = `${'word & '.repeat(1000)}end`;
    const out = highlightQuote(quote, [{ start: 0, end: 4 }], 2900);
    expect(out.length).toBeLessThanOrEqual(2900);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/&[a-z]*…$/);
  });

  it('renders a real LADO quote with both occurrences in bold', async () => {
    const corpus = await realCorpus();
    const hit = corpus.ask('LADO Bury 2025').results.find((r) => r.citation === 'Bury 2025 ILACS, ¶6');
    expect(hit).toBeDefined();
    const out = highlightQuote(hit?.quote ?? '', hit?.quoteSpans ?? []);
    expect(out.match(/\*LADO\*/g)).toHaveLength(2);
    expect(out).toContain('The rationale behind decision-making by the *LADO* is not always consistent');
  });
});
