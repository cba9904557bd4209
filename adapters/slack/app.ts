/**
 * The Slack app: a Bolt `App` answering questions from the corpus.
 *
 * Socket Mode when an app-level token is configured (no public URL needed,
 * no port opened); otherwise Bolt's HTTP receiver on `config.port`, which
 * verifies every request's signature (and refuses stale timestamps) and
 * serves GET /health, behind a screen for size, timestamps and shape
 * (`request-guard.ts`).
 *
 * Every listener's work is tracked, so shutdown can stop taking requests and
 * still finish what was acknowledged. Web API calls time out, are not retried
 * by the client (a slow post may have landed), and run in per-channel lanes.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { ConfigError, type SlackConfig } from '../config.ts';
import type { Corpus } from '../../src/answer-types.ts';
import type { Logger } from '../../src/logger.ts';
import { NO_CONVERSATION_STORE, type ConversationContextStore } from '../conversation-store.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { Store } from '../store/open-store.ts';
import { createDedupe, type Dedupe } from './dedupe.ts';
import { healthRoute } from './health.ts';
import { registerListeners } from './listeners/index.ts';
import { guardReceiver } from './request-guard.ts';
import { createAnswerQueue, type AnswerQueue } from '../runtime/answer-queue.ts';
import { outboundDispatcher } from '../runtime/outbound-proxy.ts';
import { createPerKeyQueue } from '../runtime/per-key-queue.ts';
import { createWorkTracker, type WorkTracker } from '../runtime/work-tracker.ts';

/** Connections the kernel may hold for the HTTP receiver before it accepts them (Node's default is 511). */
const LISTEN_BACKLOG = 4096;

/** Where the HTTP receiver takes events, commands and button clicks (the manifest's request URL). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  config: SlackConfig;
  corpus: Corpus;
  logger: Logger;
  /** Interface for the HTTP receiver; default all interfaces. Tests use 127.0.0.1. */
  host?: string;
  /**
   * The store: event dedupe shared by every process on it, follows, settings,
   * feedback and conversation contexts. Without one (some tests), dedupe is
   * in memory and the channel commands say they need the store.
   */
  store?: Store | null;
  /** Where acknowledged work is counted for shutdown; default a tracker of its own. */
  tracker?: WorkTracker;
  /** Where answers wait their turn, shared with the other platform in one process; default a queue of its own. */
  answers?: AnswerQueue;
  /** Time limits, in ms: each Web API call (default 8 s) and each response_url post (default 5 s). */
  timeouts?: { apiMs?: number; responseUrlMs?: number };
  /**
   * Where each thread's conversation context is kept. Default: the store's
   * (shared by every process); without a store, none, so every question starts afresh.
   */
  conversations?: ConversationContextStore;
}

export interface SlackApp {
  app: App;
  /**
   * Check the token (auth.test), then listen on the port (HTTP) or connect
   * (Socket Mode). A token Slack refuses is a {@link ConfigError} naming it.
   */
  start(): Promise<void>;
  /** Take no new requests (close the port, or the socket); acknowledged work carries on. */
  stopAccepting(): void;
  /** Stop accepting (if not yet) and wait, briefly, for the port or socket to close. */
  stop(): Promise<void>;
  /** The port the HTTP receiver listens on once started (useful with port 0), else null. */
  port(): number | null;
}

