import { describe, expect, it } from 'vitest';
import { createDedupe } from '../../adapters/slack/dedupe.ts';

describe('createDedupe', async () => {
  it('says true once per key within the window, then again after it', async () => {
    let now = 0;
    const dedupe = createDedupe({ ttlMs: 1000, now: () => now });
    expect(await dedupe.first('C1:1.1')).toBe(true);
    expect(await dedupe.first('C1:1.1')).toBe(false);
    expect(await dedupe.first('C1:1.2')).toBe(true);
    now = 1500;
    expect(await dedupe.first('C1:1.1')).toBe(true);
  });

  it('keeps memory bounded', async () => {
    const dedupe = createDedupe({ maxKeys: 10 });
    for (let i = 0; i < 100; i += 1) await dedupe.first(`k${i}`);
    expect(await dedupe.first('k99')).toBe(false);
    expect(await dedupe.first('k0')).toBe(true);
  });
});
