/**
 * Slack being slow, hung, rate limited or failing, played by the stand-in
 * against the real Bolt app: a slow post that lands is not posted again, one
 * channel's trouble does not hold up another's, and a failed response_url is
 * retried and then replaced by an ephemeral message.
 */
import { describe, expect, it } from 'vitest';
import { MORE_RESULTS_ACTION } from '../../adapters/slack/action-ids.ts';
import { blockText } from './support/harness.ts';
import { BOT_USER_ID } from './support/slack-stand-in.ts';
import { useHarness } from './support/use-harness.ts';

const API_MS = 500;
const h = useHarness({ timeouts: { apiMs: API_MS, responseUrlMs: 500 } });

let tsCounter = 0;
function mention(channel: string, text = 'LADO Bury'): Record<string, unknown> {
  const ts = `1760001000.${String(++tsCounter).padStart(6, '0')}`;
  return { type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts, channel };
}
const posts = (channel: string) => h.standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a slow post that succeeds', () => {
  it('appears once, though it took longer than the time limit', async () => {
    h.standIn.behave((method) => (method === 'chat.postMessage' ? { delayMs: API_MS * 3 } : undefined));
    await h.event(mention('C0000SLOW'));
    await h.standIn.waitFor(() => posts('C0000SLOW')[0]);
    await sleep(API_MS * 6); // time for any retry to have arrived
    expect(posts('C0000SLOW')).toHaveLength(1);
  });
});

describe('one channel’s trouble stays in that channel', () => {
  it('answers another channel at once while 110 calls hang in one', async () => {
    h.standIn.behave((method, body) => (method === 'chat.postMessage' && body.channel === 'C000HUNG' ? { hang: true } : undefined));
    const burst = performance.now();
    await Promise.all(Array.from({ length: 110 }, () => h.event(mention('C000HUNG'))));
    const sent = performance.now();
    await h.event(mention('C0000OK1'));
    const post = await h.standIn.waitFor(() => posts('C0000OK1')[0], 5_000);
    // Before: 8.5 s, behind the client's queue of 100 hung calls. (Generous: the machine may be busy.)
    expect(post.at - sent).toBeLessThan(3_000);
    // Two of the hung channel's calls are out at a time (each until its time limit); the rest wait in its lane.
    const slots = 2 * Math.ceil((performance.now() - burst) / API_MS);
    expect(posts('C000HUNG').length).toBeLessThanOrEqual(slots);
    expect(posts('C000HUNG').length).toBeLessThan(110);
  });

  it('answers another channel at once while one is rate limited, and retries the limited one after Retry-After', async () => {
    let limited = false;
    h.standIn.behave((method, body) => {
      if (method !== 'chat.postMessage' || body.channel !== 'C0LIMITD' || limited) return undefined;
      limited = true;
      return { status: 429, retryAfter: 3 };
    });
    await h.event(mention('C0LIMITD'));
    await h.standIn.waitFor(() => posts('C0LIMITD')[0]);
    const sent = performance.now();
    await h.event(mention('C0000OK2'));
    const other = await h.standIn.waitFor(() => posts('C0000OK2')[0]);
    // Before: the client paused every channel for the whole Retry-After.
    expect(other.at - sent).toBeLessThan(1_500);
    const retried = await h.standIn.waitFor(() => posts('C0LIMITD')[1], 8_000);
    expect(retried.at - (posts('C0LIMITD')[0]?.at ?? 0)).toBeGreaterThanOrEqual(2_950);
    await sleep(300);
    expect(posts('C0LIMITD')).toHaveLength(2); // the refused one and the one that landed
  });
});

describe('response_url', () => {
  it('retries after a 500, and the answer arrives', async () => {
    let failed = false;
    h.standIn.behave((method) => {
      if (method !== 'respond' || failed) return undefined;
      failed = true;
      return { status: 500 };
    });
    const { id } = await h.command('/ofsted', 'LADO Bury');
    const second = await h.standIn.waitFor(() => h.standIn.responses.filter((r) => r.id === id)[1]);
    expect(blockText(second.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
    expect(h.standIn.calls.some((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0000001')).toBe(false);
  });

  it('falls back to chat.postEphemeral when the URL is gone (404)', async () => {
    h.standIn.behave((method) => (method === 'respond' ? { status: 404 } : undefined));
    const { id } = await h.command('/ofsted', 'LADO Bury', { channelId: 'C0000404', userId: 'U0000404' });
    const ephemeral = await h.standIn.waitFor(() => h.standIn.calls.find((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C0000404'));
    expect(ephemeral.body).toMatchObject({ channel: 'C0000404', user: 'U0000404' });
    expect(blockText(ephemeral.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
    expect(h.standIn.responses.filter((r) => r.id === id)).toHaveLength(1); // a 404 is not retried
  });

  it('gives up on a hung URL after its time limit and answers by chat.postEphemeral', async () => {
    h.standIn.behave((method) => (method === 'respond' ? { hang: true } : undefined));
    const sent = performance.now();
    await h.command('/judgement', 'Bury', { channelId: 'C000HURL' });
    // (Filtered by channel: the hung channel above is still timing out and apologising privately.)
    const ephemeral = await h.standIn.waitFor(() => h.standIn.calls.find((c) => c.method === 'chat.postEphemeral' && c.body.channel === 'C000HURL'));
    expect(ephemeral.at - sent).toBeLessThan(3_000); // before: held for 300 s, then nothing
    expect(ephemeral.body.text).toContain('Bury');
  });
});

describe('requests the app does not know', () => {
  it('answers an unknown slash command at once with where to find help', async () => {
    const sent = await h.command('/ofsted-old', 'LADO Bury');
    // Before: 404 after Bolt's 3-second wait for a listener.
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(2_500);
    expect(JSON.parse(sent.body)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/ofsted-help') });
  });

  it('answers a click on an unknown button at once, and says to ask again', async () => {
    const sent = await h.click({ actionId: 'ofsted_retired_button', value: 'x', responseUrl: h.standIn.responseUrl('old-button') });
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(2_500);
    const note = await h.standIn.waitForResponse('old-button');
    expect(blockText(note.body.blocks)).toContain('That button no longer works');
    // A known button still goes to its own listener only.
    expect(MORE_RESULTS_ACTION).not.toBe('ofsted_retired_button');
  });
});
