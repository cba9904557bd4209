/**
 * One harness per test file: started before the file's tests, the stand-in's
 * records cleared before each test, closed after. Kept apart from
 * `harness.ts` because the benchmark script uses that outside vitest.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from './harness.ts';

/** The file's harness; usable inside tests and hooks (it is filled in by `beforeAll`). */
export function useHarness(options: HarnessOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness(options));
  });
  afterAll(async () => {
    await harness.close?.();
  });
  beforeEach(() => harness.standIn.reset());
  return harness;
}
