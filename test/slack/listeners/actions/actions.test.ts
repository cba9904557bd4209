/**
 * Buttons end to end: "More results" adds the next page where the answer is
 * and retires the used button; "Share in channel" posts the same answer for
 * everyone and removes the private copy.
 */
import { describe, expect, it } from 'vitest';
import { FEEDBACK_DOWN_ACTION, FEEDBACK_UP_ACTION, MORE_RESULTS_ACTION, SHARE_ACTION, decodeRequest } from '../../../../adapters/slack/action-ids.ts';
import { BOT_USER_ID } from '../../support/slack-stand-in.ts';
import { blockText, buttons, realCorpus } from '../../support/harness.ts';
import { useHarness } from '../../support/use-harness.ts';

const LADO_QUESTION = 'what did inspectors say about the LADO in Bury?';

const h = useHarness();
let clickCounter = 0;

/** Send a slash command (default /ofsted) and return the private answer as it reached the response_url. */
async function askPrivately(text: string, command = '/ofsted') {
  const sent = await h.command(command, text);
  return (await h.standIn.waitForResponse(sent.id)).body;
}

describe('More results', () => {
  it('on a private answer: adds the next page privately and removes the used button', async () => {
    const first = await askPrivately(LADO_QUESTION);
    const value = buttons(first.blocks).get(MORE_RESULTS_ACTION);
    expect(value).toBeDefined();

    const id = `click-${++clickCounter}`;
    const sent = await h.click({ actionId: MORE_RESULTS_ACTION, value: value ?? '', responseUrl: h.standIn.responseUrl(id), isEphemeral: true });
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(3000);

    const posts = await h.standIn.waitFor(() => {
      const found = h.standIn.responses.filter((r) => r.id === id);
      return found.length >= 2 ? found : undefined;
    });
    const next = posts.find((p) => p.body.replace_original === false);
    const replaced = posts.find((p) => p.body.replace_original === true);
    expect(next?.body.response_type).toBe('ephemeral');
    // The next page is the corpus's own second page, quoted and cited.
    const expected = (await realCorpus()).ask(LADO_QUESTION, { limit: 3, offset: 3 });
    expect(expected.results.length).toBeGreaterThan(0);
    const text = blockText(next?.body.blocks);
    expect(text).toContain(`More on *“${LADO_QUESTION}”*: 4`);
    for (const hit of expected.results) expect(text).toContain(`*${hit.citation}*`);
    expect(buttons(next?.body.blocks).has(MORE_RESULTS_ACTION)).toBe(expected.total > 3 + expected.results.length);
    // The clicked message loses its More button and keeps the rest.
    expect(buttons(replaced?.body.blocks).has(MORE_RESULTS_ACTION)).toBe(false);
    expect(buttons(replaced?.body.blocks).has(SHARE_ACTION)).toBe(true);
    expect(blockText(replaced?.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
  });

  it('on a thread answer: posts the next page in the same thread', async () => {
    const ts = '1760000200.000001';
    await h.event({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> care leavers Southend`, ts, event_ts: ts, channel: 'C0000001' });
    const answer = await h.standIn.waitForCall('chat.postMessage');
    const value = buttons(answer.body.blocks).get(MORE_RESULTS_ACTION);
    expect(decodeRequest(value)).toEqual({ kind: 'ask', query: 'care leavers Southend', offset: 3 });
    h.standIn.reset();

    const id = `click-${++clickCounter}`;
    await h.click({
      actionId: MORE_RESULTS_ACTION,
      value: value ?? '',
      responseUrl: h.standIn.responseUrl(id),
      message: { type: 'message', ts: '1760000200.000002', thread_ts: ts, text: answer.body.text, blocks: answer.body.blocks, bot_id: 'BBOT0001' },
    });
    const next = await h.standIn.waitForCall('chat.postMessage');
    expect(next.body.channel).toBe('C0000001');
    expect(next.body.thread_ts).toBe(ts);
    const text = blockText(next.body.blocks);
    expect(text).toContain('4–6 of');
    expect(text).toMatch(/\*Southend-on-Sea 2024 ILACS, ¶\d+\*/);
    expect(buttons(next.body.blocks).has(SHARE_ACTION)).toBe(false);

    const replaced = await h.standIn.waitFor(() => h.standIn.responses.find((r) => r.id === id && r.body.replace_original === true));
    expect([...buttons(replaced.body.blocks).keys()]).toEqual([FEEDBACK_UP_ACTION, FEEDBACK_DOWN_ACTION]);
    expect(blockText(replaced.body.blocks)).toBe(blockText(answer.body.blocks).replace(/\nMore results\n/, '\n'));
  });

  it('falls back to a private reply when the bot cannot post in the channel', async () => {
    const first = await askPrivately('care leavers Southend');
    const value = buttons(first.blocks).get(MORE_RESULTS_ACTION) ?? '';
    h.standIn.failNext('chat.postMessage', 'not_in_channel');
    const id = `click-${++clickCounter}`;
    await h.click({ actionId: MORE_RESULTS_ACTION, value, responseUrl: h.standIn.responseUrl(id), message: { type: 'message', ts: '1760000300.000001', text: 'x', blocks: [] } });
    const fallback = await h.standIn.waitFor(() => h.standIn.responses.find((r) => r.id === id && r.body.replace_original === false));
    expect(fallback.body.response_type).toBe('ephemeral');
    expect(blockText(fallback.body.blocks)).toMatch(/\*Southend-on-Sea 2024 ILACS, ¶\d+\*/);
    expect(h.logs.some((line) => line.msg?.toString().includes('could not post more results'))).toBe(true);
  });

  it('answers a forged or stale button value with a friendly message', async () => {
    const id = `click-${++clickCounter}`;
    await h.click({ actionId: MORE_RESULTS_ACTION, value: 'not json', responseUrl: h.standIn.responseUrl(id), isEphemeral: true });
    const reply = await h.standIn.waitForResponse(id);
    expect(blockText(reply.body.blocks)).toContain('That button no longer works');
  });
});

describe('Share in channel', () => {
  it('posts the same answer to the channel and removes the private copy', async () => {
    const first = await askPrivately(LADO_QUESTION);
    const id = `click-${++clickCounter}`;
    await h.click({ actionId: SHARE_ACTION, value: buttons(first.blocks).get(SHARE_ACTION) ?? '', responseUrl: h.standIn.responseUrl(id), isEphemeral: true });
    const posts = await h.standIn.waitFor(() => {
      const found = h.standIn.responses.filter((r) => r.id === id);
      return found.length >= 2 ? found : undefined;
    });
    const [shared, removed] = posts;
    expect(shared?.body.response_type).toBe('in_channel');
    expect(shared?.body.replace_original).toBe(false);
    expect(removed?.body.delete_original).toBe(true);

    // Same quotes and citations as the private answer; More stays, Share goes; sharer named, not mentioned.
    const sharedText = blockText(shared?.body.blocks);
    expect(sharedText).toContain('*Bury 2025 ILACS, ¶6*');
    for (const hit of (await realCorpus()).ask(LADO_QUESTION, { limit: 3 }).results) {
      expect(blockText(first.blocks)).toContain(`*${hit.citation}*`);
      expect(sharedText).toContain(`*${hit.citation}*`);
    }
    expect(buttons(shared?.body.blocks).has(MORE_RESULTS_ACTION)).toBe(true);
    expect(buttons(shared?.body.blocks).has(SHARE_ACTION)).toBe(false);
    expect(sharedText).toContain('Shared by alex');
    expect(sharedText).not.toMatch(/<@U/);
  });

  it('shares a /judgement answer', async () => {
    const first = await askPrivately('Somerset', '/judgement');
    const id = `click-${++clickCounter}`;
    await h.click({ actionId: SHARE_ACTION, value: buttons(first.blocks).get(SHARE_ACTION) ?? '', responseUrl: h.standIn.responseUrl(id), isEphemeral: true });
    const shared = await h.standIn.waitFor(() => h.standIn.responses.find((r) => r.id === id && r.body.response_type === 'in_channel'));
    expect(blockText(shared.body.blocks)).toContain('Source: *Somerset 2017 SIF*');
  });
});
