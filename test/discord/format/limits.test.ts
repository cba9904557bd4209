/**
 * Trimming and splitting to Discord's limits, and markdown that renders the
 * inspectors' words exactly with the matched terms in bold.
 */
import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { clampEmbed, embedLength, LIMITS, splitMessage, truncate } from '../../../adapters/discord/format/limits.ts';
import { escapeText, formatRange, highlight } from '../../../adapters/discord/format/markdown.ts';
import { matchAuthorities } from '../../../adapters/discord/commands/authority-autocomplete.ts';
import { memoryQuestions, moreCustomId, parseMoreCustomId } from '../../../adapters/discord/components/question-store.ts';
import { limitViolations } from '../support/check.ts';

describe('truncate', () => {
  it('leaves short text alone and cuts long text with an ellipsis at a word boundary', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('The rationale behind decision-making by the LADO is not always consistent', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('The rationale behind…');
  });

  it('closes bold and code fences it leaves open, within the limit', () => {
    const bold = truncate(`aaa **${'b'.repeat(50)}** ccc`, 20);
    expect(bold.length).toBeLessThanOrEqual(20);
    expect(bold.split('**').length % 2).toBe(1);
    const fence = truncate(`\`\`\`\n${'row\n'.repeat(100)}\`\`\``, 50);
    expect(fence.length).toBeLessThanOrEqual(50);
    expect(fence.endsWith('```')).toBe(true);
  });

  it('never leaves a dangling escape or half a surrogate pair', () => {
    expect(truncate(`${'a'.repeat(8)}\\*rest of it`, 10)).not.toMatch(/\\…/);
    const emoji = truncate(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]…/);
  });

  it('handles tiny limits', () => {
    expect(truncate('abcdef', 1)).toBe('…');
    expect(truncate('abcdef', 0)).toBe('');
  });
});

describe('clampEmbed and splitMessage', () => {
  const huge: APIEmbed = {
    title: 't'.repeat(1000),
    description: 'd '.repeat(5000),
    footer: { text: 'f'.repeat(3000) },
    fields: Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`.repeat(200), value: 'v'.repeat(2000) })),
  };

  it('brings every part of an embed, and the embed as a whole, inside the limits', () => {
    const clamped = clampEmbed(huge);
    expect(clamped.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(clamped.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embedLength(clamped)).toBeLessThanOrEqual(LIMITS.total);
    expect(limitViolations({ embeds: [clamped] })).toEqual([]);
  });

  it('splits many embeds into messages of at most 10 embeds and 6000 characters; content first, button last', () => {
    const messages = splitMessage({
      content: 'c'.repeat(5000),
      embeds: Array.from({ length: 23 }, () => huge),
      components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: 'x', label: 'More' }] }],
    });
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.reduce((n, m) => n + (m.embeds?.length ?? 0), 0)).toBe(23);
    for (const m of messages) expect(limitViolations(m)).toEqual([]);
    expect(messages[0]!.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(messages.slice(1).every((m) => m.content === undefined)).toBe(true);
    expect(messages.at(-1)!.components).toHaveLength(1);
    expect(messages.slice(0, -1).every((m) => m.components === undefined)).toBe(true);
  });

  it('groups small embeds ten to a message', () => {
    const messages = splitMessage({ embeds: Array.from({ length: 12 }, (_, i) => ({ title: `e${i}` })) });
    expect(messages.map((m) => m.embeds!.length)).toEqual([10, 2]);
  });
});

describe('markdown', () => {
  it('escapes markdown so report text renders as written, and defuses mentions', () => {
    expect(escapeText('a *b* _c_ `d` ~~e~~ ||f||')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\~\\~e\\~\\~ \\|\\|f\\|\\|');
    expect(escapeText('# not a heading')).toBe('\\# not a heading');
    expect(escapeText('@everyone <@123>')).not.toMatch(/@everyone|<@123>/);
  });

  it('bolds matched spans, merging overlaps and keeping spaces outside the markers', () => {
    const text = 'the local authority designated officer (LADO) decides';
    const spans = [
      { start: 4, end: 38 },
      { start: 20, end: 38 },
      { start: 40, end: 44 },
    ];
    expect(highlight(text, spans)).toBe('the **local authority designated officer** (**LADO**) decides');
    expect(highlight('care leavers', [{ start: 0, end: 5 }, { start: 5, end: 12 }])).toBe('**care leavers**');
    expect(highlight('a_b', [{ start: 0, end: 3 }])).toBe('**a\\_b**');
    expect(highlight('abc', [{ start: 2, end: 99 }, { start: -5, end: 0 }])).toBe('ab**c**');
  });

  it('formats inspection date ranges compactly', () => {
    expect(formatRange('2025-06-09', '2025-06-20')).toBe('9 to 20 June 2025');
    expect(formatRange('2016-02-22', '2016-03-17')).toBe('22 February 2016 to 17 March 2016');
    expect(formatRange('2016-02-22', null)).toBe('22 February 2016');
    expect(formatRange(null, null)).toBeNull();
  });
});

describe('autocomplete and button ids', () => {
  it('ranks prefix matches first, then word prefixes, then substrings', () => {
    const names = ['Bath and North East Somerset', 'Bury', 'Somerset', 'Southend-on-Sea'];
    expect(matchAuthorities(names, 'som')).toEqual(['Somerset', 'Bath and North East Somerset']);
    expect(matchAuthorities(names, 'sea')).toEqual(['Southend-on-Sea']);
    expect(matchAuthorities(names, 'ur')).toEqual(['Bury']);
    expect(matchAuthorities(names, 'zzz')).toEqual([]);
  });

  it('carries short questions in the custom id and long ones by key, within 100 characters', async () => {
    const store = memoryQuestions(2);
    const short = moreCustomId('LADO Bury', 3, await store.put({ question: 'LADO Bury', paragraphRefs: [] }));
    expect(await parseMoreCustomId(short, store)).toEqual({ offset: 3, question: 'LADO Bury', context: null });
    const question = 'x'.repeat(300);
    const long = moreCustomId(question, 6, await store.put({ question, paragraphRefs: [] }));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(await parseMoreCustomId(long, store)).toEqual({ offset: 6, question, context: null });
    await store.put({ question: 'y'.repeat(300), paragraphRefs: [] });
    await store.put({ question: 'z'.repeat(300), paragraphRefs: [] });
    expect(await parseMoreCustomId(long, store)).toEqual({ offset: 6, question: null, context: null });
    expect(await parseMoreCustomId('other:1', store)).toBeNull();
  });

  it('carries a follow-up by key, with the context it was asked in, however short', async () => {
    const store = memoryQuestions();
    const context = { authorities: ['Bury'], topic: ['LADO'], topicLabel: 'LADO', areas: [], year: null, range: null, grade: null };
    const id = moreCustomId('in 2016?', 3, await store.put({ question: 'in 2016?', paragraphRefs: [], context }), true);
    expect(id).toMatch(/^more:3:k:/);
    expect(await parseMoreCustomId(id, store)).toEqual({ offset: 3, question: 'in 2016?', context });
  });

  it('never finds another question behind a button from before a restart', async () => {
    const before = moreCustomId('x'.repeat(300), 3, await memoryQuestions().put({ question: 'x'.repeat(300), paragraphRefs: [] }));
    const after = memoryQuestions();
    await after.put({ question: 'a private question asked since the restart '.repeat(5), paragraphRefs: [] });
    expect(await parseMoreCustomId(before, after)).toEqual({ offset: 3, question: null, context: null });
  });
});
