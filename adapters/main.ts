/**
 * `npm start`: read the configuration once, load the bundled index, then run
 * the Slack app and/or the Discord bot when their tokens are set — or, with
 * neither, a local console chat. SIGTERM and SIGINT shut everything down.
 */
import 'dotenv/config';
import { createLogger } from '../src/logger.ts';
import { DEFAULT_INDEX_DIR, loadCorpus } from '../src/index.ts';
import { startUpdateSchedule } from '../src/update/schedule.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { runConsoleChat } from './cli/console-chat.ts';

interface Service {
  name: string;
  stop(): Promise<void>;
}

function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const consoleOnly = config.slack === null && config.discord === null;
  // The console chat shares the terminal with the logs: only problems, unless LOG_LEVEL asks for more.
  const logger = createLogger(consoleOnly && process.env['LOG_LEVEL'] === undefined ? 'warn' : config.logLevel);
  const started = performance.now();
  const corpus = await loadCorpus({ logger, ...(config.indexDir === null ? {} : { indexDir: config.indexDir }) });
  logger.info(
    { reports: corpus.reports().length, authorities: corpus.authorities().length, ms: Math.round(performance.now() - started) },
    'index loaded',
  );

  // UPDATE_SCHEDULE: fetch new reports from Ofsted's site in the background, into the bot's index directory.
  const updates =
    config.update.schedule === null
      ? null
      : startUpdateSchedule({
          schedule: config.update.schedule,
          baseUrl: config.update.baseUrl,
          indexDir: config.indexDir ?? DEFAULT_INDEX_DIR,
          logger,
        });

  if (consoleOnly) {
    await runConsoleChat({ corpus, input: process.stdin, output: process.stdout });
    updates?.stop();
    return;
  }

  const services: Service[] = [];
  if (updates !== null) services.push({ name: 'update-schedule', stop: async () => updates.stop() });
  if (config.slack !== null) {
    const { createSlackApp } = await import('./slack/app.ts');
    const slack = createSlackApp({ config: config.slack, corpus, logger: logger.child({ adapter: 'slack' }) });
    await slack.start();
    services.push({ name: 'slack', stop: () => slack.stop() });
  }
  if (config.discord !== null) {
    const { createDiscordBot } = await import('./discord/bot.ts');
    const discord = createDiscordBot({ config: config.discord, corpus, logger: logger.child({ adapter: 'discord' }) });
    await discord.start();
    services.push({ name: 'discord', stop: () => discord.stop() });
  }
  logger.info({ services: services.map((s) => s.name) }, 'bot running');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const results = await Promise.allSettled(services.map((s) => s.stop()));
    results.forEach((result, i) => {
      if (result.status === 'rejected') logger.error({ err: result.reason, service: services[i]?.name }, 'stop failed');
    });
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`ofsted-bot: ${(error as Error).message}\n`);
  process.exit(1);
});
