/**
 * What a first start says while it builds the search index (about ten
 * seconds of CPU, longer on a busy machine), so nobody stares at a blank
 * screen: on a terminal, one line that counts the seconds; in a service's
 * log, a line at the start and one every few seconds after.
 */
import type { Logger } from '../../src/logger.ts';

/** A terminal (stderr), a stream of plain lines, or the structured log. */
export type ProgressSink = 'terminal' | Logger | { write(text: string): unknown; isTTY?: boolean };

export interface BuildProgress {
  /** The build finished (null: another process built it meanwhile). */
  done(result: { reports: number; ms: number } | null): void;
  failed(): void;
}

export const BUILDING_MESSAGE = 'building the search index (about 10 s)…';
/** Seconds between progress lines in a log. */
const LOG_EVERY_MS = 5_000;

function isLogger(sink: ProgressSink): sink is Logger {
  return typeof sink === 'object' && 'info' in sink && typeof sink.info === 'function';
}

export function startBuildProgress(sink: ProgressSink): BuildProgress {
  const started = performance.now();
  const seconds = (): number => Math.round((performance.now() - started) / 1000);
  if (isLogger(sink)) {
    sink.info(BUILDING_MESSAGE);
    const timer = setInterval(() => sink.info({ seconds: seconds() }, 'still building the search index'), LOG_EVERY_MS);
    timer.unref();
    return {
      done: () => clearInterval(timer),
      failed: () => clearInterval(timer),
    };
  }
  const out = sink === 'terminal' ? process.stderr : sink;
  const live = out.isTTY === true;
  out.write(live ? BUILDING_MESSAGE : `${BUILDING_MESSAGE}\n`);
  // On a terminal the line counts up; elsewhere (a pipe, a file) one line at the start and one at the end.
  const timer = live ? setInterval(() => out.write(`\r\x1b[K${BUILDING_MESSAGE} ${seconds()} s`), 1000) : null;
  timer?.unref();
  const finish = (text: string): void => {
    if (timer !== null) clearInterval(timer);
    out.write(live ? `\r\x1b[K${text}\n` : `${text}\n`);
  };
  return {
    done: (result) =>
      finish(result === null ? 'search index ready (built by another process)' : `search index built: ${result.reports} reports in ${(result.ms / 1000).toFixed(1)} s`),
    failed: () => finish('building the search index failed'),
  };
}
