import { defineConfig } from 'vitest/config';

// The cross-engine end-to-end tests (tests/engines/): WebKit and Gecko, each in a browser and on a server of its own,
// the two engines side by side, each engine's tests in order (the last one stops its server).
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
