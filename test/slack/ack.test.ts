/**
 * "Ack first, then answer": even when the corpus is slow (here it blocks the
 * event loop for 1.5 s per question), Slack gets its acknowledgement at once
 * and the answer follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/answer-types.ts';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/app.ts';
import { BOT_USER_ID } from './support/slack-stand-in.ts';
import { commandBody, eventBody, FORM, JSON_TYPE, sendSignedFromWorker } from './support/signed-requests.ts';
import { SIGNING_SECRET, blockText, realCorpus, startHarness, type Harness } from './support/harness.ts';

const SLOW_MS = 1500;
let h: Harness;

beforeAll(async () => {
  const corpus = await realCorpus();
  const slow: Corpus = {
    ...corpus,
    ask: (question, options) => {
      const until = performance.now() + SLOW_MS;
      while (performance.now() < until) {
        // Busy-wait: the worst case, a synchronous query hogging the event loop.
      }
      return corpus.ask(question, options);
    },
    converse: (question, previous, options) => {
      const until = performance.now() + SLOW_MS;
      while (performance.now() < until) {
        // As above: questions in a conversation go through converse.
      }
      return corpus.converse(question, previous, options);
    },
  };
  h = await startHarness({ corpus: slow });
});
afterAll(async () => {
  await h?.close();
});

describe('acknowledgement', () => {
  it('acks a slash command before a slow answer', async () => {
    // Sent from a worker thread: the test's own thread is the app's, and it is busy.
    const body = commandBody({ command: '/ofsted', text: 'LADO Bury', responseUrl: h.standIn.responseUrl('slow-1') });
    const sent = await sendSignedFromWorker(`${h.base}${SLACK_EVENTS_PATH}`, body, FORM, { secret: SIGNING_SECRET });
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(3000);
    const response = await h.standIn.waitFor(() => h.standIn.responses.find((r) => r.id === 'slow-1'), 10_000);
    // The ack reached Slack well before the (slow) answer was ready.
    expect(performance.timeOrigin + response.at - sent.ackAt).toBeGreaterThan(SLOW_MS / 2);
    expect(blockText(response.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
  });

  it('acks an event before a slow answer', async () => {
    const ts = '1760000600.000001';
    const body = eventBody({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts, event_ts: ts, channel: 'C0000001' });
    const sent = await sendSignedFromWorker(`${h.base}${SLACK_EVENTS_PATH}`, body, JSON_TYPE, { secret: SIGNING_SECRET });
    expect(sent.status).toBe(200);
    expect(sent.ackMs).toBeLessThan(3000);
    const post = await h.standIn.waitFor(() => h.standIn.calls.find((c) => c.method === 'chat.postMessage'), 10_000);
    expect(performance.timeOrigin + post.at - sent.ackAt).toBeGreaterThan(SLOW_MS / 2);
  });
});
