/**
 * Socket Mode (SLACK_APP_TOKEN set): the app opens a connection through
 * apps.connections.open on SLACK_API_URL, acks envelopes over the socket and
 * answers as in HTTP mode. The stand-in plays Slack's WebSocket end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSlackApp, type SlackApp } from '../../adapters/slack/app.ts';
import { eventBody } from './support/signed-requests.ts';
import { BOT_TOKEN, blockText, realCorpus } from './support/harness.ts';
import { BOT_USER_ID, startSlackStandIn, TEAM_ID, type SlackStandIn } from './support/slack-stand-in.ts';

let standIn: SlackStandIn;
let slack: SlackApp;

beforeAll(async () => {
  standIn = await startSlackStandIn();
  slack = createSlackApp({
    config: { botToken: BOT_TOKEN, signingSecret: null, appToken: 'xapp-1-stand-in', port: 3000, apiUrl: standIn.apiUrl },
    corpus: await realCorpus(),
    logger: pino({ level: 'silent' }),
  });
  await slack.start();
  await standIn.socketConnected();
});
afterAll(async () => {
  await slack?.stop();
  await standIn?.close();
});

describe('Socket Mode', () => {
  it('connects with the app token and opens no HTTP port', () => {
    const open = standIn.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-1-stand-in');
    expect(slack.port()).toBeNull();
  });

  it('acks a slash command envelope and answers on the response_url', async () => {
    standIn.sendEnvelope({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'x', team_id: TEAM_ID, channel_id: 'C0000001', user_id: 'U0000001', user_name: 'alex', command: '/ofsted',
        text: 'what did inspectors say about the LADO in Bury?', api_app_id: 'A0000001', response_url: standIn.responseUrl('socket-1'), trigger_id: 't',
      },
    });
    const ack = await standIn.waitFor(() => standIn.socketMessages.find((m) => m.envelope_id === 'env-command-1'));
    expect(ack.envelope_id).toBe('env-command-1');
    const response = await standIn.waitFor(() => standIn.responses.find((r) => r.id === 'socket-1'));
    expect(response.body.response_type).toBe('ephemeral');
    expect(blockText(response.body.blocks)).toContain('*Bury 2025 ILACS, ¶6*');
  });

  it('answers an app_mention envelope in the thread', async () => {
    const ts = '1760000500.000001';
    standIn.sendEnvelope({
      envelope_id: 'env-event-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: JSON.parse(eventBody({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts, event_ts: ts, channel: 'C0000001' })),
    });
    const post = await standIn.waitFor(() => standIn.calls.find((c) => c.method === 'chat.postMessage'));
    expect(post.body.thread_ts).toBe(ts);
    expect(blockText(post.body.blocks)).toContain('The rationale behind decision-making by the *LADO*');
    expect(standIn.socketMessages.some((m) => m.envelope_id === 'env-event-1')).toBe(true);
  });
});
