/**
 * The class folder at class size: 1,000 trainees' signed reports in one folder (plus sync-tool
 * temporary files), picked up by the instructor's poll through the contract (classFolder.poll),
 * as the class view calls it every CLASS_FOLDER_POLL_MS. Prints figures only.
 *  - publish: the trainees' atomic writes (temp name, fsync, rename), per file;
 *  - cold pick-up: one poll that finds all the reports settled and imports them;
 *  - idle poll: nothing changed (the cost of every tick while the class view is open);
 *  - a few new reports among the many: what one tick costs when some trainees publish;
 *  - after a restart (memory lost): every file read again, all duplicates, nothing imported twice.
 *   npm run bench:class-folder        (TRAINEES=n RUNS=n)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { call } from '../electron/call.ts';
import { publishAtomic } from '../electron/class-folder/publish.ts';
import { openBackend, type Backend } from '../electron/host.ts';
import { CLASS_FOLDER_POLL_MS } from '../renderer/course/use-class-folder-poll.ts';
import { SETTLE_MS } from '../electron/services/class-folder.ts';
import { packEntries, rawZip } from '../tests/electron/course/pack-fixture.ts';
import { BENCH_PACK_ID, generateReports } from './course-data.ts';
import { median } from './stats.ts';

const TRAINEES = Number(process.env.TRAINEES ?? 1000);
const RUNS = Number(process.env.RUNS ?? 3);
const NEW = 10;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-folder-'));

async function instructor(folder: string): Promise<Backend> {
  const backend = openBackend(fs.mkdtempSync(path.join(work, 'data-')), 'cli', 'en-US');
  await call(backend.handlers, 'course.install', { fileName: 'bench.naskahpack', content: (await rawZip(packEntries({ id: BENCH_PACK_ID }))).toString('base64') });
  await call(backend.handlers, 'classFolder.set', { path: folder });
  return backend;
}

/** Dated well before now: files a sync tool finished copying a while ago. */
function age(folder: string, names: string[]): void {
  const past = new Date(Date.now() - 60_000);
  for (const n of names) fs.utimesSync(path.join(folder, n), past, past);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

try {
  const folder = path.join(work, 'class');
  fs.mkdirSync(folder);
  // One report per trainee, two weeks' worth: the second publish of each replaces the first.
  const reports = generateReports(TRAINEES + NEW, TRAINEES + NEW);
  const first = reports.slice(0, TRAINEES);
  const later = reports.slice(TRAINEES);
  const t = performance.now();
  const names = first.map((r, i) => path.basename(publishAtomic(folder, `report-trainee-${String(i).padStart(4, '0')}.naskahreport`, r.content)));
  const publishMs = performance.now() - t;
  for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(folder, `.syncthing.report-x${i}.naskahreport.tmp`), 'partial');
  age(folder, names);
  const mib = first.reduce((n, r) => n + r.content.length, 0) / 1024 / 1024;
  console.log(`publish: ${TRAINEES} reports (${mib.toFixed(1)} MiB) written atomically in ${publishMs.toFixed(0)} ms (${(publishMs / TRAINEES).toFixed(2)} ms each)`);

  const cold: number[] = [];
  const idle: number[] = [];
  const fresh: number[] = [];
  const restart: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const backend = await instructor(folder);
    try {
      const c = await timed(() => call(backend.handlers, 'classFolder.poll', {}));
      if (c.value.added !== TRAINEES || c.value.refused.length > 0) throw new Error(`cold poll: ${c.value.added} added, ${c.value.refused.length} refused`);
      cold.push(c.ms);
      const i = await timed(() => call(backend.handlers, 'classFolder.poll', {}));
      if (i.value.added !== 0) throw new Error('idle poll imported something');
      idle.push(i.ms);
      // A few trainees publish a newer report (new names this run so each run adds them afresh).
      const added = later.map((r, k) => path.basename(publishAtomic(folder, `report-new-${run}-${k}.naskahreport`, r.content)));
      age(folder, added);
      const f = await timed(() => call(backend.handlers, 'classFolder.poll', {}));
      if (f.value.added !== NEW) throw new Error(`new reports: ${f.value.added} added`);
      fresh.push(f.ms);
      for (const n of added) fs.rmSync(path.join(folder, n));
    } finally {
      backend.close();
    }
  }
  {
    // A restart: the same data directory reopened has no poll memory, the store still has every report.
    const backend = await instructor(folder);
    try {
      await call(backend.handlers, 'classFolder.poll', {});
      const dataDir = backend.ctx.dataDir;
      backend.close();
      for (let run = 0; run < RUNS; run++) {
        const again = openBackend(dataDir, 'cli', 'en-US');
        try {
          const r = await timed(() => call(again.handlers, 'classFolder.poll', {}));
          if (r.value.added !== 0 || r.value.duplicates !== TRAINEES) throw new Error(`restart poll: ${r.value.added} added, ${r.value.duplicates} duplicates`);
          restart.push(r.ms);
        } finally {
          again.close();
        }
      }
    } catch (err) {
      backend.close();
      throw err;
    }
  }
  const coldMs = median(cold);
  console.log(`cold pick-up: ${TRAINEES} settled reports + 20 sync-tool temp files, one classFolder.poll: median ${coldMs.toFixed(0)} ms (${RUNS} runs, fresh data dir each)`);
  console.log(`idle poll (nothing changed, ${TRAINEES} files listed and stat'ed): median ${median(idle).toFixed(1)} ms`);
  console.log(`${NEW} new reports among ${TRAINEES}: one poll median ${median(fresh).toFixed(1)} ms`);
  console.log(`after a restart (memory lost): every file re-read, ${TRAINEES} duplicates, 0 added: median ${median(restart).toFixed(0)} ms`);
  console.log(
    `pick-up time as the instructor sees it: a report published just now appears within one poll interval (${CLASS_FOLDER_POLL_MS / 1000} s) ` +
      `plus, if it was still fresh (< ${SETTLE_MS / 1000} s old), one more interval to confirm it stopped changing, plus the poll itself: ` +
      `at most ${((2 * CLASS_FOLDER_POLL_MS + median(fresh)) / 1000).toFixed(2)} s for a few, ${((2 * CLASS_FOLDER_POLL_MS + coldMs) / 1000).toFixed(2)} s for the whole class at once`,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
