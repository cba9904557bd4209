/**
 * `npm run web`: the web reader alone, on WEB_PORT (default 3000), on an
 * index that reloads as it changes. SIGTERM and SIGINT stop it: no new
 * connections, requests under way finish, then the process exits.
 */
import 'dotenv/config';
import { DEFAULT_INDEX_DIR } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import { loadReloadingCorpus } from '../../src/reloading-corpus.ts';
import { ConfigError, DEFAULT_WEB_PORT, readConfig, type Config } from '../config.ts';
import { startWebService } from './service.ts';

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
  const logger = createLogger(config.logLevel, 'ofsted-web', config.logFile ?? undefined);
  const indexDir = config.indexDir ?? DEFAULT_INDEX_DIR;
  const reloading = await loadReloadingCorpus({ logger, pollMs: config.indexPollMs, indexDir });
  const web = await startWebService({ corpus: reloading.corpus, logger, port: config.web.port ?? DEFAULT_WEB_PORT, indexDir });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'web reader stopping');
    reloading.stop();
    // Keep-alive connections would hold the process open: the server closes idle ones and exits by 9 s.
    setTimeout(() => process.exit(0), 9_000).unref();
    await web.stop();
    logger.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`ofsted-web: ${(error as Error).message}\n`);
  process.exit(1);
});
