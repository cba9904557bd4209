/**
 * Alerts in a running bot: plan on start (the first start with an empty
 * store only records what is there), plan again whenever the index reloads,
 * and keep the outbox worker delivering.
 */
import type { Logger } from '../../src/logger.ts';
import type { ReloadingCorpus } from '../../src/reloading-corpus.ts';
import type { Store } from '../store/open-store.ts';
import { startOutboxWorker, type AlertSender, type OutboxWorkerOptions } from './outbox-worker.ts';
import { planAlerts } from './plan-alerts.ts';

export interface AlertService {
  /** Plan alerts for the current index now; resolves with how many were queued. */
  plan(): Promise<number>;
  /** Resolves when the outbox has nothing due. */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

export interface AlertServiceOptions {
  store: Store;
  reloading: ReloadingCorpus;
  senders: readonly AlertSender[];
  logger: Logger;
  worker?: Partial<Pick<OutboxWorkerOptions, 'pollMs' | 'batch' | 'concurrency' | 'maxAttempts'>>;
}

export async function startAlertService(options: AlertServiceOptions): Promise<AlertService> {
  const { store, reloading, logger } = options;
  const worker = startOutboxWorker({ store, senders: options.senders, logger, ...options.worker });
  const plan = async (): Promise<number> => {
    const queued = await planAlerts(store, reloading.current(), logger);
    if (queued > 0) worker.kick();
    return queued;
  };
  reloading.onReload(async () => {
    await plan();
  });
  try {
    await plan();
  } catch (error) {
    logger.error({ err: error }, 'could not plan alerts at start; will try again at the next index change');
  }
  return {
    plan,
    drained: () => worker.drained(),
    stop: () => worker.stop(),
  };
}
