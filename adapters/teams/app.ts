/**
 * The Teams bot: botbuilder's `CloudAdapter` behind the messaging endpoint
 * (`POST /api/messages`, the Azure Bot's messaging endpoint), on a plain
 * Node HTTP server this process owns (so shutdown can stop taking requests
 * and finish what it acknowledged), with GET /health.
 *
 * Every activity's token is checked before anything runs (`auth.ts`); one
 * without a valid Bot Framework token gets 401 and nothing else happens.
 * Once a message is authenticated the bot answers 200 at once and does the
 * work in the same turn, replying through the Bot Connector (Teams retries
 * an activity it had no answer to within its time limit, so the answer must
 * not hold the response); an `invoke` gets its answer in the response, as
 * Teams requires.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Activity } from 'botframework-schema';
import type { Corpus } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { AlertSender } from '../alerts/outbox-worker.ts';
import type { TeamsConfig } from '../config.ts';
import type { ConversationContextStore } from '../conversation-store.ts';
import { createAnswerQueue, type AnswerQueue } from '../runtime/answer-queue.ts';
import { createWorkTracker, type WorkTracker } from '../runtime/work-tracker.ts';
import type { Store } from '../store/open-store.ts';
import { createTeamsAlertSender } from './alert-sender.ts';
import { teamsAuthentication, type TeamsAuthOptions } from './auth.ts';
import { handleMembership } from './events/membership.ts';
import { handleMessage } from './events/message.ts';
import type { TeamsDeps } from './turn.ts';

/** The messaging endpoint's path (the Azure Bot's "Messaging endpoint" ends with it). */
export const TEAMS_MESSAGES_PATH = '/api/messages';
/** Largest activity accepted; Teams' own are a few kilobytes. */
const MAX_BODY_BYTES = 256 * 1024;

export interface TeamsAppOptions extends TeamsAuthOptions {
  config: TeamsConfig;
  corpus: Corpus;
  logger: Logger;
  store: Store;
  /** Interface to listen on; default all interfaces. Tests use 127.0.0.1. */
  host?: string;
  tracker?: WorkTracker;
  /** Where answers wait their turn, shared with the other platforms in one process; default a queue of its own. */
  answers?: AnswerQueue;
  /** Where each thread's or chat's conversation context is kept; default the store's. */
  conversations?: ConversationContextStore;
  /**
   * Only for `npm run teams-playground`: take activities without a token, as
   * Microsoft's local Agents Playground sends them, on 127.0.0.1 only. No
   * environment variable sets this; `npm start` never does.
   */
  localPlaygroundWithoutAuthentication?: boolean;
}

