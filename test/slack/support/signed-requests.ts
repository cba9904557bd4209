/**
 * Requests the way Slack sends them: form-encoded slash commands and button
 * clicks, JSON events, each signed with the signing secret (v0 HMAC-SHA256
 * over "v0:<timestamp>:<body>").
 */
import { createHmac } from 'node:crypto';
import { TEAM_ID } from './slack-stand-in.ts';

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; default now. A timestamp > 5 minutes old is stale. */
  timestamp?: number;
  /** Replace the computed signature (to test forgeries). */
  signature?: string;
  /** Extra headers, e.g. X-Slack-Retry-Num. */
  headers?: Record<string, string>;
}

export interface SentResponse {
  status: number;
  body: string;
  /** Milliseconds until the HTTP response (Slack's 3-second ack budget). */
  ackMs: number;
  /** `performance.now()` when the request was sent. */
  sentAt: number;
}

/** The X-Slack-Signature for `body` at `timestamp`. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POST a signed body to the app. */
export async function sendSigned(url: string, body: string, contentType: string, options: SendOptions): Promise<SentResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const sentAt = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': options.signature ?? sign(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, ackMs: performance.now() - sentAt, sentAt };
}

export interface CommandFields {
  command: string;
  text: string;
  responseUrl: string;
  channelId?: string;
  userId?: string;
}

/** A slash command payload (application/x-www-form-urlencoded). */
export function commandBody(fields: CommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'stand-in',
    channel_id: fields.channelId ?? 'C0000001',
    channel_name: 'social-care',
    user_id: fields.userId ?? 'U0000001',
    user_name: 'alex',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0000001',
    response_url: fields.responseUrl,
    trigger_id: '1234.5678.abcd',
  }).toString();
}

let eventCounter = 0;

/** An Events API callback wrapping `event` (application/json). */
export function eventBody(event: Record<string, unknown>, eventId = `Ev${String(++eventCounter).padStart(8, '0')}`): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0000001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
  });
}

export interface ButtonClick {
  actionId: string;
  value: string;
  responseUrl: string;
  channelId?: string;
  /** The clicked message; omitted for ephemeral messages, as Slack does. */
  message?: Record<string, unknown>;
  isEphemeral?: boolean;
}

/** A block_actions payload for a button click (form field `payload`). */
export function actionBody(click: ButtonClick): string {
  const channel = click.channelId ?? 'C0000001';
  const payload = {
    type: 'block_actions',
    user: { id: 'U0000001', username: 'alex', name: 'alex', team_id: TEAM_ID },
    api_app_id: 'A0000001',
    token: 'legacy-verification-token',
    container: click.isEphemeral
      ? { type: 'message', message_ts: '1700000000.000009', channel_id: channel, is_ephemeral: true }
      : { type: 'message', message_ts: String(click.message?.ts ?? ''), channel_id: channel, is_ephemeral: false },
    trigger_id: '1234.5678.abcd',
    team: { id: TEAM_ID, domain: 'stand-in' },
    channel: { id: channel, name: 'social-care' },
    ...(click.message !== undefined ? { message: click.message } : {}),
    response_url: click.responseUrl,
    actions: [
      {
        action_id: click.actionId,
        block_id: 'answer_buttons',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: click.value,
        type: 'button',
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/**
 * Like {@link sendSigned}, but from a worker thread with its own event loop,
 * so the ack time is measured even while the app's thread is busy. `ackAt`
 * is an absolute time (timeOrigin + now) comparable across threads.
 */
export async function sendSignedFromWorker(
  url: string,
  body: string,
  contentType: string,
  options: SendOptions,
): Promise<SentResponse & { ackAt: number }> {
  const { Worker } = await import('node:worker_threads');
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = {
    'Content-Type': contentType,
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': options.signature ?? sign(options.secret, timestamp, body),
    ...options.headers,
  };
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const started = performance.now();
    fetch(workerData.url, { method: 'POST', headers: workerData.headers, body: workerData.body })
      .then(async (response) => {
        const text = await response.text();
        parentPort.postMessage({ status: response.status, body: text, ackMs: performance.now() - started, ackAt: performance.timeOrigin + performance.now() });
      })
      .catch((error) => parentPort.postMessage({ status: 0, body: String(error), ackMs: performance.now() - started, ackAt: performance.timeOrigin + performance.now() }));
  `;
  const sentAt = performance.now();
  const worker = new Worker(source, { eval: true, workerData: { url, headers, body } });
  try {
    const result = await new Promise<{ status: number; body: string; ackMs: number; ackAt: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return { ...result, sentAt };
  } finally {
    await worker.terminate();
  }
}
