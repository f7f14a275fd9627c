/**
 * `npm test`: the unit suite and the end-to-end suite, each through vitest's JSON reporter, then
 * one closing line "N passed, N failed" summing both. Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const suites = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of suites) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-test-')), `${suite.name}.json`);
  const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '-c', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
  });
  if (!fs.existsSync(report)) {
    console.log(`${suite.name}: the runner produced no report (exit ${run.status})`);
    failed++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };
  // A file that fails to load counts as a failure even when no test in it ran.
  const broken = !r.success && r.numFailedTests === 0 ? 1 : 0;
  console.log(`${suite.name}: ${r.numPassedTests} passed, ${r.numFailedTests + broken} failed`);
  passed += r.numPassedTests;
  failed += r.numFailedTests + broken;
  skipped += r.numPendingTests + r.numTodoTests;
}
// Skipped tests are said on their own line: the last line stays exactly "N passed, N failed", which CI reads.
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
