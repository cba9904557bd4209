/**
 * `@bot <question>` in a channel, end to end: answered once, in the thread,
 * for everyone; problems privately; retries and duplicate deliveries ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../../src/answer-types.ts';
import { BOT_USER_ID } from '../../support/slack-stand-in.ts';
import { BOT_TOKEN, blockText, realCorpus, settle, startHarness, type Harness } from '../../support/harness.ts';
import { useHarness } from '../../support/use-harness.ts';

const h = useHarness();
let tsCounter = 0;
const newTs = () => `1760000000.${String(++tsCounter).padStart(6, '0')}`;

function mention(text: string, extra: Record<string, unknown> = {}) {
  const ts = newTs();
  return { type: 'app_mention', user: 'U0000001', text, ts, event_ts: ts, channel: 'C0000001', ...extra };
}

describe('app_mention', () => {
  it('answers in the thread of the mention, visible to the channel, with cited quotes', async () => {
    const event = mention(`<@${BOT_USER_ID}> what did inspectors say about the LADO in Bury?`);
    const sent = await h.event(event);
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(3000);

    const call = await h.standIn.waitForCall('chat.postMessage');
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call.body.channel).toBe('C0000001');
    expect(call.body.thread_ts).toBe(event.ts);
    const text = blockText(call.body.blocks);
    expect(text).toContain('*Bury 2025 ILACS, ¶6*');
    expect(text).toContain('>When allegations are made against professionals');
    expect(text).toContain('by the *LADO* is not always consistent');
    // The bot's own mention is not part of the question.
    expect(text).toContain('*“what did inspectors say about the LADO in Bury?”*');
    expect(String(call.body.text)).toContain('Bury 2025 ILACS, ¶6');
    // Public answers carry More results but no Share button.
    expect(JSON.stringify(call.body.blocks)).toContain('ofsted_more_results');
    expect(JSON.stringify(call.body.blocks)).not.toContain('ofsted_share_in_channel');
  });

  it('reads a misspelt authority as the one it must mean, and says so above the answer', async () => {
    await h.event(mention(`<@${BOT_USER_ID}> LADO in Southen`));
    const call = await h.standIn.waitForCall('chat.postMessage');
    const text = blockText(call.body.blocks);
    expect(text).toContain('Showing results for Southend-on-Sea (you typed “Southen”).');
    expect(text).toContain('Southend-on-Sea 2024 ILACS, ¶15');
  });

  it('answers a mention inside a thread in that thread', async () => {
    const event = mention(`<@${BOT_USER_ID}> care leavers Southend`, { thread_ts: '1759999999.000001' });
    await h.event(event);
    const call = await h.standIn.waitForCall('chat.postMessage');
    expect(call.body.thread_ts).toBe('1759999999.000001');
    expect(blockText(call.body.blocks)).toContain('Southend-on-Sea 2024 ILACS, ¶');
  });

  it('answers a retried event (X-Slack-Retry-Num) once', async () => {
    const event = mention(`<@${BOT_USER_ID}> LADO Bury`);
    await h.event(event, { eventId: 'EvRETRY001' });
    await h.event(event, { eventId: 'EvRETRY001', headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } });
    await h.event(event, { eventId: 'EvRETRY001', headers: { 'X-Slack-Retry-Num': '2', 'X-Slack-Retry-Reason': 'http_timeout' } });
    await h.standIn.waitForCall('chat.postMessage');
    await settle();
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('answers privately (ephemeral, in the thread) when nothing matches, with suggestions', async () => {
    const event = mention(`<@${BOT_USER_ID}> zzzqqq xylophones`);
    await h.event(event);
    const call = await h.standIn.waitForCall('chat.postEphemeral');
    expect(call.body.user).toBe('U0000001');
    expect(call.body.thread_ts).toBe(event.ts);
    expect(blockText(call.body.blocks)).toContain('No paragraphs matched');
    expect(blockText(call.body.blocks)).toContain('Try:');
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
  });

  it('shows the help privately for a bare mention', async () => {
    await h.event(mention(`<@${BOT_USER_ID}>`));
    const call = await h.standIn.waitForCall('chat.postEphemeral');
    expect(blockText(call.body.blocks)).toContain('/ofsted <question>');
  });

  it('escapes the question: what a user types cannot broadcast, mention or link', async () => {
    await h.event(mention(`<@${BOT_USER_ID}> LADO Bury &lt;!here&gt; &lt;@U0000002&gt; <!channel> <@U0000003|sam> @everyone a &amp;&amp; b`));
    const call = await h.standIn.waitForCall('chat.postMessage');
    const rendered = `${String(call.body.text)}\n${blockText(call.body.blocks)}`;
    expect(rendered).not.toMatch(/<!(channel|here|everyone)/);
    expect(rendered).not.toMatch(/<@U/);
    expect(rendered).not.toMatch(/@everyone/);
    expect(rendered).toContain('&lt;!here&gt; &lt;@U0000002&gt;');
    expect(rendered).toContain('a &amp;&amp; b');
  });

  it('ignores mentions by bots', async () => {
    await h.event({ ...mention(`<@${BOT_USER_ID}> LADO Bury`), bot_id: 'BOTHER01' });
    await settle();
    expect(h.standIn.calls.filter((c) => c.method.startsWith('chat.'))).toHaveLength(0);
  });
});

describe('failures', () => {
  let failing: Harness;
  beforeAll(async () => {
    const corpus = await realCorpus();
    const broken: Corpus = {
      ...corpus,
      ask: () => {
        throw new Error('index exploded');
      },
      converse: () => {
        throw new Error('index exploded');
      },
    };
    failing = await startHarness({ corpus: broken });
  });
  afterAll(async () => {
    await failing?.close();
  });

  it('logs the error in full and shows the asker a one-line apology, no stack trace', async () => {
    await failing.event(mention(`<@${BOT_USER_ID}> LADO Bury`));
    const call = await failing.standIn.waitForCall('chat.postEphemeral');
    const shown = `${String(call.body.text)}\n${blockText(call.body.blocks)}`;
    expect(shown).toContain('Sorry, something went wrong');
    expect(shown).not.toContain('index exploded');
    expect(shown).not.toMatch(/\bat .*\.ts:\d+/);
    const logged = failing.logs.find((line) => line.msg === 'failed to answer question');
    expect(logged).toBeDefined();
    const err = logged?.err as { message: string; stack: string };
    expect(err.message).toBe('index exploded');
    expect(err.stack).toContain('app-mention.test.ts');
  });

  it('apologises for a failing slash command too', async () => {
    const sent = await failing.command('/ofsted', 'LADO Bury');
    expect(sent.status).toBe(200);
    const response = await failing.standIn.waitForResponse(sent.id);
    expect(response.body.response_type).toBe('ephemeral');
    expect(String(response.body.text)).toMatch(/^Sorry, something went wrong/);
  });
});
