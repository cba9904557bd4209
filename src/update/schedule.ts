/**
 * Running the update in the background on a cron schedule (`UPDATE_SCHEDULE`)
 * with croner, into the bot's index directory. A run still going when the next
 * is due is not overlapped; with several replicas, the {@link UpdateLock} lets
 * one run and the others skip. Every outcome is logged; none stops the bot.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger.ts';
import type { HttpClientOptions } from './http-client.ts';
import type { UpdateLock } from './lock.ts';
import { formatSummary } from './summary.ts';
import { runUpdate, SiteStructureError, UpdateError, type UpdateSummary } from './update.ts';

export interface UpdateScheduleOptions {
  /** A cron expression (validated by the config). */
  schedule: string;
  baseUrl: string;
  indexDir: string;
  logger: Logger;
  /** Default: the lock file in the index directory. */
  lock?: UpdateLock;
  http?: HttpClientOptions;
  /** Called after each run that completed (for reloading the index and alerting followers). */
  onUpdate?: (summary: UpdateSummary) => void | Promise<void>;
}

export interface UpdateSchedule {
  /** When the next run is due, or null when stopped. */
  nextRun(): Date | null;
  /** Runs the update now (as the schedule does); resolves its summary, or null when it did not complete. */
  runNow(): Promise<UpdateSummary | null>;
  stop(): void;
}

/** Schedules started in this process, for unique job names. */
let scheduled = 0;

/** Starts the schedule; see the module comment. */
export function startUpdateSchedule(options: UpdateScheduleOptions): UpdateSchedule {
  const log = options.logger.child({ component: 'update' });
  let running: Promise<UpdateSummary | null> | null = null;

  const once = async (): Promise<UpdateSummary | null> => {
    log.info({ baseUrl: options.baseUrl, indexDir: options.indexDir }, 'update: scheduled run started');
    try {
      const summary = await runUpdate({
        baseUrl: options.baseUrl,
        indexDir: options.indexDir,
        logger: log,
        ...(options.lock === undefined ? {} : { lock: options.lock }),
        ...(options.http === undefined ? {} : { http: options.http }),
      });
      const counts = { found: summary.found, new: summary.new.length, held: summary.held.length, refused: summary.refused.length, failed: summary.failed.length };
      const level = summary.refused.length + summary.failed.length > 0 ? 'warn' : 'info';
      log[level]({ ...counts, newReports: summary.new.map((i) => i.reportId), ms: summary.ms, summary: formatSummary(summary) }, 'update: scheduled run finished');
      await options.onUpdate?.(summary);
      return summary;
    } catch (error) {
      if (error instanceof UpdateError && /holds it/.test(error.message)) log.info({ reason: error.message }, 'update: another update is running; skipped');
      else if (error instanceof SiteStructureError || error instanceof UpdateError) log.error({ reason: error.message }, 'update: scheduled run stopped; the index is unchanged');
      else log.error({ err: error }, 'update: scheduled run failed; the index is unchanged');
      return null;
    }
  };
  const runNow = (): Promise<UpdateSummary | null> => {
    running ??= once().finally(() => {
      running = null;
    });
    return running;
  };

  // croner keeps named jobs in one registry per process: each schedule's name must be its own.
  scheduled += 1;
  const job = new Cron(options.schedule, { protect: true, unref: true, name: `ofsted-update-${scheduled}` }, async () => {
    await runNow();
  });
  log.info({ schedule: options.schedule, next: job.nextRun()?.toISOString() ?? null }, 'update: schedule started');
  return {
    nextRun: () => job.nextRun(),
    runNow,
    stop: () => job.stop(),
  };
}
