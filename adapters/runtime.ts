/**
 * The running bot (Slack, Discord and/or Teams), as `npm start` assembles it: the
 * store, a corpus that reloads when the index changes, the platform
 * adapters, the web reader (WEB_PORT) (conversations, dedupe, answer keys, follows and settings on the
 * store), alerts, and the scheduled update (UPDATE_SCHEDULE, one replica at a
 * time through the store's lock on PostgreSQL, the index directory's lock file
 * on the embedded store, shared with `npm run update`). `adapters/main.ts` calls
 * {@link startRuntime}; tests call it too, to run the same assembly against
 * local stand-ins.
 *
 * Shutdown is in two steps, for `adapters/main.ts`'s deadline:
 * {@link Runtime.stopAccepting} (no new requests, no new update run), then,
 * once the work tracker has drained, {@link Runtime.stop}.
 */
import type { Logger } from '../src/logger.ts';
import { loadReloadingCorpus, type ReloadingCorpus } from '../src/reloading-corpus.ts';
import { startUpdateSchedule, type UpdateSchedule } from '../src/update/schedule.ts';
import { startAlertService, type AlertService, type AlertServiceOptions } from './alerts/alert-service.ts';
import type { AlertSender } from './alerts/outbox-worker.ts';
import type { Config } from './config.ts';
import { createAnswerQueue } from './runtime/answer-queue.ts';
import { within } from './runtime/within.ts';
import { createWorkTracker, type WorkTracker } from './runtime/work-tracker.ts';
import { indexLocation, prepareIndexDir } from './state/index-dir.ts';
import { openStore, type OpenStoreOptions, type Store, type StoreLocation } from './store/open-store.ts';

/**
 * How long alerts and each service get to stop before the store is closed
 * anyway: main.ts's drain leaves 1.5 s of its 9.5 s for the whole stop.
 */
const STOP_STEP_MS = 1_000;

/** Something started that must be stopped. */
export interface Service {
  name: string;
  /** Take no new work (requests, runs); work under way carries on. */
  stopAccepting(): void;
  stop(): Promise<void>;
}

export interface Runtime {
  store: Store;
  reloading: ReloadingCorpus;
  alerts: AlertService;
  /** The Slack app, when configured (tests read its port). */
  slack: import('./slack/app.ts').SlackApp | null;
  discord: import('./discord/bot.ts').DiscordBot | null;
  /** The Teams bot, when configured (tests read its port). */
  teams: import('./teams/app.ts').TeamsApp | null;
  /** The scheduled update, when UPDATE_SCHEDULE is set. */
  updates: UpdateSchedule | null;
  services: Service[];
  /** Take no new requests or update runs; acknowledged work (counted by the tracker) carries on. */
  stopAccepting(): void;
  /** Stop alerts, the update schedule, the adapters, then the store. Errors are logged, never thrown. */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  config: Config;
  logger: Logger;
  /** Where acknowledged work is counted, for shutdown to drain; default a tracker of its own. */
  tracker?: WorkTracker;
  /** Interface for Slack's HTTP receiver and the Teams messaging endpoint (tests: 127.0.0.1). */
  host?: string;
  /** TLS options for Microsoft Entra ID's login host (tests: a stand-in's CA). */
  teamsLoginTls?: import('node:https').AgentOptions;
  /** Overrides for tests: the store's location and options, the outbox worker. */
  storeLocation?: StoreLocation;
  storeOptions?: OpenStoreOptions;
  worker?: AlertServiceOptions['worker'];
  /** Called once before each adapter starts; when it returns true (a signal came during startup), the rest is not started. */
  stopping?: () => boolean;
}

/** How often expired dedupe records, answer keys and conversation contexts are dropped. */
const PRUNE_EVERY_MS = 60 * 60_000;

function storeLocation(config: Config): StoreLocation {
  return config.store.databaseUrl !== null
    ? { dataDir: null, databaseUrl: config.store.databaseUrl }
    : { dataDir: config.store.dataDir, databaseUrl: null };
}

