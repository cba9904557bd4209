/**
 * The Slack app: a Bolt `App` answering questions from the corpus.
 *
 * Socket Mode when an app-level token is configured (no public URL needed,
 * no port opened); otherwise Bolt's HTTP receiver on `config.port`, which
 * verifies every request's signature (and refuses stale timestamps) and
 * serves GET /health.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import type { Corpus } from '../../src/answer-types.ts';
import type { Logger } from '../../src/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { Store } from '../store/open-store.ts';
import { createDedupe, type Dedupe } from './dedupe.ts';
import { healthRoute } from './health.ts';
import { registerListeners } from './listeners/index.ts';

/** Where the HTTP receiver takes events, commands and button clicks (the manifest's request URL). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  config: SlackConfig;
  corpus: Corpus;
  logger: Logger;
  /** Interface for the HTTP receiver; default all interfaces. Tests use 127.0.0.1. */
  host?: string;
  /**
   * The store: event dedupe shared by every process on it, follows, settings
   * and feedback. Without one (some tests), dedupe is in memory and the
   * channel commands say they need the store.
   */
  store?: Store | null;
}

export interface SlackApp {
  app: App;
  /** Check the token (auth.test), then listen on the port (HTTP) or connect (Socket Mode). */
  start(): Promise<void>;
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
  const boltLogger = toBoltLogger(log);
  const clientOptions = {
    ...(config.apiUrl !== null ? { slackApiUrl: config.apiUrl } : {}),
    // A chat answer that arrives after minutes is no answer: retry briefly, then give up and log.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    timeout: 10_000,
  };
  let app: App;
  let mode: 'socket' | 'http';
  if (config.appToken !== null) {
    mode = 'socket';
    app = new App({
      token: config.botToken,
      appToken: config.appToken,
      socketMode: true,
      // No HTTP server in Socket Mode: nothing comes in over HTTP, so there is
      // nothing for a load balancer to check and no port to open.
      logger: boltLogger,
      clientOptions,
      deferInitialization: true,
    });
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
    app = new App({ token: config.botToken, receiver, logger: boltLogger, clientOptions, deferInitialization: true });
  }

  const store = options.store ?? null;
  const dedupe: Dedupe = store === null ? createDedupe() : { first: (key) => store.events.first(key) };
  registerListeners(app, { corpus, logger: log, dedupe, store });
  app.error(async (error) => {
    // Listeners catch their own errors; this is the net for anything in Bolt's middleware.
    log.error({ err: error }, 'unhandled error in Slack app');
  });

  let server: Server | null = null;
  return {
    app,
    async start() {
      await app.init();
      if (mode === 'socket') {
        await app.start();
        log.info({ mode }, 'Slack app connected (Socket Mode)');
        return;
      }
      const listenOn = options.host !== undefined ? { port: config.port, host: options.host } : config.port;
      server = (await app.start(listenOn)) as Server;
      log.info({ mode, port: (server.address() as AddressInfo | null)?.port }, 'Slack app listening (HTTP)');
    },
    async stop() {
      await app.stop();
      server = null;
      log.info({ mode }, 'Slack app stopped');
    },
    port() {
      const address = server?.address();
      return address !== null && typeof address === 'object' ? address.port : null;
    },
  };
}
