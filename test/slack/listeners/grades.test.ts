/**
 * Grade questions, /compare, Show all and thread conversations end to end:
 * signed requests into the real Bolt app, the real corpus, answers asserted
 * where they reached the Slack stand-in.
 */
import { describe, expect, it } from 'vitest';
import { SHARE_ACTION, SHOW_ALL_ACTION } from '../../../adapters/slack/action-ids.ts';
import { FIRST_PAGE_ROWS, gradeMessage } from '../../../adapters/slack/format/grade-blocks.ts';
import { MAX_BLOCKS } from '../../../adapters/slack/format/limits.ts';
import type { AskAnswer, GradeRow } from '../../../src/index.ts';
import { BOT_USER_ID } from '../support/slack-stand-in.ts';
import { blockText, buttons, settle } from '../support/harness.ts';
import { useHarness } from '../support/use-harness.ts';

const h = useHarness();
let tsCounter = 0;
const newTs = () => `1761000000.${String(++tsCounter).padStart(6, '0')}`;

function mention(text: string, extra: Record<string, unknown> = {}) {
  const ts = newTs();
  return { type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts, channel: 'C0000001', ...extra };
}

function threadReply(text: string, threadTs: string, user = 'U0000001') {
  const ts = newTs();
  return { type: 'message', channel_type: 'channel', user, text, ts, event_ts: ts, thread_ts: threadTs, channel: 'C0000001' };
}

async function posted() {
  const call = await h.standIn.waitForCall('chat.postMessage');
  return { call, text: blockText(call.body.blocks) };
}

type Block = { type: string; fields?: unknown[] };
const sections = (blocks: unknown) => (blocks as Block[]).filter((b) => b.type === 'section' && b.fields !== undefined);
const fieldCount = (blocks: unknown) => sections(blocks).reduce((n, b) => n + (b.fields?.length ?? 0), 0);

