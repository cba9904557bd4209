import { describe, expect, it } from 'vitest';
import { createPerKeyQueue } from '../../adapters/runtime/per-key-queue.ts';
import { createWorkTracker } from '../../adapters/runtime/work-tracker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work tracker', () => {
  it('drains once all work has settled, including work added while draining', async () => {
    const tracker = createWorkTracker();
    void tracker.track(sleep(50));
    void tracker.track(sleep(20).then(() => Promise.reject(new Error('failed work counts as settled')))).catch(() => undefined);
    setTimeout(() => void tracker.track(sleep(80)), 30);
    const result = await tracker.drain(1_000);
    expect(result.unfinished).toBe(0);
    expect(result.ms).toBeGreaterThanOrEqual(100);
  });

  it('gives up at the deadline and says how much is left', async () => {
    const tracker = createWorkTracker();
    void tracker.track(new Promise(() => undefined));
    const result = await tracker.drain(50);
    expect(result.unfinished).toBe(1);
  });
});

describe('per-key queue', () => {
  it('limits calls per key, in order, without holding up other keys', async () => {
    const queue = createPerKeyQueue(2);
    const order: string[] = [];
    const running = new Map<string, number>();
    let most = 0;
    const call = (key: string, name: string, ms: number) =>
      queue.run(key, async () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        most = Math.max(most, running.get(key) ?? 0);
        await sleep(ms);
        running.set(key, (running.get(key) ?? 0) - 1);
        order.push(name);
      });
    const slow = [call('A', 'a1', 100), call('A', 'a2', 100), call('A', 'a3', 10)];
    await call('B', 'b1', 10);
    expect(order).toEqual(['b1']);
    await Promise.all(slow);
    expect(most).toBe(2);
    expect(order.slice(1)).toEqual(['a1', 'a2', 'a3']);
  });
});