/**
 * Build the Slack app. Nothing touches the network until `start()`.
 * Throws when HTTP mode is configured without a signing secret.
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, corpus, logger: log } = options;
  const tracker = options.tracker ?? createWorkTracker();
  const boltLogger = toBoltLogger(log);
  const clientOptions = {
    ...(config.apiUrl !== null ? { slackApiUrl: config.apiUrl } : {}),
    // No retries here: the client would retry a post that timed out but had landed, showing it
    // twice or three times. `channel-call.ts` retries only what Slack refused (429).
    retryConfig: { retries: 0 },
    // Without this a 429 pauses the client's one queue, and with it every channel.
    rejectRateLimitedCalls: true,
    // Hung calls must not fill the queue (default 100) and hold up every other answer;
    // per-channel lanes keep one channel from taking more than a few of these.
    maxRequestConcurrency: 1000,
    timeout: options.timeouts?.apiMs ?? 8_000,
  };
  let app: App;
  let mode: 'socket' | 'http';
  if (config.appToken !== null) {
    mode = 'socket';
    // No HTTP server in Socket Mode: nothing comes in over HTTP, so there is
    // nothing for a load balancer to check and no port to open. The receiver is
    // made here (as Bolt would) so that, behind a proxy, its WebSocket and its
    // apps.connections.open call go through it (HTTPS_PROXY: see outbound-proxy.ts).
    const dispatcher = outboundDispatcher();
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger,
      installerOptions: { clientOptions },
      ...(dispatcher === null ? {} : { dispatcher }),
    });
    app = new App({ token: config.botToken, receiver, logger: boltLogger, clientOptions, convoStore: false, deferInitialization: true });
  } else {
    if (config.signingSecret === null) {
      throw new Error('Config: SLACK_SIGNING_SECRET is required when SLACK_APP_TOKEN is not set (HTTP mode).');
    }
    mode = 'http';
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      customRoutes: [healthRoute(corpus)],
      logger: boltLogger,
      signatureVerification: true,
    });
    guardReceiver(receiver, { path: SLACK_EVENTS_PATH, logger: log, tracker });
    app = new App({ token: config.botToken, receiver, logger: boltLogger, clientOptions, convoStore: false, deferInitialization: true });
  }

  const store = options.store ?? null;
  const dedupe: Dedupe = store === null ? createDedupe() : { first: (key) => store.events.first(key) };
  const answers = options.answers ?? createAnswerQueue();
  // Runs around every listener, acks included: shutdown waits for all of them. Each request
  // holds answers back for a moment, so a burst's acks go before the answers.
  app.use(async ({ next }) => {
    answers.arrived();
    await tracker.track(next());
  });
  registerListeners(app, {
    corpus,
    logger: log,
    dedupe,
    store,
    lanes: createPerKeyQueue(),
    answers,
    timeouts: { responseUrlMs: options.timeouts?.responseUrlMs ?? 5_000 },
    conversations: options.conversations ?? (store === null ? NO_CONVERSATION_STORE : store.conversations),
  });
  app.error(async (error) => {
    // Listeners catch their own errors; this is the net for anything in Bolt's middleware.
    log.error({ err: error }, 'unhandled error in Slack app');
  });

  let server: Server | null = null;
  let closing: Promise<void> | null = null;
  const stopAccepting = (): void => {
    if (closing !== null || (mode === 'http' && server === null)) return;
    // HTTP: the server stops listening and drops idle connections; requests already in get answered.
    closing = app.stop().then(
      () => undefined,
      (error: unknown) => log.warn({ err: error }, 'Slack receiver did not stop cleanly'),
    );
    server?.closeIdleConnections();
  };
  return {
    app,
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw rejectedToken(error, 'SLACK_BOT_TOKEN', "the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page") ?? error;
      }
      if (mode === 'socket') {
        try {
          await app.start();
        } catch (error) {
          throw rejectedToken(error, 'SLACK_APP_TOKEN', 'an App-Level Token (xapp-…) with connections:write from Basic Information → App-Level Tokens') ?? error;
        }
        log.info({ mode }, 'Slack app connected (Socket Mode)');
        return;
      }
      // Node's default backlog (511) overflows under a burst of simultaneous commands: the kernel drops
      // the rest of the connections, and each waits a second or more to retry. The kernel caps this at somaxconn.
      const listenOn = { port: config.port, backlog: LISTEN_BACKLOG, ...(options.host !== undefined ? { host: options.host } : {}) };
      server = (await app.start(listenOn)) as Server;
      log.info({ mode, port: (server.address() as AddressInfo | null)?.port }, 'Slack app listening (HTTP)');
    },
    stopAccepting,
    async stop() {
      stopAccepting();
      if (closing === null) return;
      // Idle keep-alive connections close at once; a client holding one open must not hold up the exit.
      const cut = setTimeout(() => server?.closeAllConnections(), 1_000);
      await closing;
      clearTimeout(cut);
      server = null;
      log.info({ mode }, 'Slack app stopped');
    },
    port() {
      const address = server?.address();
      return address !== null && typeof address === 'object' ? address.port : null;
    },
  };
}

/** Slack's error codes for a token it will not accept. */
const REJECTED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** A {@link ConfigError} naming `variable` when `error` says Slack refused the token, else null. */
function rejectedToken(error: unknown, variable: string, what: string): ConfigError | null {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (typeof code !== 'string' || !REJECTED.has(code)) return null;
  return new ConfigError(`${variable} was rejected by Slack (${code}). Put ${what} in .env, reinstalling the app if the token was revoked.`);
}
