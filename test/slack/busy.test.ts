/**
 * Overload is said, not hidden: while answers are queued past the limit, a
 * new slash command's ack tells the asker at once that the answer is coming,
 * a mention gets the same note privately, and each is still answered once,
 * when its turn comes. The answers are held back here by occupying the
 * queue's only slot until the test lets go.
 */
import { describe, expect, it } from 'vitest';
import { BUSY_NOTE, createAnswerQueue } from '../../adapters/runtime/answer-queue.ts';
import { BOT_USER_ID } from './support/slack-stand-in.ts';
import { blockText, settle } from './support/harness.ts';
import { useHarness } from './support/use-harness.ts';
import { holdQueue } from '../runtime/support/hold-queue.ts';

const answers = createAnswerQueue({ concurrency: 1, busyAfter: 0 });
const h = useHarness({ answers });

describe('busy', () => {
  it('acks a command with nothing to show while the queue is short', async () => {
    const sent = await h.command('/ofsted', 'LADO Bury');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    await h.standIn.waitForResponse(sent.id);
  });

  it('acks a command with the busy note while answers are queued, then answers it once', async () => {
    const queue = holdQueue(answers);
    const sent = await h.command('/ofsted', 'LADO Bury');
    expect(sent.status).toBe(200);
    const ack = JSON.parse(sent.body) as { response_type: string; text: string };
    expect(ack).toMatchObject({ response_type: 'ephemeral', text: BUSY_NOTE });
    // The ack came while the answer could not yet run.
    expect(h.standIn.responses).toEqual([]);
    await queue.release();
    const answer = await h.standIn.waitForResponse(sent.id);
    expect(blockText(answer.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
    await settle();
    expect(h.standIn.responses.filter((r) => r.id === sent.id)).toHaveLength(1);
  });

  it('tells a mention privately that the answer is coming, then answers it in the thread once', async () => {
    const queue = holdQueue(answers);
    const ts = '1760000900.000001';
    const sent = await h.event({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts, event_ts: ts, channel: 'C0000001' });
    expect(sent.status).toBe(200);
    const note = await h.standIn.waitForCall('chat.postEphemeral');
    expect(note.body).toMatchObject({ channel: 'C0000001', user: 'U0000001', text: BUSY_NOTE, thread_ts: ts });
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    await queue.release();
    const answer = await h.standIn.waitForCall('chat.postMessage');
    expect(answer.body).toMatchObject({ channel: 'C0000001', thread_ts: ts });
    expect(blockText(answer.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
    await settle();
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(h.standIn.calls.filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(1);
  });
});