describe('grade questions in Slack', () => {
  it('answers "how many" with a table of fields, each grade citing its report', async () => {
    await h.event(mention('how many authorities were inadequate as at 31 March 2025'));
    const { call, text } = await posted();
    expect(text).toMatch(/^\d+ of the \d+ authorities in England with an overall effectiveness grade (?:is|are) rated inadequate/m);
    expect(text).toContain('*Bury*\n*Inadequate*\n_Bury 2021 ILACS · published 17 December 2021_');
    expect(text).toContain('Each grade is cited by the report that printed it');
    expect(text).toContain('Focused visits give no grades');
    expect(sections(call.body.blocks).length).toBeGreaterThan(0);
  });

  it('/compare Leeds Bury care leavers: grades side by side and the best paragraph from each, privately with Share', async () => {
    const sent = await h.command('/compare', 'Leeds Bury care leavers');
    const { body } = await h.standIn.waitForResponse(sent.id);
    const text = blockText(body.blocks);
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('*Leeds*\n');
    expect(text).toContain('*Outstanding*');
    expect(text).toContain('The experiences and progress of care leavers: *Requires improvement to be good*');
    expect(text).toMatch(/\*Leeds 2025 ILACS, ¶\d+\*/);
    expect(text).toMatch(/\*Bury 2025 ILACS, ¶\d+\*/);
    expect(buttons(body.blocks).has(SHARE_ACTION)).toBe(true);
  });

  it('/judgement accepts a region and "neighbours of X"', async () => {
    const region = await h.command('/judgement', 'North West inadequate');
    expect(blockText((await h.standIn.waitForResponse(region.id)).body.blocks)).toContain('authorities in the North West rated inadequate overall');
    const neighbours = await h.command('/judgement', 'neighbours of Bury');
    const text = blockText((await h.standIn.waitForResponse(neighbours.id)).body.blocks);
    expect(text).toContain("Bury's 10 statistical neighbours");
    expect(text).toContain('*Lancashire* (very close)\n_no report in this index_');
    expect(text).toContain('*Cornwall* (very close)');
  });

  it(`shows the first ${FIRST_PAGE_ROWS} rows of a long list with "Show all", which shows every row`, async () => {
    await h.event(mention('which authorities are good or better'));
    const { call } = await posted();
    const total = Number(/^(\d+) authorities/m.exec(blockText(call.body.blocks))?.[1]);
    expect(total).toBeGreaterThan(FIRST_PAGE_ROWS);
    expect(fieldCount(call.body.blocks)).toBe(FIRST_PAGE_ROWS);
    expect(blockText(call.body.blocks)).toContain(`Showing ${FIRST_PAGE_ROWS} of ${total}.`);
    const value = buttons(call.body.blocks).get(SHOW_ALL_ACTION);
    expect(JSON.stringify(call.body.blocks)).toContain(`Show all ${total}`);

    await h.click({
      actionId: SHOW_ALL_ACTION,
      value: value ?? '',
      responseUrl: h.standIn.responseUrl('show-all-1'),
      message: { type: 'message', ts: '1761000999.000001', text: call.body.text, blocks: call.body.blocks, bot_id: 'BBOT0001' },
    });
    const { body } = await h.standIn.waitForResponse('show-all-1');
    expect(body.replace_original).toBe(true);
    expect(fieldCount(body.blocks)).toBe(total);
    expect(buttons(body.blocks).has(SHOW_ALL_ACTION)).toBe(false);
  });

  it('keeps a national list of 153 authorities within Slack limits, never cutting it silently', () => {
    const row: GradeRow = { authority: 'A', reportId: 'a-2025', kind: 'ilacs', published: '2025-01-01', area: 'overall', grade: 'good', areaLabel: 'Overall effectiveness', gradeLabel: 'Good', citation: 'A 2025 ILACS', year: 2025 };
    const rows = Array.from({ length: 153 }, (_, i) => ({ ...row, authority: `Authority ${i}`, citation: `Authority ${i} 2025 ILACS` }));
    const answer: AskAnswer = {
      question: 'which councils are good',
      understood: { authorities: [], year: null, areas: [], terms: [] },
      results: [],
      total: 0,
      grades: { kind: 'list', headline: '153 authorities', area: 'overall', rows, notes: ['a note'] },
    };
    const first = gradeMessage(answer, { visibility: 'public', request: { kind: 'ask', query: answer.question, offset: 0 } });
    expect(fieldCount(first.blocks)).toBe(FIRST_PAGE_ROWS);
    expect(JSON.stringify(first.blocks)).toContain('Show all 153');
    const all = gradeMessage(answer, { visibility: 'public', request: { kind: 'ask', query: answer.question, offset: 0, all: true } });
    expect(all.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(fieldCount(all.blocks)).toBe(153);
    expect(sections(all.blocks).every((b) => (b.fields?.length ?? 0) <= 10)).toBe(true);
  });
});

describe('conversations in a Slack thread', () => {
  it('a mention in the thread continues it, and so does a reply there without a mention', async () => {
    const first = mention('what did inspectors say about the LADO in Bury?');
    await h.event(first);
    await posted();
    h.standIn.reset();

    await h.event(mention('what about in 2016?', { thread_ts: first.ts }));
    const second = await posted();
    expect(second.call.body.thread_ts).toBe(first.ts);
    expect(second.text).toContain('Bury 2016, LADO, following your last question');
    expect(second.text).toMatch(/\*Bury 2016 SIF, ¶\d+\*/);
    h.standIn.reset();

    await h.event(threadReply('and for children in care?', first.ts));
    const third = await posted();
    expect(third.call.body.thread_ts).toBe(first.ts);
    expect(third.text).toContain('Bury 2016, children in care, following your last question');
  });

  it('never shares a context between people or threads, and ignores other thread chatter', async () => {
    const first = mention('LADO in Bury');
    await h.event(first);
    await posted();
    h.standIn.reset();

    // Someone else replying in the thread without a mention has no conversation with the bot there.
    await h.event(threadReply('what about in 2016?', first.ts, 'U0000002'));
    // A reply in a thread the bot never answered.
    await h.event(threadReply('what about in 2016?', '1700000000.000123'));
    await settle();
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral')).toHaveLength(0);

    // A new thread starts afresh: the follow-up has nothing to follow.
    await h.event(mention('what about in 2016?'));
    const fresh = await h.standIn.waitForCall('chat.postEphemeral');
    expect(blockText(fresh.body.blocks)).not.toContain('following your last question');
  });
});
