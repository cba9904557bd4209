/**
 * A local stand-in for the Slack Web API and for `response_url`s, bound to
 * 127.0.0.1. It answers `auth.test`, `chat.postMessage`, `chat.postEphemeral`
 * and `chat.update` like Slack does and records every call, so tests assert
 * what the app actually sent. Nothing here talks to slack.com.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0000001';
/** A bot token the stand-in refuses, as Slack refuses a wrong or revoked one. */
export const REFUSED_TOKEN = 'xoxb-refused';

/** One Web API call as the app made it. */
export interface ApiCall {
  method: string;
  /** Form fields, with JSON-valued fields (blocks, …) parsed. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** `performance.now()` when the call arrived. */
  at: number;
}

/** One POST to a response_url. */
export interface ResponsePost {
  /** The id in the URL the test handed out (`responseUrl(id)`). */
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/**
 * How the stand-in treats one request, to play a slow, hung, rate-limited or
 * failing Slack. `method` is the Web API method, or "respond" for a
 * response_url post; `body` is the parsed request.
 */
export interface Behaviour {
  /** Answer normally, but only after this long. */
  delayMs?: number;
  /** Never answer (until the stand-in closes). */
  hang?: boolean;
  /** Answer with this HTTP status (429 with `retryAfter`), instead of the normal answer. */
  status?: number;
  retryAfter?: number;
}
export type Behave = (method: string, body: Record<string, unknown>) => Behaviour | undefined;

export interface SlackStandIn {
  /** Decide how each request is treated (recorded on arrival either way); cleared by `reset()`. */
  behave(rule: Behave | null): void;
  /** Base URL for `slackApiUrl` (ends in "/"). */
  apiUrl: string;
  /** A response_url on the stand-in. */
  responseUrl(id: string): string;
  calls: ApiCall[];
  responses: ResponsePost[];
  /** Make the next call to `method` fail with Slack error `error` (e.g. "not_in_channel"). */
  failNext(method: string, error: string): void;
  /** Make every chat.postMessage to `channel` fail with Slack error `error` (null: stop failing). */
  failChannel(channel: string, error: string | null): void;
  /** Make the next call to `method` answer HTTP 429 with `Retry-After: seconds`, as Slack's rate limit does. */
  rateLimitNext(method: string, seconds: number): void;
  /** Make the next call to `method` answer HTTP `status` (a 5xx). */
  httpErrorNext(method: string, status: number): void;
  /** Resolve with the first value `probe` returns that is not undefined, polling until `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined, timeoutMs?: number): Promise<T>;
  /** The first recorded call to `method` (e.g. "chat.postMessage"), waiting for it. */
  waitForCall(method: string): Promise<ApiCall>;
  /** The first post to `responseUrl(id)`, waiting for it. */
  waitForResponse(id: string): Promise<ResponsePost>;
  /** Messages Socket Mode clients sent back (acks), parsed. */
  socketMessages: Record<string, unknown>[];
  /** Send a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void;
  /** Resolves once a Socket Mode client is connected (and greeted). */
  socketConnected(): Promise<void>;
  /** Forget recorded calls. */
  reset(): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return out;
}

/** Start the stand-in on an ephemeral port of 127.0.0.1. */
export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const failures = new Map<string, string>();
  const channelFailures = new Map<string, string>();
  const httpFailures = new Map<string, { status: number; retryAfter?: number }>();
  let rule: Behave | null = null;
  /** Apply the rule; true when the request was answered (or left hanging) by it. */
  const misbehave = async (method: string, body: Record<string, unknown>, res: import('node:http').ServerResponse): Promise<boolean> => {
    const behaviour = rule?.(method, body);
    if (behaviour === undefined) return false;
    if (behaviour.hang === true) return true;
    if (behaviour.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    if (behaviour.status === undefined) return false;
    res.writeHead(behaviour.status, {
      'Content-Type': 'application/json',
      ...(behaviour.retryAfter !== undefined ? { 'Retry-After': String(behaviour.retryAfter) } : {}),
    });
    res.end(JSON.stringify({ ok: false, error: behaviour.status === 429 ? 'ratelimited' : 'stand_in_failure' }));
    return true;
  };
  const socketMessages: Record<string, unknown>[] = [];
  const sockets = new Set<WebSocket>();
  let tsCounter = 0;
  const nextTs = (): string => `${Math.floor(Date.now() / 1000)}.${String(++tsCounter).padStart(6, '0')}`;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const at = performance.now();
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const reply = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };

