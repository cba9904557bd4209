/**
 * A small stand-in for Discord on 127.0.0.1, so tests run the real discord.js
 * `Client` end to end without touching discord.com:
 *
 * - REST under `${apiUrl}/v10`: `GET /gateway/bot` (pointing at the local
 *   gateway), interaction callbacks, webhook follow-ups and edits, channel
 *   messages and their edits, and command registration. Every request is recorded.
 * - A gateway WebSocket that says HELLO, answers heartbeats, accepts IDENTIFY,
 *   sends READY and GUILD_CREATE (as Discord does for a bot in one guild), and
 *   then dispatches whatever events the test asks for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_USER_ID = '111111111111111111';
export const APPLICATION_ID = '222222222222222222';
export const GUILD_ID = '333333333333333333';
export const CHANNEL_ID = '444444444444444444';
export const DM_CHANNEL_ID = '555555555555555555';
export const USER_ID = '666666666666666666';
export const OTHER_BOT_ID = '777777777777777777';

/** One REST request the stand-in received. */
export interface RecordedRequest {
  /** The id of the message the stand-in created, for a message POST (so a test can reply to it). */
  responseId?: string;
  method: string;
  /** Path after the version prefix, e.g. "/interactions/1/tok/callback". */
  route: string;
  query: URLSearchParams;
  /** Parsed JSON body, or null. */
  body: any;
  authorization: string | undefined;
  /** When it arrived (Date.now()). */
  at: number;
  /** Whether the stand-in knew the route. */
  known: boolean;
}

/** How the stand-in treats one REST request: to play a slow, hung or failing Discord. */
export interface Behaviour {
  /** Answer normally, but only after this long. */
  delayMs?: number;
  /** Never answer (until the stand-in closes). */
  hang?: boolean;
  /** Answer with this HTTP error status instead. */
  status?: number;
}
export type Behave = (method: string, route: string, body: any) => Behaviour | undefined;

/** A bot token the stand-in refuses with 401, as Discord refuses a wrong or reset one. */
export const REFUSED_TOKEN = 'refused-token';

export interface StandIn {
  /** Decide how each REST request is treated (recorded on arrival either way). */
  behave(rule: Behave | null): void;
  /** Channel messages created, by id: a create repeating an enforced nonce returns the first instead. */
  created: { id: string; channelId: string; nonce: unknown }[];
  /** Base to give discord.js as `rest.api` (it appends `/v10/...`). */
  apiUrl: string;
  gatewayUrl: string;
  requests: RecordedRequest[];
  /** Gateway payloads the client sent (IDENTIFY, heartbeats, ...). */
  gatewayReceived: any[];
  /** Resolves once a client has identified and been sent READY + GUILD_CREATE. */
  ready(): Promise<void>;
  /**
   * Stop reading from every gateway connection, as a peer gone silent: the
   * client's close frame is never answered (discord.js's destroy() waits on
   * that answer). The sockets are freed by close().
   */
  silenceGateway(): void;
  /** Send a dispatch (op 0) event to every connected client. */
  dispatch(type: string, data: unknown): void;
  /** Wait for a request matching `match`, resolving with it (already received ones count). */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Requests received after index `from` that match. */
  since(from: number, match?: (r: RecordedRequest) => boolean): RecordedRequest[];
  close(): Promise<void>;
}

let counter = 900000000000000000n;
/** A fresh snowflake-shaped id. */
export function snowflake(): string {
  counter += 1n;
  return counter.toString();
}

