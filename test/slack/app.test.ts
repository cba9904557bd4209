/**
 * The HTTP receiver: signatures verified (forged and stale requests get 401
 * and no answer), the health route, and startup checks.
 */
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../adapters/slack/app.ts';
import { commandBody, eventBody, FORM, JSON_TYPE, sendSigned, sign } from './support/signed-requests.ts';
import { BOT_TOKEN, SIGNING_SECRET, realCorpus, settle, startHarness } from './support/harness.ts';
import { useHarness } from './support/use-harness.ts';
import { BOT_USER_ID } from './support/slack-stand-in.ts';

const h = useHarness();

describe('request signatures', () => {
  const url = () => `${h.base}${SLACK_EVENTS_PATH}`;

  it('refuses a bad signature with 401 and answers nothing', async () => {
    const body = commandBody({ command: '/ofsted', text: 'LADO Bury', responseUrl: h.standIn.responseUrl('forged') });
    const sent = await sendSigned(url(), body, FORM, { secret: 'not-the-secret' });
    expect(sent.status).toBe(401);
    await settle();
    expect(h.standIn.responses).toHaveLength(0);
  });

  it('refuses a tampered body with 401', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = eventBody({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts: '1760000400.000001', channel: 'C0000001' });
    const signature = sign(SIGNING_SECRET, timestamp, body);
    const sent = await sendSigned(url(), body.replace('LADO', 'IRO'), JSON_TYPE, { secret: SIGNING_SECRET, timestamp, signature });
    expect(sent.status).toBe(401);
    await settle();
    expect(h.standIn.calls.filter((c) => c.method.startsWith('chat.'))).toHaveLength(0);
  });

  it('refuses a correctly signed but stale request (timestamp 10 minutes old) with 401', async () => {
    const body = commandBody({ command: '/ofsted', text: 'LADO Bury', responseUrl: h.standIn.responseUrl('stale') });
    const sent = await sendSigned(url(), body, FORM, { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(sent.status).toBe(401);
    await settle();
    expect(h.standIn.responses).toHaveLength(0);
  });

  it('refuses a request without signature headers with 401', async () => {
    const response = await fetch(url(), { method: 'POST', headers: { 'Content-Type': FORM }, body: 'command=%2Fofsted&text=x' });
    expect(response.status).toBe(401);
  });

  it('answers Slack’s url_verification challenge when signed', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'challenge-123', token: 'x' });
    const sent = await sendSigned(url(), body, JSON_TYPE, { secret: SIGNING_SECRET });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain('challenge-123');
  });
});

describe('routes', () => {
  it('serves GET /health with 200 for load balancers, without a signature', async () => {
    const response = await fetch(`${h.base}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; reports: number };
    expect(body.status).toBe('ok');
    expect(body.reports).toBeGreaterThanOrEqual(5);
  });

  it('gives 404 for other paths', async () => {
    const response = await fetch(`${h.base}/nope`);
    expect(response.status).toBe(404);
  });
});

describe('startup', () => {
  it('checks the token with auth.test against SLACK_API_URL before listening', async () => {
    const fresh = await startHarness();
    try {
      const call = fresh.standIn.calls.find((c) => c.method === 'auth.test');
      expect(call?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    } finally {
      await fresh.close();
    }
  });

  it('refuses HTTP mode without a signing secret, naming the variable', async () => {
    const corpus = await realCorpus();
    expect(() =>
      createSlackApp({
        config: { botToken: BOT_TOKEN, signingSecret: null, appToken: null, port: 0, apiUrl: 'http://127.0.0.1:9/api/' },
        corpus,
        logger: pino({ level: 'silent' }),
      }),
    ).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('fails start() when the token is refused, without listening', async () => {
    const corpus = await realCorpus();
    const fresh = await startHarness();
    await fresh.close();
    // The stand-in is gone: auth.test cannot succeed.
    const slack = createSlackApp({
      config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, appToken: null, port: 0, apiUrl: fresh.standIn.apiUrl },
      corpus,
      logger: pino({ level: 'silent' }),
      host: '127.0.0.1',
    });
    await expect(slack.start()).rejects.toThrow();
    expect(slack.port()).toBeNull();
  }, 30_000);
});
