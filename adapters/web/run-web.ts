/**
 * The web reader alone in a process: `npm run web`, and `npm start` when
 * WEB_PORT is set and no chat platform is (there is no console chat to run
 * on a server). SIGTERM and SIGINT stop it: no new connections, requests
 * under way finish, then the process exits.
 */
import { createLogger } from '../../src/logger.ts';
import { loadReloadingCorpus } from '../../src/reloading-corpus.ts';
import { DEFAULT_WEB_PORT, type Config } from '../config.ts';
import { indexLocation, prepareIndexDir } from '../state/index-dir.ts';
import { startWebService } from './service.ts';

/** How long requests under way may take after a signal, before the process exits anyway. */
const EXIT_MS = 9_000;

export async function runWebOnly(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, 'ofsted-web', config.logFile ?? undefined);
  // The bot's index: INDEX_DIR, or DATA_DIR/index kept in step with the shipped reports.
  const index = indexLocation({ indexDir: config.indexDir, dataDir: config.store.dataDir });
  await prepareIndexDir(index, { logger });
  const indexDir = index.dir;
  const reloading = await loadReloadingCorpus({ logger, pollMs: config.indexPollMs, indexDir });
  const web = await startWebService({ corpus: reloading.corpus, logger, port: config.web.port ?? DEFAULT_WEB_PORT, indexDir });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'web reader stopping');
    reloading.stop();
    setTimeout(() => process.exit(0), EXIT_MS).unref();
    await web.stop();
    logger.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
