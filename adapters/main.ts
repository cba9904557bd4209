/**
 * `npm start`: read the configuration once, then run the Slack app, the
 * Discord bot and/or the Teams bot (those whose tokens or app id are set, or
 * those ADAPTERS names) with the
 * store under DATA_DIR or at DATABASE_URL, the index reloaded as it changes,
 * alerts, and the scheduled update (see `runtime.ts`) — or, with neither, a
 * local console chat on the index, which needs no store. With WEB_PORT set,
 * the web reader is served too (alone, when no chat platform is configured).
 *
 * SIGTERM and SIGINT shut down gracefully: no new requests are taken, work
 * already acknowledged is finished (for up to {@link DRAIN_MS}), then alerts,
 * the adapters and the store are stopped and the process exits, within 10
 * seconds in all (`docker stop`'s grace period). An error nothing caught is
 * logged and shuts down the same way with exit code 1, for the supervisor to
 * restart.
 */
import 'dotenv/config';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createLogger, type Logger } from '../src/logger.ts';
import { loadCorpus } from '../src/index.ts';
import { startUpdateSchedule } from '../src/update/schedule.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { runConsoleChat } from './cli/console-chat.ts';
import { usePublicUrl } from './citation-links.ts';
import { installCrashHandlers } from './runtime/crash-handlers.ts';
import { installOutboundProxy, redactProxy } from './runtime/outbound-proxy.ts';
import { createWorkTracker } from './runtime/work-tracker.ts';
import { indexLocation, prepareIndexDir } from './state/index-dir.ts';
import { startRuntime, type Runtime } from './runtime.ts';
import { StoreOpenError } from './store/open-store.ts';

/** How long acknowledged work may take to finish after SIGTERM. */
const DRAIN_MS = 8_000;
/** The exit happens by then whatever is still running (docker stop kills at 10 s). */
const EXIT_MS = 9_500;

/**
 * Once started, V8 collects garbage for a small footprint rather than speed:
 * without it the heap grows by ~100 MB of garbage while answering before it is
 * collected. Not from the start: with it the index loads twice as slowly. And
 * the garbage of loading (the index file's text, the parse) is collected now,
 * once, rather than left to add to the first answers' peak (`gc` is exposed
 * at run time; V8 puts it on contexts made after that, so a new one hands it over).
 */
function settleHeap(): void {
  setFlagsFromString('--optimize-for-size');
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function exitWithConfigError(error: ConfigError): never {
  process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
  process.exit(1);
}

function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWithConfigError(error);
    throw error;
  }
}

/** The console chat: the index only, no store; UPDATE_SCHEDULE runs with the index directory's file lock. */
async function runConsole(config: Config): Promise<void> {
  // The console chat owns the terminal: logs go to LOG_FILE when set, and are off otherwise.
  const logger = createLogger(config.logFile === null ? 'silent' : config.logLevel, 'ofsted-bot', config.logFile ?? undefined);
  const index = indexLocation({ indexDir: config.indexDir, dataDir: config.store.dataDir });
  // The terminal is the chat's: a first start's index build is shown there, since the log is off.
  await prepareIndexDir(index, { logger, progress: 'terminal' });
  const corpus = await loadCorpus({ logger, indexDir: index.dir });
  const updates =
    config.update.schedule === null
      ? null
      : startUpdateSchedule({ schedule: config.update.schedule, baseUrl: config.update.baseUrl, indexDir: index.dir, logger });
  await runConsoleChat({ corpus, input: process.stdin, output: process.stdout });
  updates?.stop();
}

async function runBots(config: Config, logger: Logger): Promise<void> {
  const tracker = createWorkTracker();
  let starting: Promise<Runtime | null> = Promise.resolve(null);
  let stopping = false;

  const shutdown = async (why: string, code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.error({ inFlight: tracker.inFlight() }, 'shutdown took too long; exiting now');
      logger.flush();
      process.exit(code === 0 ? 1 : code);
    }, EXIT_MS).unref();
    logger.info({ signal: why, inFlight: tracker.inFlight() }, 'shutting down');
    // A signal during startup: what has started is stopped (startup checks `stopping` before each adapter).
    const runtime = await starting.catch(() => null);
    runtime?.stopAccepting();
    const drained = await tracker.drain(DRAIN_MS);
    if (drained.unfinished > 0) logger.warn(drained, 'shutdown deadline passed with answers still under way');
    else logger.info(drained, 'finished the work in hand');
    await runtime?.stop();
    logger.flush();
    process.exit(code);
  };
  // Installed before anything starts, so a signal during startup still shuts down cleanly.
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  installCrashHandlers(logger, (reason) => void shutdown(reason, 1));

  const started = performance.now();
  const runtime = startRuntime({ config, logger, tracker, stopping: () => stopping });
  starting = runtime;
  const running = await runtime;
  if (stopping) return;
  settleHeap();
  logger.info(
    {
      services: running.services.map((s) => s.name),
      store: running.store.sql.engine,
      reports: running.reloading.corpus.reports().length,
      ms: Math.round(performance.now() - started),
    },
    'bot running',
  );
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  // Before any client exists: Slack, Discord, Teams and Ofsted's site are all reached through it.
  installOutboundProxy(config.proxy ?? null);
  // Every platform's citations link into the web reader when PUBLIC_URL is set.
  usePublicUrl(config.web.publicUrl);
  if (config.slack === null && config.discord === null && config.teams === null) {
    // WEB_PORT with no chat platform: a server for the web reader, not a console on a terminal.
    if (config.web.port !== null) await (await import('./web/run-web.ts')).runWebOnly(config);
    else await runConsole(config);
    return;
  }
  const logger = createLogger(config.logLevel, 'ofsted-bot', config.logFile ?? undefined);
  if (config.proxy) {
    const { httpsProxy, httpProxy, noProxy } = config.proxy;
    logger.info({ httpsProxy: httpsProxy && redactProxy(httpsProxy), httpProxy: httpProxy && redactProxy(httpProxy), noProxy }, 'outbound requests go through the proxy');
  }
  try {
    await runBots(config, logger);
  } catch (error) {
    // A token the platform refused, say: the message names the variable; no stack trace.
    if (error instanceof ConfigError) exitWithConfigError(error);
    if (error instanceof StoreOpenError) {
      process.stderr.write(`${error.message}\nSee .env.example for DATA_DIR and DATABASE_URL.\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ofsted-bot: ${(error as Error).message}\n`);
  process.exit(1);
});
