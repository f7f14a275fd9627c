/**
 * Course packs and class reports at scale. Prints figures only.
 *  (a) A valid pack at the 200 MiB limit (course.json, large and small PNG-signature images,
 *      Markdown lessons), zipped with `naskah pack build`, then imported with `naskah pack import`
 *      as a user runs it (a fresh process: wall time and peak RSS from /usr/bin/time), and once
 *      more in this process to split the time between reading/verifying the zip and installing.
 *  (b) An instructor's class overview: 1,000 generated progress reports from 250 trainees,
 *      imported with `course.importReports`, then `course.classTable` (as the hosts call them).
 *  (c) The class view for a cohort of 1,000 trainees (one report each): `course.classTable`, then
 *      the view model the class view computes from it (facts per row, the behind rule, a filter,
 *      a sort, completion per module) and the CSV export, each timed (target < 2 s together).
 *   npm run bench:course        (REPORTS=n TRAINEES=n RUNS=n COHORT=n; PART=class runs (c) alone,
 *                                on a small pack with the same items: (a) writes a pack at the 2 GiB limit)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPackAt } from '../electron/course/read-pack.ts';
import { call } from '../electron/call.ts';
import { openBackend } from '../electron/host.ts';
import { installPack } from '../electron/services/course-install.ts';
import { BENCH_PACK_ID, generateReports, writeLargePack } from './course-data.ts';
import { median } from './stats.ts';
import { classCsv } from '../shared/course/class-csv.ts';
import { classViewRows, filterRows, moduleCompletion, NO_FILTER, sortRows } from '../shared/course/class-view.ts';

const REPORTS = Number(process.env.REPORTS ?? 1000);
const TRAINEES = Number(process.env.TRAINEES ?? 250);
const RUNS = Number(process.env.RUNS ?? 3);
const COHORT = Number(process.env.COHORT ?? 1000);
const TARGET_REPORTS_MS = 2000;
const root = path.resolve(import.meta.dirname, '..');
const naskah = path.join(root, 'bin/naskah.mjs');
const MiB = 1024 * 1024;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-course-'));

/** Runs the CLI under /usr/bin/time: wall seconds and peak RSS (MiB) of the whole process. */
function timedCli(args: string[], dataDir: string): { seconds: number; peakMiB: number } {
  const env = { ...process.env, NASKAH_DATA_DIR: dataDir };
  if (!fs.existsSync('/usr/bin/time')) {
    // No GNU time (not Debian): wall time only.
    const t0 = performance.now();
    execFileSync(process.execPath, [naskah, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    return { seconds: (performance.now() - t0) / 1000, peakMiB: NaN };
  }
  const out = path.join(work, 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', out, process.execPath, naskah, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [seconds, kb] = fs.readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { seconds, peakMiB: kb / 1024 };
}

const CLASS_ONLY = process.env.PART === 'class';

/** (c) The class view for a whole cohort, one latest report per trainee, on a fresh database. */
async function classView(zip: string): Promise<void> {
  const cohort = openBackend(fs.mkdtempSync(path.join(work, 'cohort-')), 'cli', 'en-US');
  try {
    installPack(cohort.ctx, await readPackAt(zip));
    const imported = await call(cohort.handlers, 'course.importReports', { files: generateReports(COHORT, COHORT) });
    if (imported.added !== COHORT) throw new Error(`cohort: ${imported.added} of ${COHORT} added`);
    const parts: Record<'table' | 'facts' | 'filterSort' | 'chart' | 'csv', number[]> = { table: [], facts: [], filterSort: [], chart: [], csv: [] };
    let behind = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const table = await call(cohort.handlers, 'course.classTable', { packId: BENCH_PACK_ID });
      parts.table.push(performance.now() - t);
      t = performance.now();
      const facts = classViewRows(table.rows, table.exercises, '2026-12-01');
      parts.facts.push(performance.now() - t);
      t = performance.now();
      const shown = sortRows(filterRows(facts, { ...NO_FILTER, behind: true, text: 'peserta' }), 'lastActivity', 'descending');
      sortRows(facts, 'behind', 'descending');
      parts.filterSort.push(performance.now() - t);
      behind = shown.length;
      t = performance.now();
      moduleCompletion(facts, table.modules);
      parts.chart.push(performance.now() - t);
      t = performance.now();
      classCsv(table);
      parts.csv.push(performance.now() - t);
    }
    const m = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)])) as Record<keyof typeof parts, number>;
    const total = m.table + m.facts + m.filterSort + m.chart + m.csv;
    console.log(
      `class view, ${COHORT} trainees (median of ${RUNS}): course.classTable ${m.table.toFixed(0)} ms; view model: facts + behind ${m.facts.toFixed(1)} ms, ` +
        `filter + two sorts ${m.filterSort.toFixed(1)} ms (${behind} behind), chart ${m.chart.toFixed(1)} ms, CSV ${m.csv.toFixed(1)} ms; together ${total.toFixed(0)} ms (target < ${TARGET_REPORTS_MS} ms)`,
    );
  } finally {
    cohort.close();
  }
}

