/**
 * `npx tsx scripts/bench-slack.ts [rounds]`: end-to-end latency of the Slack
 * app, from a signed request leaving the "Slack" side to the answer reaching
 * the local Web API stand-in, over the real Bolt HTTP receiver and the real
 * bundled corpus. Everything runs on 127.0.0.1.
 *
 * Measures, per kind: slash command → response_url post, app_mention →
 * chat.postMessage, button click → next page posted; plus the ack time
 * (Slack's 3-second budget).
 */
import { BOT_USER_ID } from '../test/slack/support/slack-stand-in.ts';
import { buttons, startHarness } from '../test/slack/support/harness.ts';
import { MORE_RESULTS_ACTION } from '../adapters/slack/action-ids.ts';
import { EXAMPLE_QUESTIONS } from '../src/index.ts';
import { percentile } from './bench-stats.ts';

const rounds = Number(process.argv[2] ?? 50);
const QUESTIONS = [...EXAMPLE_QUESTIONS, 'children missing from home Bury 2016'];


function report(label: string, values: number[]): string {
  const f = (n: number) => n.toFixed(1).padStart(7);
  return `${label.padEnd(34)} n=${String(values.length).padStart(3)}  p50 ${f(percentile(values, 50))} ms  p95 ${f(percentile(values, 95))} ms  max ${f(Math.max(...values))} ms`;
}

const h = await startHarness();
const out: string[] = [];
try {
  // Warm up JIT and connections so the numbers describe a running server.
  for (let i = 0; i < 5; i += 1) {
    const sent = await h.command('/ofsted', QUESTIONS[i % QUESTIONS.length] ?? '');
    await h.standIn.waitForResponse(sent.id);
  }

  const commandTotal: number[] = [];
  const commandAck: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const sent = await h.command('/ofsted', QUESTIONS[i % QUESTIONS.length] ?? '');
    const posted = await h.standIn.waitForResponse(sent.id);
    commandTotal.push(posted.at - sent.sentAt);
    commandAck.push(sent.ackMs);
  }

  const mentionTotal: number[] = [];
  const mentionAck: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const ts = `1770000000.${String(i).padStart(6, '0')}`;
    const before = h.standIn.calls.length;
    const sent = await h.event({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> ${QUESTIONS[i % QUESTIONS.length]}`, ts, event_ts: ts, channel: 'C0000001' });
    const posted = await h.standIn.waitFor(() => h.standIn.calls.slice(before).find((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral'));
    mentionTotal.push(posted.at - sent.sentAt);
    mentionAck.push(sent.ackMs);
  }

  const judgementTotal: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const sent = await h.command('/judgement', ['Bury', 'Southend care leavers', 'Somerset 2017'][i % 3] ?? '');
    const posted = await h.standIn.waitForResponse(sent.id);
    judgementTotal.push(posted.at - sent.sentAt);
  }

  const moreTotal: number[] = [];
  const first = await h.command('/ofsted', 'care leavers Southend');
  const firstBody = (await h.standIn.waitForResponse(first.id)).body;
  const moreValue = buttons(firstBody.blocks).get(MORE_RESULTS_ACTION) ?? '';
  for (let i = 0; i < rounds; i += 1) {
    const id = `bench-more-${i}`;
    const sent = await h.click({ actionId: MORE_RESULTS_ACTION, value: moreValue, responseUrl: h.standIn.responseUrl(id), isEphemeral: true });
    const posted = await h.standIn.waitForResponse(id);
    moreTotal.push(posted.at - sent.sentAt);
  }

  out.push(`Slack app end-to-end latency against the local stand-in (${rounds} requests each, sequential, after 5 warm-up requests)`);
  out.push(report('/ofsted → response_url answer', commandTotal));
  out.push(report('/ofsted ack (HTTP 200)', commandAck));
  out.push(report('app_mention → chat.postMessage', mentionTotal));
  out.push(report('app_mention ack (HTTP 200)', mentionAck));
  out.push(report('/judgement → response_url answer', judgementTotal));
  out.push(report('More results click → next page', moreTotal));
} finally {
  await h.close();
}
process.stdout.write(`${out.join('\n')}\n`);
