import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    dir: 'test',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where the run took 536 s of the
    // 600 allowed. Most files wait on servers and child processes, so two workers share the cores well: 374 s.
    maxWorkers: 2,
    // Builds the search index from the shipped reports once, before the test files load it in parallel.
    globalSetup: ['test/global-setup.ts'],
  },
});