const botUser = {
  id: BOT_USER_ID,
  username: 'ofsted-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

/** A message object as Discord returns it, built from a create/edit body. */
function messageFrom(body: any, channelId: string, id = snowflake()): Record<string, unknown> {
  return {
    id,
    type: body?.message_reference ? 19 : 0,
    channel_id: channelId,
    author: botUser,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
    application_id: APPLICATION_ID,
    webhook_id: APPLICATION_ID,
  };
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Start the stand-in on an ephemeral port of 127.0.0.1. */
export async function startStandIn(): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const gatewayReceived: any[] = [];
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const sockets = new Set<WebSocket>();
  // The TCP sockets under the gateway's WebSockets, for silenceGateway().
  const gatewayStreams = new Set<Duplex>();
  const created: { id: string; channelId: string; nonce: unknown }[] = [];
  const byNonce = new Map<string, Record<string, unknown>>();
  let rule: Behave | null = null;
  let seq = 0;
  let gatewayUrl = '';
  let readyResolve: () => void = () => {};
  let readyPromise = new Promise<void>((r) => (readyResolve = r));

  const record = (r: RecordedRequest): void => {
    requests.push(r);
    for (const w of [...waiters]) {
      if (w.match(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const method = req.method ?? 'GET';
      const route = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
      const entry: RecordedRequest = {
        method,
        route,
        query: url.searchParams,
        body,
        authorization: req.headers.authorization,
        at: Date.now(),
        known: true,
      };
      let m: RegExpMatchArray | null;
      const behaviour = rule?.(method, route, body);
      if (behaviour?.hang === true) {
        record(entry);
        return;
      }
      if (behaviour?.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
      if (behaviour?.status !== undefined) {
        send(res, behaviour.status, { message: 'Unknown Webhook', code: 10015 });
      } else if (req.headers.authorization === `Bot ${REFUSED_TOKEN}`) {
        send(res, 401, { message: '401: Unauthorized', code: 0 });
      } else if (method === 'GET' && route === '/gateway/bot') {
        send(res, 200, {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        });
      } else if (method === 'POST' && (m = route.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
        if (url.searchParams.get('with_response') === 'true') {
          send(res, 200, { interaction: { id: m[1], type: 2 }, resource: { type: body?.type } });
        } else send(res, 204);
      } else if (method === 'PATCH' && (m = route.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/))) {
        send(res, 200, messageFrom(body, CHANNEL_ID, m[3] === '@original' ? snowflake() : m[3]));
      } else if (method === 'DELETE' && route.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/)) {
        send(res, 204);
      } else if (method === 'POST' && route.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) {
        send(res, 200, messageFrom(body, CHANNEL_ID));
      } else if (method === 'POST' && (m = route.match(/^\/channels\/(\d+)\/messages$/))) {
        const channelId = m[1] ?? CHANNEL_ID;
        // As Discord does: with enforce_nonce, a nonce seen recently gives back the message it made.
        const key = body?.enforce_nonce === true && body?.nonce !== undefined ? `${channelId}:${body.nonce}` : null;
        const existing = key === null ? undefined : byNonce.get(key);
        if (existing !== undefined) {
          entry.responseId = String(existing['id']);
          send(res, 200, existing);
        }
        else {
          const made = messageFrom(body, channelId);
          if (key !== null) byNonce.set(key, made);
          created.push({ id: String(made.id), channelId, nonce: body?.nonce });
          entry.responseId = String(made['id']);
          send(res, 200, made);
        }
      } else if (method === 'PATCH' && (m = route.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
        send(res, 200, messageFrom(body, m[1] ?? CHANNEL_ID, m[2]));
      } else if (method === 'POST' && route.match(/^\/channels\/(\d+)\/typing$/)) {
        send(res, 204);
      } else if (method === 'PUT' && route.match(/^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/)) {
        const list = Array.isArray(body) ? body : [];
        send(
          res,
          200,
          list.map((c: any) => ({ ...c, id: snowflake(), application_id: APPLICATION_ID, version: snowflake() })),
        );
      } else {
        entry.known = false;
        send(res, 404, { message: 'Unknown route (stand-in)', code: 0 });
      }
      record(entry);
    })();
  });

  const wss = new WebSocketServer({ server });
  server.on('upgrade', (_request, stream) => {
    gatewayStreams.add(stream);
    stream.on('close', () => gatewayStreams.delete(stream));
  });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw));
      gatewayReceived.push(payload);
      if (payload.op === 1) {
        socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      } else if (payload.op === 2) {
        const sendDispatch = (t: string, d: unknown): void => {
          seq += 1;
          socket.send(JSON.stringify({ op: 0, t, s: seq, d }));
        };
        sendDispatch('READY', {
          v: 10,
          user: botUser,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'stand-in-session',
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: APPLICATION_ID, flags: 0 },
          private_channels: [],
        });
        sendDispatch('GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Children’s services team',
          icon: null,
          owner_id: USER_ID,
          unavailable: false,
          member_count: 2,
          roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
          channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID }],
          threads: [],
          members: [],
          emojis: [],
          stickers: [],
          voice_states: [],
          presences: [],
          features: [],
          joined_at: new Date().toISOString(),
        });
        readyResolve();
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  gatewayUrl = `ws://127.0.0.1:${port}`;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    requests,
    created,
    behave(next) {
      rule = next;
    },
    gatewayReceived,
    ready: () => readyPromise,
    silenceGateway() {
      for (const stream of gatewayStreams) stream.pause();
    },
    dispatch(type, data) {
      for (const socket of sockets) {
        seq += 1;
        socket.send(JSON.stringify({ op: 0, t: type, s: seq, d: data }));
      }
    },
    waitForRequest(match, timeoutMs = 10000) {
      const found = requests.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (r: RecordedRequest) => (clearTimeout(timer), resolve(r)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`stand-in: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    since(from, match = () => true) {
      return requests.slice(from).filter(match);
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      for (const stream of gatewayStreams) stream.destroy();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      readyPromise = new Promise<void>((r) => (readyResolve = r));
    },
  };
}
