/**
 * Direct messages (`message.im`), end to end: answered in the DM, once, even
 * when Slack also sends `app_mention` for the same post.
 */
import { describe, expect, it } from 'vitest';
import { BOT_USER_ID } from '../../support/slack-stand-in.ts';
import { blockText, settle } from '../../support/harness.ts';
import { useHarness } from '../../support/use-harness.ts';

const h = useHarness();
let tsCounter = 0;
const newTs = () => `1760000100.${String(++tsCounter).padStart(6, '0')}`;

function dm(text: string, extra: Record<string, unknown> = {}) {
  const ts = newTs();
  return { type: 'message', channel_type: 'im', channel: 'D0000001', user: 'U0000001', text, ts, event_ts: ts, ...extra };
}

describe('message.im', () => {
  it('answers in the DM, not in a thread', async () => {
    await h.event(dm('Are IRO caseloads manageable in Bury?'));
    const call = await h.standIn.waitForCall('chat.postMessage');
    expect(call.body.channel).toBe('D0000001');
    expect(call.body.thread_ts).toBeUndefined();
    expect(blockText(call.body.blocks)).toMatch(/\*Bury 20(25|16) (ILACS|SIF), ¶\d+\*/);
    expect(blockText(call.body.blocks)).toMatch(/\*IRO/);
  });

  it('answers once when Slack sends both message and app_mention for the same post', async () => {
    const message = dm(`<@${BOT_USER_ID}> LADO Bury`);
    const appMention = { type: 'app_mention', user: 'U0000001', text: message.text, ts: message.ts, event_ts: message.ts, channel: 'D0000001' };
    await Promise.all([h.event(message), h.event(appMention)]);
    await h.standIn.waitForCall('chat.postMessage');
    await settle();
    const posts = h.standIn.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.thread_ts).toBeUndefined();
  });

  it('replies with suggestions in the DM when nothing matches (the DM is private already)', async () => {
    await h.event(dm('zzzqqq xylophones'));
    const call = await h.standIn.waitForCall('chat.postMessage');
    expect(blockText(call.body.blocks)).toContain('No paragraphs matched');
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(0);
  });

  it('ignores edits, bot posts and the bot’s own messages', async () => {
    await h.event(dm('LADO Bury', { subtype: 'message_changed' }));
    await h.event(dm('LADO Bury', { bot_id: 'BOTHER01' }));
    await h.event(dm('LADO Bury', { user: BOT_USER_ID }));
    await settle();
    expect(h.standIn.calls.filter((c) => c.method.startsWith('chat.'))).toHaveLength(0);
  });
});
