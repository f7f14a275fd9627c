/**
 * npm run conformance: how closely our Fountain and FDX readers agree with other implementations'
 * test suites in ../shared/corpora (outside the repository, see its README). A measurement, not a
 * test: it always exits 0 and prints per-suite agreement plus the first mismatches of each suite.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SuiteResult } from './conformance/compare.ts';
import { runFountainTools } from './conformance/fountain-tools.ts';
import { runNyousefi } from './conformance/nyousefi.ts';
import { runScreenplain } from './conformance/screenplain.ts';

const SHOW = Number(process.env.SHOW ?? 5);
const root = path.resolve(import.meta.dirname, '..', process.env.CORPORA ?? '../shared/corpora');

if (!fs.existsSync(root)) {
  console.log(`corpora not found (looked in ${root})`);
  process.exit(0);
}

const suites: [string, (dir: string) => SuiteResult | SuiteResult[]][] = [
  ['screenplain', runScreenplain],
  ['nyousefi-fountain', runNyousefi],
  ['fountain-tools', runFountainTools],
];

for (const [folder, run] of suites) {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) {
    console.log(`${folder}: not found`);
    continue;
  }
  for (const r of [run(dir)].flat()) {
    const na = r.notApplicable ? `, ${r.notApplicable} not applicable` : '';
    console.log(`${r.name}: ${r.passed}/${r.total} ${r.unit}${r.detail ? ` (${r.detail})` : ''}${na}`);
    for (const m of r.mismatches.slice(0, SHOW)) console.log(`  - ${m}`);
    if (r.mismatches.length > SHOW) console.log(`  … ${r.mismatches.length - SHOW} more`);
  }
}