try {
  if (CLASS_ONLY) {
    const folder = path.join(work, 'pack');
    writeLargePack(folder, { small: true });
    const zip = path.join(work, 'bench.naskahpack');
    timedCli(['pack', 'build', folder, '-o', zip], path.join(work, 'unused'));
    await classView(zip);
  } else {
    // (a) Pack import at the size limit.
    const folder = path.join(work, 'pack');
    const made = writeLargePack(folder);
    const zip = path.join(work, 'bench.naskahpack');
    const built = timedCli(['pack', 'build', folder, '-o', zip], path.join(work, 'unused'));
    console.log(
      `pack: ${made.files} files + course.json, ${(made.bytes / MiB).toFixed(1)} MiB; zip ${(fs.statSync(zip).size / MiB).toFixed(1)} MiB; ` +
        `naskah pack build ${built.seconds.toFixed(2)} s, peak RSS ${built.peakMiB.toFixed(0)} MiB`,
    );
    const cli: { seconds: number; peakMiB: number }[] = [];
    for (let i = 0; i < RUNS; i++) cli.push(timedCli(['pack', 'import', zip], fs.mkdtempSync(path.join(work, 'cli-data-'))));
    console.log(
      `naskah pack import (fresh data dir, whole process, ${RUNS} runs): median ${median(cli.map((r) => r.seconds)).toFixed(2)} s, ` +
        `peak RSS median ${median(cli.map((r) => r.peakMiB)).toFixed(0)} MiB (max ${Math.max(...cli.map((r) => r.peakMiB)).toFixed(0)} MiB)`,
    );

    const backend = openBackend(fs.mkdtempSync(path.join(work, 'data-')), 'cli', 'en-US');
    try {
      let t = performance.now();
      const read = await readPackAt(zip);
      const readMs = performance.now() - t;
      if (!read.ok) throw new Error(`pack refused: ${read.problems.map((p) => p.code).join(', ')}`);
      t = performance.now();
      const installed = installPack(backend.ctx, read);
      const installMs = performance.now() - t;
      if (!installed.changed) throw new Error('pack was not installed');
      console.log(`  of which (in process): read + verify the zip ${(readMs / 1000).toFixed(2)} s, install into SQLite ${(installMs / 1000).toFixed(2)} s`);

      // (b) Class overview.
      const files = generateReports(REPORTS, TRAINEES);
      const kb = files.reduce((n, f) => n + f.content.length, 0) / 1024;
      t = performance.now();
      const imported = await call(backend.handlers, 'course.importReports', { files });
      const importMs = performance.now() - t;
      if (imported.added !== REPORTS || imported.refused.length > 0) throw new Error(`reports: ${imported.added} added, ${imported.refused.length} refused`);
      const tableMs: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        rows = (await call(backend.handlers, 'course.classTable', { packId: BENCH_PACK_ID })).rows.length;
        tableMs.push(performance.now() - t);
      }
      console.log(
        `class reports: ${REPORTS} reports (${TRAINEES} trainees, ${(kb / 1024).toFixed(1)} MiB of JSON): course.importReports ${importMs.toFixed(0)} ms; ` +
          `course.classTable ${median(tableMs).toFixed(0)} ms (median of ${RUNS}, ${rows} rows); together ${(importMs + median(tableMs)).toFixed(0)} ms (target < ${TARGET_REPORTS_MS} ms)`,
      );
    } finally {
      backend.close();
    }

    await classView(zip);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
