/**
 * Overload is said, not hidden, on Discord too: while answers are queued past
 * the limit, a slash command is answered at once with the busy note (only the
 * asker sees it) instead of a deferral, and a mention with a reply saying so;
 * each gets its answer once, when its turn comes: the command as a follow-up,
 * the mention by editing the note into the answer. The answers are held back
 * by occupying the queue's only slot until the test lets go.
 */
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_NOTE, createAnswerQueue } from '../../adapters/runtime/answer-queue.ts';
import { BOT_USER_ID, CHANNEL_ID } from './support/discord-stand-in.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { command, message, OPTION } from './support/payloads.ts';
import { holdQueue } from '../runtime/support/hold-queue.ts';

const answers = createAnswerQueue({ concurrency: 1, busyAfter: 0 });
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ answers });
});
afterAll(async () => {
  await h?.close();
});

describe('busy', () => {
  it('answers /ask at once with the busy note, then follows up with the answer once', async () => {
    const queue = holdQueue(answers);
    const payload = command('ask', [{ name: 'question', type: OPTION.string, value: 'LADO Bury' }]);
    const { callback, ms } = await h.interact(payload);
    expect(ms).toBeLessThan(3000);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.body.data).toMatchObject({ content: BUSY_NOTE, flags: MessageFlags.Ephemeral });
    await queue.release();
    const answer = await h.waitWebhook(payload, (r) => r.method === 'POST');
    // The answer is public, as /ask's are, and cites the paragraph.
    expect((answer.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(answer.body.embeds.map((e: { title: string }) => e.title)).toContain('Bury 2025 ILACS, ¶6');
    expect(h.webhookRequests(payload).filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('replies to a mention with the busy note, then edits it into the answer', async () => {
    const queue = holdQueue(answers);
    const mention = message(`<@${BOT_USER_ID}> LADO Bury`);
    const from = h.stand.requests.length;
    h.stand.dispatch('MESSAGE_CREATE', mention);
    const note = await h.stand.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === mention.id);
    expect(note.body.content).toBe(BUSY_NOTE);
    await queue.release();
    const edit = await h.stand.waitForRequest((r) => r.method === 'PATCH' && r.route === `/channels/${CHANNEL_ID}/messages/${note.responseId}`);
    expect(edit.body.content).not.toContain(BUSY_NOTE);
    expect(edit.body.embeds.map((e: { title: string }) => e.title)).toContain('Bury 2025 ILACS, ¶6');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // One message in the channel: the note, now the answer.
    expect(h.stand.since(from, (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.route))).toHaveLength(1);
  });
});
