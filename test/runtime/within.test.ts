import { afterEach, describe, expect, it } from 'vitest';
import { within } from '../../adapters/runtime/within.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a stop step with a deadline (within)', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown): void => void unhandled.push(reason);
  process.on('unhandledRejection', record);
  afterEach(() => void (unhandled.length = 0));

  it('says done for work that settles in time, and late for work that does not', async () => {
    expect(await within(sleep(10), 500)).toBe('done');
    expect(await within(new Promise(() => undefined), 30)).toBe('late');
  });

  // Promise.race holds a reaction on the work, so a failure after the deadline is handled there, not left unhandled.
  it('throws a failure in time, and leaves no unhandled rejection for one after the deadline', async () => {
    await expect(within(sleep(5).then(() => Promise.reject(new Error('stop failed'))), 500)).rejects.toThrow('stop failed');
    expect(await within(sleep(60).then(() => Promise.reject(new Error('failed late'))), 10)).toBe('late');
    await sleep(100);
    expect(unhandled).toEqual([]);
    process.off('unhandledRejection', record);
  });
});