      const respondMatch = /^\/respond\/(.+)$/.exec(url.pathname);
      if (respondMatch !== null && req.method === 'POST') {
        const posted = JSON.parse(raw || '{}') as Record<string, unknown>;
        responses.push({ id: decodeURIComponent(respondMatch[1] ?? ''), body: posted, at });
        if (await misbehave('respond', posted, res)) return;
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('ok');
        return;
      }

      const apiMatch = /^\/api\/([\w.]+)$/.exec(url.pathname);
      if (apiMatch === null || req.method !== 'POST') {
        reply(404, { ok: false, error: 'unknown_method' });
        return;
      }
      const method = apiMatch[1] ?? '';
      const body = parseApiBody(raw, req.headers['content-type']);
      calls.push({ method, body, authorization: req.headers.authorization, at });
      if (await misbehave(method, body, res)) return;
      if (method === 'auth.test' && req.headers.authorization === `Bearer ${REFUSED_TOKEN}`) {
        reply(200, { ok: false, error: 'invalid_auth' });
        return;
      }

      const httpFailure = httpFailures.get(method);
      if (httpFailure !== undefined) {
        httpFailures.delete(method);
        res.writeHead(httpFailure.status, {
          'Content-Type': 'application/json',
          ...(httpFailure.retryAfter !== undefined ? { 'Retry-After': String(httpFailure.retryAfter) } : {}),
        });
        res.end(JSON.stringify({ ok: false, error: httpFailure.status === 429 ? 'ratelimited' : 'internal_error' }));
        return;
      }
      const channelFailure = method === 'chat.postMessage' ? channelFailures.get(String(body.channel)) : undefined;
      if (channelFailure !== undefined) {
        reply(200, { ok: false, error: channelFailure });
        return;
      }
      const failure = failures.get(method);
      if (failure !== undefined) {
        failures.delete(method);
        reply(200, { ok: false, error: failure });
        return;
      }
      switch (method) {
        case 'auth.test':
          reply(200, { ok: true, url: 'https://stand-in.example/', team: 'Stand-in', user: 'ofsted', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID });
          return;
        case 'apps.connections.open':
          reply(200, { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/socket-mode` });
          return;
        case 'chat.postMessage': {
          const ts = nextTs();
          reply(200, { ok: true, channel: body.channel, ts, message: { type: 'message', ts, text: body.text, bot_id: BOT_ID } });
          return;
        }
        case 'chat.postEphemeral':
          reply(200, { ok: true, message_ts: nextTs() });
          return;
        case 'chat.update':
          reply(200, { ok: true, channel: body.channel, ts: body.ts, text: body.text });
          return;
        default:
          reply(200, { ok: false, error: 'unknown_method' });
      }
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });

  // Socket Mode: Slack greets with "hello"; the client acks envelopes by id.
  const wss = new WebSocketServer({ server, path: '/socket-mode' });
  let greeted: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data) => socketMessages.push(JSON.parse(String(data)) as Record<string, unknown>));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000001' } }));
    greeted();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (performance.now() > deadline) throw new Error('stand-in: timed out waiting for the expected call');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${encodeURIComponent(id)}`,
    calls,
    responses,
    failNext: (method, error) => failures.set(method, error),
    failChannel: (channel, error) => (error === null ? channelFailures.delete(channel) : channelFailures.set(channel, error)),
    rateLimitNext: (method, seconds) => httpFailures.set(method, { status: 429, retryAfter: seconds }),
    httpErrorNext: (method, status) => httpFailures.set(method, { status }),
    behave: (next) => {
      rule = next;
    },
    socketMessages,
    sendEnvelope(envelope) {
      for (const socket of sockets) socket.send(JSON.stringify(envelope));
    },
    socketConnected: () => connected,
    waitFor,
    waitForCall: (method) => waitFor(() => calls.find((c) => c.method === method)),
    waitForResponse: (id) => waitFor(() => responses.find((r) => r.id === id)),
    reset() {
      calls.length = 0;
      responses.length = 0;
      rule = null;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