/** Open the store (throws StoreOpenError naming the variable), load the index, start the adapters, alerts and updates. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config, logger } = options;
  const tracker = options.tracker ?? createWorkTracker();
  const stopping = options.stopping ?? (() => false);
  // The store and the index load side by side, except the embedded engine itself: DATA_DIR's lock is
  // taken at once (a second process stops now), the engine starts once the index has loaded, so the two
  // memory peaks do not add up. The platforms' modules are fetched meanwhile (only those configured).
  const slackModules = config.slack === null ? null : Promise.all([import('./slack/app.ts'), import('./slack/alert-sender.ts')]);
  const discordModule = config.discord === null ? null : import('./discord/bot.ts');
  slackModules?.catch(() => undefined);
  discordModule?.catch(() => undefined);
  // The index: INDEX_DIR, or DATA_DIR/index kept in step with the shipped reports (built there on first start).
  const index = indexLocation({ indexDir: config.indexDir, dataDir: config.store.dataDir });
  const corpusLoading = prepareIndexDir(index, { logger }).then(() => loadReloadingCorpus({ logger, pollMs: config.indexPollMs, indexDir: index.dir }));
  corpusLoading.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
  let store: Store;
  try {
    store = await openStore(options.storeLocation ?? storeLocation(config), { logger, startAfter: corpusLoading, ...options.storeOptions });
  } catch (error) {
    // A store that cannot be opened (DATA_DIR held by another process, say) stops startup now, not after the index loads.
    void corpusLoading.then((loading) => loading.stop(), () => undefined);
    throw error;
  }
  let reloading: ReloadingCorpus;
  try {
    reloading = await corpusLoading;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  const services: Service[] = [];
  const senders: AlertSender[] = [];
  let slack: Runtime['slack'] = null;
  let discord: Runtime['discord'] = null;
  let teams: Runtime['teams'] = null;
  try {
    const corpus = reloading.corpus;
    // One queue for every platform: they answer on the same thread, so one bound holds for all.
    const answers = createAnswerQueue({ concurrency: config.answers.concurrency, busyAfter: config.answers.queueLimit });
    if (config.slack !== null && slackModules !== null && !stopping()) {
      const [{ createSlackApp }, { createSlackAlertSender }] = await slackModules;
      const log = logger.child({ adapter: 'slack' });
      const app = createSlackApp({ config: config.slack, corpus, logger: log, store, tracker, answers, ...(options.host !== undefined ? { host: options.host } : {}) });
      slack = app;
      services.push({ name: 'slack', stopAccepting: () => app.stopAccepting(), stop: () => app.stop() });
      await app.start();
      senders.push(createSlackAlertSender(config.slack.botToken, config.slack.apiUrl, log.child({ alerts: true })));
    }
    if (config.discord !== null && discordModule !== null && !stopping()) {
      const { createDiscordBot } = await discordModule;
      const bot = createDiscordBot({ config: config.discord, corpus, logger: logger.child({ adapter: 'discord' }), store, tracker, answers });
      discord = bot;
      services.push({ name: 'discord', stopAccepting: () => bot.stopAccepting(), stop: () => bot.stop() });
      await bot.start();
      senders.push(bot.alertSender());
    }
    if (config.teams !== null && !stopping()) {
      const { createTeamsApp } = await import('./teams/app.ts');
      const app = createTeamsApp({
        config: config.teams,
        corpus,
        logger: logger.child({ adapter: 'teams' }),
        store,
        tracker,
        answers,
        ...(options.host !== undefined ? { host: options.host } : {}),
        ...(options.teamsLoginTls !== undefined ? { loginTls: options.teamsLoginTls } : {}),
      });
      teams = app;
      services.push({ name: 'teams', stopAccepting: () => app.stopAccepting(), stop: () => app.stop() });
      await app.start();
      senders.push(app.alertSender());
    }
    if (config.web.port !== null && !stopping()) {
      const { startWebService } = await import('./web/service.ts');
      const web = await startWebService({
        corpus,
        logger: logger.child({ adapter: 'web' }),
        port: config.web.port,
        indexDir: index.dir,
        ...(options.host !== undefined ? { host: options.host } : {}),
      });
      services.push(web);
    }
  } catch (error) {
    await Promise.allSettled(services.map((s) => s.stop()));
    reloading.stop();
    await store.close().catch(() => undefined);
    throw error;
  }
  const loaded = reloading;
  const alerts = await startAlertService({ store, reloading: loaded, senders, logger: logger.child({ alerts: true }), ...(options.worker ? { worker: options.worker } : {}) });

  // UPDATE_SCHEDULE: fetch new reports into the index directory; the reloading corpus picks the new
  // index up (checked at once here, else at its next poll), and alerts are planned from it.
  let updates: UpdateSchedule | null = null;
  if (config.update.schedule !== null) {
    updates = startUpdateSchedule({
      schedule: config.update.schedule,
      baseUrl: config.update.baseUrl,
      indexDir: index.dir,
      logger,
      // On PostgreSQL the store's lock spans replicas. The embedded store has one process, and
      // `npm run update` cannot open it beside the bot, so both take the index directory's lock file.
      ...(store.sql.engine === 'postgres' ? { lock: store.updateLock } : {}),
      onUpdate: async (summary) => {
        if (summary.new.length > 0) await loaded.check();
      },
    });
  }
  const schedule = updates;
  if (schedule !== null) services.unshift({ name: 'update-schedule', stopAccepting: () => schedule.stop(), stop: async () => schedule.stop() });

  const pruner = setInterval(() => {
    store.prune().catch((error: unknown) => logger.warn({ err: error }, 'store prune failed'));
  }, PRUNE_EVERY_MS);
  pruner.unref();

  let stopped = false;
  return {
    store,
    reloading: loaded,
    alerts,
    slack,
    discord,
    teams,
    updates,
    services,
    stopAccepting() {
      for (const service of services) service.stopAccepting();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(pruner);
      loaded.stop();
      const alertsStopped = await within(alerts.stop(), STOP_STEP_MS).catch((error: unknown) => logger.error({ err: error }, 'alerts stop failed'));
      if (alertsStopped === 'late') logger.warn({ ms: STOP_STEP_MS }, 'alerts did not stop in time; closing the store anyway');
      const results = await Promise.allSettled(services.map((s) => within(s.stop(), STOP_STEP_MS)));
      results.forEach((result, i) => {
        if (result.status === 'rejected') logger.error({ err: result.reason, service: services[i]?.name }, 'stop failed');
        else if (result.value === 'late') logger.warn({ service: services[i]?.name, ms: STOP_STEP_MS }, 'did not stop in time; closing the store anyway');
      });
      await store.close().catch((error: unknown) => logger.error({ err: error }, 'store close failed'));
    },
  };
}