export interface TeamsApp {
  adapter: TeamsCloudAdapter;
  /** Check the credential with Entra ID (a refusal is a ConfigError naming the variable), then listen. */
  start(): Promise<void>;
  stopAccepting(): void;
  stop(): Promise<void>;
  port(): number | null;
  alertSender(): AlertSender;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client gets its 413.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, `activity larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
          reject(new HttpError(400, 'expected an activity (a JSON object with a type)'));
          return;
        }
        resolve(body as Record<string, unknown>);
      } catch {
        reject(new HttpError(400, 'expected JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/**
 * botbuilder's CloudAdapter, with its protected `processActivity` opened up:
 * its own `process()` holds the HTTP response until the whole turn is done
 * and writes authentication failures to the console; here the endpoint
 * answers as soon as the token is accepted, and logs refusals itself.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): ReturnType<CloudAdapter['processActivity']> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** Route one authenticated turn. */
async function handleTurn(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const type = ctx.activity.type;
  if (type === 'message') await handleMessage(ctx, deps);
  else if (type === 'conversationUpdate' || type === 'installationUpdate') await handleMembership(ctx, deps);
}

export function createTeamsApp(options: TeamsAppOptions): TeamsApp {
  const { config, corpus, logger: log, store } = options;
  const tracker = options.tracker ?? createWorkTracker();
  const open = options.localPlaygroundWithoutAuthentication === true;
  // Without an app id botbuilder accepts any request: only the local playground may ask for that.
  const auth = open ? null : teamsAuthentication(config, options);
  const adapter = new TeamsCloudAdapter(auth?.authentication ?? new ConfigurationBotFrameworkAuthentication({}));
  // No onTurnError: an error must reach the caller (the endpoint logs it; the alert sender sorts it for the outbox).
  const deps: TeamsDeps = {
    corpus,
    logger: log,
    store,
    conversations: options.conversations ?? store.conversations,
    answers: options.answers ?? createAnswerQueue(),
  };
  let accepting = true;

  async function messages(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // In a burst, answers hold back for a moment so the 200s go first.
    deps.answers.arrived();
    const activity = await readJson(req);
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    let started = false;
    let markStarted = (): void => {};
    const turnStarted = new Promise<'started'>((resolve) => {
      markStarted = () => {
        started = true;
        resolve('started');
      };
    });
    const turn = adapter.run(authorization, activity as unknown as Activity, async (ctx) => {
      markStarted();
      await handleTurn(ctx, deps);
    });
    const work = tracker.track(turn.then(
      (invoke) => ({ ok: true as const, invoke }),
      (error: unknown) => ({ ok: false as const, error }),
    ));
    const first = await Promise.race([turnStarted, work]);
    if (first === 'started') {
      if (activity['type'] !== 'invoke') {
        send(res, 200);
        const done = await work;
        if (!done.ok) log.error({ err: done.error }, 'a Teams turn failed after it was acknowledged');
        return;
      }
      const done = await work;
      if (!done.ok) throw done.error;
      send(res, done.invoke?.status ?? 200, done.invoke?.body);
      return;
    }
    if (first.ok) {
      send(res, first.invoke?.status ?? 200, first.invoke?.body);
      return;
    }
    if (started) throw first.error;
    // Refused before the bot ran: the token was missing, malformed, expired, signed by an unknown key,
    // for another app or another service URL. The reason is logged, never the token.
    const status = (first.error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 500) {
      log.error({ reason: (first.error as Error).message }, 'could not check an activity token (signing keys unavailable)');
      send(res, 503, { error: 'could not check the token' });
      return;
    }
    log.warn({ reason: (first.error as Error).message, type: activity['type'] }, 'refused an activity without a valid Bot Framework token');
    send(res, 401, { error: 'unauthorized' });
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (!accepting) {
      send(res, 503, { error: 'shutting down' });
      return;
    }
    if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      send(res, 200, { status: 'ok', reports: corpus.reports().length });
      return;
    }
    if (path !== TEAMS_MESSAGES_PATH) {
      send(res, 404, { error: 'not found' });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { error: 'POST only' });
      return;
    }
    messages(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        log.warn({ status: error.status, reason: error.message }, 'refused a malformed request');
        send(res, error.status, { error: error.message });
        return;
      }
      log.error({ err: error }, 'failed to handle a Teams request');
      send(res, 500, { error: 'internal error' });
    });
  });
  server.requestTimeout = 30_000;

  let closing: Promise<void> | null = null;
  let listening = false;
  const stopAccepting = (): void => {
    accepting = false;
    if (closing !== null || !listening) return;
    closing = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
  };
  return {
    adapter,
    async start() {
      if (auth !== null) await auth.check();
      else log.warn('Teams bot running WITHOUT checking tokens, for the local Agents Playground only; listening on 127.0.0.1');
      const host = open ? '127.0.0.1' : options.host;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, ...(host === undefined ? [] : [host]), () => {
          server.off('error', reject);
          resolve();
        });
      });
      listening = true;
      log.info({ port: (server.address() as AddressInfo).port, path: TEAMS_MESSAGES_PATH }, 'Teams bot listening');
    },
    stopAccepting,
    async stop() {
      stopAccepting();
      if (closing === null) return;
      const cut = setTimeout(() => server.closeAllConnections(), 1_000);
      await closing;
      clearTimeout(cut);
      log.info('Teams bot stopped');
    },
    port() {
      const address = listening ? server.address() : null;
      return address !== null && typeof address === 'object' ? address.port : null;
    },
    alertSender: () => createTeamsAlertSender(adapter, config.appId, store),
  };
}
