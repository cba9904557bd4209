/**
 * Block Kit limits hold for real answers and for pathological input.
 */
import { describe, expect, it } from 'vitest';
import type { AskAnswer, Hit } from '../../../src/answer-types.ts';
import { askMessage } from '../../../adapters/slack/format/ask-blocks.ts';
import { fitBlocks, MAX_BLOCKS, MAX_SECTION_TEXT, section, type KnownBlock } from '../../../adapters/slack/format/limits.ts';
import { improveMessage } from '../../../adapters/slack/format/improve-blocks.ts';
import { buildAnswer } from '../../../adapters/slack/answers/build-answer.ts';
import { judgementMessage } from '../../../adapters/slack/format/judgement-blocks.ts';
import { helpMessage } from '../../../adapters/slack/format/help-blocks.ts';
import { blockText, realCorpus } from '../support/harness.ts';

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' && b.text !== undefined ? [b.text.text] : []));
}

function assertWithinLimits(message: { text: string; blocks: KnownBlock[] }): void {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
}

describe('limits', () => {
  it('clamps a section to 3000 characters without breaking an entity', () => {
    const block = section('&amp;'.repeat(1000));
    const text = block.type === 'section' ? (block.text?.text ?? '') : '';
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/(&amp;)+…$/);
  });

  it('keeps a message within 50 blocks, keeping the buttons last', () => {
    const blocks: KnownBlock[] = Array.from({ length: 80 }, () => section('x'));
    blocks.push({ type: 'actions', elements: [] });
    const fitted = fitBlocks(blocks);
    expect(fitted).toHaveLength(50);
    expect(fitted[49]?.type).toBe('actions');
  });

  it('keeps several councils\' lists of what to improve within 50 blocks, saying in plain words what was left out', async () => {
    const corpus = await realCorpus();
    const ask = (query: string) => buildAnswer(corpus, { kind: 'ask', query, offset: 0 }, 'private').message;
    // Three councils fit whole; four with long lists do not, and the message says how to see the rest.
    const three = ask('what were Stockport, Warwickshire and Suffolk told needs to improve?');
    assertWithinLimits(three);
    expect(JSON.stringify(three.blocks)).not.toMatch(/left out to fit/);
    const four = ask('what were Stockport, Warwickshire, Suffolk and Plymouth told to improve?');
    assertWithinLimits(four);
    expect(JSON.stringify(four.blocks)).toMatch(/parts of this answer were left out to fit Slack's message size limit: ask a narrower question/);
    expect(four.blocks.at(-1)?.type).toBe('actions');
  });

  it('keeps an answer with huge, hostile quotes within limits', () => {
    const base: Hit = {
      citation: 'Bury 2025 ILACS, ¶6', reference: 'bury-2025 6', reportId: 'bury-2025', authority: 'Bury', kind: 'ilacs', kindLabel: 'ILACS',
      year: 2025, published: null, inspectionStart: '2025-06-09', url: 'https://files.ofsted.gov.uk/v1/file/50281234', paragraph: '6', label: '6', paragraphKind: 'finding',
      section: '<!channel> '.repeat(400), text: '', quote: '<&>'.repeat(3000), quoteSpans: [{ start: 3, end: 6 }], textSpans: [], score: 1,
    };
    const answer: AskAnswer = {
      question: '<!everyone> '.repeat(100), understood: { authorities: [], year: null, areas: [], terms: [] },
      results: Array.from({ length: 20 }, () => base), total: 40,
    };
    const message = askMessage(answer, { visibility: 'private', offset: 0 });
    assertWithinLimits(message);
    // Rendered text only: button values are data and never shown.
    expect(`${message.text}\n${blockText(message.blocks)}`).not.toMatch(/<!(channel|everyone)/);
    expect(blockText(message.blocks)).toContain('&lt;&amp;&gt;');
  });

  it('real answers from the corpus stay within limits', async () => {
    const corpus = await realCorpus();
    for (const authority of corpus.authorities()) {
      const judgements = corpus.judgements(authority);
      if (judgements.ok) assertWithinLimits(judgementMessage(judgements, authority, 'private'));
      const improvements = corpus.improvements(authority);
      if (improvements.ok) assertWithinLimits(improveMessage(improvements, authority, 'private'));
      const answer = corpus.ask(`care leavers ${authority}`, { limit: 20 });
      if (answer.results.length > 0) assertWithinLimits(askMessage(answer, { visibility: 'public', offset: 0 }));
    }
    assertWithinLimits(helpMessage(corpus.authorities(), corpus.reports()));
  });
});
