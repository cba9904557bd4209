/**
 * `npm start`: read the configuration once, then run the Slack app and/or the
 * Discord bot when their tokens are set (with the store under DATA_DIR or at
 * DATABASE_URL, the index reloaded as it changes, and alerts) — or, with
 * neither, a local console chat on the index, which needs no store. SIGTERM
 * and SIGINT shut everything down.
 */
import 'dotenv/config';
import { createLogger, type Logger } from '../src/logger.ts';
import { loadCorpus } from '../src/index.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { runConsoleChat } from './cli/console-chat.ts';
import { startRuntime, type Runtime } from './runtime.ts';
import { StoreOpenError } from './store/open-store.ts';

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
  if (!consoleOnly) {
    await runBot(config, logger);
    return;
  }
  const started = performance.now();
  const corpus = await loadCorpus({ logger, ...(config.indexDir === null ? {} : { indexDir: config.indexDir }) });
  logger.info(
    { reports: corpus.reports().length, authorities: corpus.authorities().length, ms: Math.round(performance.now() - started) },
    'index loaded',
  );

  await runConsoleChat({ corpus, input: process.stdin, output: process.stdout });
}

/** The Slack app and/or Discord bot, with the store, index reloading and alerts; stopped by SIGTERM or SIGINT. */
async function runBot(config: Config, logger: Logger): Promise<void> {
  let runtime: Runtime;
  try {
    runtime = await startRuntime({ config, logger });
  } catch (error) {
    if (error instanceof StoreOpenError) {
      process.stderr.write(`${error.message}\nSee .env.example for DATA_DIR and DATABASE_URL.\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.info({ services: runtime.services.map((s) => s.name), store: runtime.store.sql.engine }, 'bot running');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await runtime.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`ofsted-bot: ${(error as Error).message}\n`);
  process.exit(1);
});
