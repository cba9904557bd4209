/**
 * Acknowledged work that shutdown must wait for. Every platform handler runs
 * its work through `track()`; on SIGTERM, `drain()` waits until all of it has
 * settled (work that arrives while draining counts too, since it was acked),
 * or until the deadline, so an answer promised to a user is not dropped.
 */

export interface DrainResult {
  /** Work still running when the deadline passed (0 when everything finished). */
  unfinished: number;
  ms: number;
}

export interface WorkTracker {
  /** Count `work` as in flight until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** How much work is in flight now. */
  inFlight(): number;
  /** Resolve once nothing is in flight, or after `deadlineMs`. */
  drain(deadlineMs: number): Promise<DrainResult>;
}

export function createWorkTracker(): WorkTracker {
  let count = 0;
  let idle: (() => void)[] = [];
  const settle = (): void => {
    count -= 1;
    if (count > 0) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };
  return {
    track(work) {
      count += 1;
      work.then(settle, settle);
      return work;
    },
    inFlight: () => count,
    async drain(deadlineMs) {
      const started = performance.now();
      if (count > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => idle.push(resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs))),
        ]);
        clearTimeout(timer);
      }
      return { unfinished: count, ms: Math.round(performance.now() - started) };
    },
  };
}
