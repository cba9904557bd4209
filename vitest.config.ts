import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    dir: 'test',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Builds the search index from the shipped reports once, before the test files load it in parallel.
    globalSetup: ['test/global-setup.ts'],
  },
});
