/**
 * At most `concurrency` calls at a time per key (a Slack or Discord channel),
 * the rest queued in order. One channel that is rate limited or whose calls
 * hang then holds only its own few slots, and every other channel's answers
 * go straight through.
 */

export interface PerKeyQueue {
  /** Run `call` when `key` has a free slot. */
  run<T>(key: string, call: () => Promise<T>): Promise<T>;
}

export function createPerKeyQueue(concurrency = 2): PerKeyQueue {
  const lanes = new Map<string, { running: number; waiting: (() => void)[] }>();
  return {
    async run(key, call) {
      let lane = lanes.get(key);
      if (lane === undefined) {
        lane = { running: 0, waiting: [] };
        lanes.set(key, lane);
      }
      const current = lane;
      // A freed slot passes straight to the next waiter, so a newcomer cannot jump the queue.
      if (current.running >= concurrency) await new Promise<void>((resolve) => current.waiting.push(resolve));
      else current.running += 1;
      try {
        return await call();
      } finally {
        const next = current.waiting.shift();
        if (next !== undefined) next();
        else if (--current.running === 0) lanes.delete(key);
      }
    },
  };
}
