import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node: shared/ and services with a real SQLite file, editor
// behaviour as fixtures. End-to-end tests (tests/e2e) have their own runner and config.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
