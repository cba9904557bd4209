/**
 * `npm start`: read the configuration once, load the bundled index, then run
 * the Slack app and/or the Discord bot (those whose tokens are set, or those
 * ADAPTERS names) — or, with neither, a local console chat.
 *
 * SIGTERM and SIGINT shut down gracefully: no new requests are taken, work
 * already acknowledged is finished (for up to {@link DRAIN_MS}), then the
 * process exits, within 10 seconds in all (`docker stop`'s grace period).
 * An error nothing caught is logged and shuts down the same way with exit
 * code 1, for the supervisor to restart.
 */
import 'dotenv/config';
import { createLogger, type Logger } from '../src/logger.ts';
import { DEFAULT_INDEX_DIR, loadCorpus } from '../src/index.ts';
import { startUpdateSchedule } from '../src/update/schedule.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { runConsoleChat } from './cli/console-chat.ts';
import { installCrashHandlers } from './runtime/crash-handlers.ts';
import { createWorkTracker } from './runtime/work-tracker.ts';

/** How long acknowledged work may take to finish after SIGTERM. */
const DRAIN_MS = 8_000;
/** The exit happens by then whatever is still running (docker stop kills at 10 s). */
const EXIT_MS = 9_500;

interface Service {
  name: string;
  stopAccepting(): void;
  stop(): Promise<void>;
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

/** UPDATE_SCHEDULE: fetch new reports from Ofsted's site in the background, into the bot's index directory. */
function startUpdates(config: Config, logger: Logger): { stop(): void } | null {
  if (config.update.schedule === null) return null;
  return startUpdateSchedule({
    schedule: config.update.schedule,
    baseUrl: config.update.baseUrl,
    indexDir: config.indexDir ?? DEFAULT_INDEX_DIR,
    logger,
  });
}

async function runConsole(config: Config): Promise<void> {
  // The console chat owns the terminal: logs go to LOG_FILE when set, and are off otherwise.
  const logger = createLogger(config.logFile === null ? 'silent' : config.logLevel, 'ofsted-bot', config.logFile ?? undefined);
  const corpus = await loadCorpus({ logger, ...(config.indexDir === null ? {} : { indexDir: config.indexDir }) });
  const updates = startUpdates(config, logger);
  await runConsoleChat({ corpus, input: process.stdin, output: process.stdout });
  updates?.stop();
}

async function runBots(config: Config, logger: Logger): Promise<void> {
  const tracker = createWorkTracker();
  const services: Service[] = [];
  let stopping = false;

  const shutdown = async (why: string, code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.error({ inFlight: tracker.inFlight() }, 'shutdown took too long; exiting now');
      process.exit(code === 0 ? 1 : code);
    }, EXIT_MS).unref();
    logger.info({ signal: why, inFlight: tracker.inFlight() }, 'shutting down');
    for (const service of services) service.stopAccepting();
    const drained = await tracker.drain(DRAIN_MS);
    if (drained.unfinished > 0) logger.warn(drained, 'shutdown deadline passed with answers still under way');
    else logger.info(drained, 'finished the work in hand');
    const results = await Promise.allSettled(services.map((s) => s.stop()));
    results.forEach((result, i) => {
      if (result.status === 'rejected') logger.error({ err: result.reason, service: services[i]?.name }, 'stop failed');
    });
    logger.flush();
    process.exit(code);
  };
  // Installed before anything starts, so a signal during startup still shuts down cleanly.
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  installCrashHandlers(logger, (reason) => void shutdown(reason, 1));

  const started = performance.now();
  const corpus = await loadCorpus({ logger, ...(config.indexDir === null ? {} : { indexDir: config.indexDir }) });
  logger.info(
    { reports: corpus.reports().length, authorities: corpus.authorities().length, ms: Math.round(performance.now() - started) },
    'index loaded',
  );

  const updates = startUpdates(config, logger);
  if (updates !== null) services.push({ name: 'update-schedule', stopAccepting: () => updates.stop(), stop: async () => undefined });
  if (config.slack !== null && !stopping) {
    const { createSlackApp } = await import('./slack/app.ts');
    const slack = createSlackApp({ config: config.slack, corpus, logger: logger.child({ adapter: 'slack' }), tracker });
    services.push({ name: 'slack', stopAccepting: () => slack.stopAccepting(), stop: () => slack.stop() });
    await slack.start();
  }
  if (config.discord !== null && !stopping) {
    const { createDiscordBot } = await import('./discord/bot.ts');
    const discord = createDiscordBot({ config: config.discord, corpus, logger: logger.child({ adapter: 'discord' }), tracker });
    services.push({ name: 'discord', stopAccepting: () => discord.stopAccepting(), stop: () => discord.stop() });
    await discord.start();
  }
  if (!stopping) logger.info({ services: services.map((s) => s.name) }, 'bot running');
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  if (config.slack === null && config.discord === null) {
    await runConsole(config);
    return;
  }
  const logger = createLogger(config.logLevel, 'ofsted-bot', config.logFile ?? undefined);
  try {
    await runBots(config, logger);
  } catch (error) {
    // A token the platform refused, say: the message names the variable; no stack trace.
    if (error instanceof ConfigError) exitWithConfigError(error);
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ofsted-bot: ${(error as Error).message}\n`);
  process.exit(1);
});
