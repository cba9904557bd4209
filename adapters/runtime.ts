/**
 * The running bot (Slack and/or Discord), as `npm start` assembles it: the
 * store, a corpus that reloads when the index changes, the platform
 * adapters, and alerts. `adapters/main.ts` calls {@link startRuntime};
 * tests call it too, to run the same assembly against local stand-ins.
 */
import type { Logger } from '../src/logger.ts';
import { loadReloadingCorpus, type ReloadingCorpus } from '../src/reloading-corpus.ts';
import { startAlertService, type AlertService, type AlertServiceOptions } from './alerts/alert-service.ts';
import type { AlertSender } from './alerts/outbox-worker.ts';
import type { Config } from './config.ts';
import { openStore, type OpenStoreOptions, type Store, type StoreLocation } from './store/open-store.ts';

/** Something started that must be stopped. */
export interface Service {
  name: string;
  stop(): Promise<void>;
}

export interface Runtime {
  store: Store;
  reloading: ReloadingCorpus;
  alerts: AlertService;
  /** The Slack app, when configured (tests read its port). */
  slack: import('./slack/app.ts').SlackApp | null;
  discord: import('./discord/bot.ts').DiscordBot | null;
  services: Service[];
  /** Stop alerts, then the adapters, then the store. Errors are logged, never thrown. */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  config: Config;
  logger: Logger;
  /** Interface for Slack's HTTP receiver (tests: 127.0.0.1). */
  host?: string;
  /** Overrides for tests: the store's location and options, the outbox worker. */
  storeLocation?: StoreLocation;
  storeOptions?: OpenStoreOptions;
  worker?: AlertServiceOptions['worker'];
}

/** How often expired dedupe records and answer keys are dropped. */
const PRUNE_EVERY_MS = 60 * 60_000;

/** Open the store (throws StoreOpenError naming the variable), load the index, start the adapters and alerts. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config, logger } = options;
  const location: StoreLocation = options.storeLocation ?? (config.store.databaseUrl !== null
    ? { dataDir: null, databaseUrl: config.store.databaseUrl }
    : { dataDir: config.store.dataDir, databaseUrl: null });
  const store = await openStore(location, { logger, ...options.storeOptions });
  const services: Service[] = [];
  const senders: AlertSender[] = [];
  let reloading: ReloadingCorpus | null = null;
  let slack: Runtime['slack'] = null;
  let discord: Runtime['discord'] = null;
  try {
    reloading = await loadReloadingCorpus({ logger, pollMs: config.indexPollMs, ...(config.indexDir === null ? {} : { indexDir: config.indexDir }) });
    const corpus = reloading.corpus;
    if (config.slack !== null) {
      const { createSlackApp } = await import('./slack/app.ts');
      const { createSlackAlertSender } = await import('./slack/alert-sender.ts');
      const log = logger.child({ adapter: 'slack' });
      slack = createSlackApp({ config: config.slack, corpus, logger: log, store, ...(options.host !== undefined ? { host: options.host } : {}) });
      await slack.start();
      const app = slack;
      services.push({ name: 'slack', stop: () => app.stop() });
      senders.push(createSlackAlertSender(config.slack.botToken, config.slack.apiUrl, log.child({ alerts: true })));
    }
    if (config.discord !== null) {
      const { createDiscordBot } = await import('./discord/bot.ts');
      const log = logger.child({ adapter: 'discord' });
      discord = createDiscordBot({ config: config.discord, corpus, logger: log, store });
      await discord.start();
      const bot = discord;
      services.push({ name: 'discord', stop: () => bot.stop() });
      senders.push(bot.alertSender());
    }
  } catch (error) {
    await Promise.allSettled(services.map((s) => s.stop()));
    reloading?.stop();
    await store.close().catch(() => undefined);
    throw error;
  }
  const alerts = await startAlertService({ store, reloading, senders, logger: logger.child({ alerts: true }), ...(options.worker ? { worker: options.worker } : {}) });
  const pruner = setInterval(() => {
    store.prune().catch((error: unknown) => logger.warn({ err: error }, 'store prune failed'));
  }, PRUNE_EVERY_MS);
  pruner.unref();

  const loaded = reloading;
  let stopped = false;
  return {
    store,
    reloading: loaded,
    alerts,
    slack,
    discord,
    services,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(pruner);
      loaded.stop();
      await alerts.stop().catch((error: unknown) => logger.error({ err: error }, 'alerts stop failed'));
      const results = await Promise.allSettled(services.map((s) => s.stop()));
      results.forEach((result, i) => {
        if (result.status === 'rejected') logger.error({ err: result.reason, service: services[i]?.name }, 'stop failed');
      });
      await store.close().catch((error: unknown) => logger.error({ err: error }, 'store close failed'));
    },
  };
}
