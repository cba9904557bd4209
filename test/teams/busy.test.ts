/**
 * Overload is said, not hidden, in Teams too: the 200 goes out while answers
 * are held back, a question asked while they are queued past the limit gets
 * the busy note first, and its answer follows once, when its turn comes.
 * The answers are held back by occupying the queue's only slot.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_NOTE, createAnswerQueue } from '../../adapters/runtime/answer-queue.ts';
import { holdQueue } from '../runtime/support/hold-queue.ts';
import { cardText, startHarness, type Harness } from './support/harness.ts';

const answers = createAnswerQueue({ concurrency: 1, busyAfter: 0 });
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ answers });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.standIn.reset());

const CHANNEL = '19:busy@thread.tacv2';

describe('busy', () => {
  it('answers 200 while answers are held, says the answer is coming, then answers once', async () => {
    const queue = holdQueue(answers);
    const ask = h.make.mention('what did inspectors say about the LADO in Bury?', { channel: CHANNEL });
    expect(await h.send(ask)).toBe(200);
    const note = await h.standIn.waitFor(() => h.standIn.posts(CHANNEL)[0]);
    expect(note.body['text']).toBe(BUSY_NOTE);
    expect(h.standIn.posts(CHANNEL)).toHaveLength(1);
    await queue.release();
    const answer = await h.standIn.waitFor(() => h.standIn.posts(CHANNEL)[1]);
    expect(cardText(answer.body)).toMatch(/\*\*Bury 20\d\d ILACS, ¶\d+\*\*/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.standIn.posts(CHANNEL)).toHaveLength(2);
  });
});
