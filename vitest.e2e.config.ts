import { defineConfig } from 'vitest/config';

// End-to-end tests: the real renderer in Debian's Chromium against the browser-mode host.
// One file at a time: each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
