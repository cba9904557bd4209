/**
 * Mentions and direct messages end to end: answered as replies with cited
 * quotes and no pings; bots (the bot itself included), webhooks and
 * unmentioned channel messages are ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitViolations } from '../support/check.ts';
import { BOT_USER_ID, CHANNEL_ID, DM_CHANNEL_ID, type RecordedRequest } from '../support/discord-stand-in.ts';
import { startHarness, type Harness } from '../support/harness.ts';
import { message } from '../support/payloads.ts';

describe('mentions and direct messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const replyTo = (id: string) => (r: RecordedRequest) =>
    r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.route) && r.body?.message_reference?.message_id === id;

  it('answers a mention in a channel as a reply, citing the paragraph, pinging nobody', async () => {
    const mention = message(`<@${BOT_USER_ID}> What did inspectors say about the LADO in Bury? @everyone`);
    h.stand.dispatch('MESSAGE_CREATE', mention);
    const reply = await h.stand.waitForRequest(replyTo(mention.id));
    expect(reply.route).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(limitViolations(reply.body)).toEqual([]);
    const expected = h.real.ask('What did inspectors say about the LADO in Bury? @everyone', { limit: 3 });
    expect(reply.body.embeds.map((e: any) => e.title)).toEqual(expected.results.map((hit) => hit.citation));
    const lado = reply.body.embeds.find((e: any) => e.title === 'Bury 2025 ILACS, ¶6');
    expect(lado.description).toContain('The rationale behind decision-making by the **LADO** is not always consistent');
    // The question is echoed, but @everyone is defused as well as unpinged.
    expect(reply.body.content).not.toContain('@everyone');
    expect(reply.body.content).not.toContain(`<@${BOT_USER_ID}>`);
  });

  it('answers a direct message without a mention', async () => {
    const dm = message('care leavers Southend', { dm: true });
    h.stand.dispatch('MESSAGE_CREATE', dm);
    const reply = await h.stand.waitForRequest(replyTo(dm.id));
    expect(reply.route).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    const expected = h.real.ask('care leavers Southend', { limit: 3 });
    expect(expected.results.length).toBeGreaterThan(0);
    expect(reply.body.embeds.map((e: any) => e.title)).toEqual(expected.results.map((hit) => hit.citation));
  });

  it('answers a mention with nothing found by saying so, with suggestions', async () => {
    const mention = message(`<@${BOT_USER_ID}> xyzzy plugh`);
    h.stand.dispatch('MESSAGE_CREATE', mention);
    const reply = await h.stand.waitForRequest(replyTo(mention.id));
    expect(reply.body.content).toContain(h.real.ask('xyzzy plugh').message);
    expect(reply.body.embeds ?? []).toEqual([]);
  });

  it('answers a bare mention with the help embed', async () => {
    const mention = message(`<@${BOT_USER_ID}>`);
    h.stand.dispatch('MESSAGE_CREATE', mention);
    const reply = await h.stand.waitForRequest(replyTo(mention.id));
    expect(reply.body.embeds[0].description).toContain('/ask');
  });

  it('ignores other bots, itself, and channel messages that do not mention it', async () => {
    const from = h.stand.requests.length;
    const ignored = [
      message(`<@${BOT_USER_ID}> LADO Bury`, { fromBot: true }),
      message(`<@${BOT_USER_ID}> LADO Bury`, { fromSelf: true }),
      message('LADO Bury', { dm: true, fromBot: true }),
      message('LADO Bury', { mentionBot: false }),
    ];
    for (const m of ignored) h.stand.dispatch('MESSAGE_CREATE', m);
    // Events are handled in order, so once this one is answered the others have been seen.
    const last = message(`<@${BOT_USER_ID}> LADO Bury`);
    h.stand.dispatch('MESSAGE_CREATE', last);
    await h.stand.waitForRequest(replyTo(last.id));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const posts = h.stand.since(from, (r) => r.method === 'POST');
    expect(posts.map((r) => r.body?.message_reference?.message_id)).toEqual([last.id]);
  });
});
