import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { ISOLATED } from './tests/isolation.ts';

// Unit and integration tests run in Node: shared/ and services with a real SQLite file, editor
// behaviour as fixtures. End-to-end tests (tests/e2e) have their own runner and config.
// Two projects: `isolated` gives each of the files tests/isolation.ts lists a fresh process (they
// change or measure per-process state); `shared` runs every other file in long-lived workers that
// keep loaded modules, fonts and dictionaries from file to file — a fresh process per file cost
// more than the tests themselves. tests/isolation.test.ts keeps the list honest.
const UNIT = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const NOT_UNIT = ['tests/e2e/**', 'node_modules/**'];
const isolated = Object.keys(ISOLATED);

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // A worker per core. vitest's default keeps one core for itself (one worker on a two-core
    // machine), but its own process is mostly idle once the files are transformed, and many tests
    // wait on child processes, worker threads and the disk.
    maxWorkers: os.availableParallelism(),
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated, exclude: NOT_UNIT, isolate: true } },
      { extends: true, test: { name: 'shared', include: UNIT, exclude: [...NOT_UNIT, ...isolated], isolate: false } },
    ],
  },
});
