/**
 * Where the slow keystrokes of bench:typing go: types one run (the bench's keys and rhythm) into
 * an unminified build of the renderer while Chromium traces it, then prints where the renderer's
 * main thread spent its time (keystrokes, frames, timers, React's scheduler, worker messages) and
 * every other task longer than LONG ms with the functions that ran in it (from the trace's CPU
 * profile) and the keys it delayed. A tool for finding the cause, not a figure: tracing and
 * sampling slow the page down.
 * Durations are given as wall time and as the main thread's CPU time (the trace's thread clock),
 * which a machine shared with other work inflates far less, and which throttling leaves at ×1.
 *   npm run bench:typing-profile   (BLOCKS=3000 SCRIPT=marks AT=0.5 THROTTLE=4 KEYS=150 SLOW=40 LONG=8;
 *                                   TRACE=file.json also writes the raw trace for DevTools;
 *                                   SOURCE=dir builds the renderer from another checkout, e.g. the
 *                                   code before a change, for a comparison in the same minutes)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../electron/repo-root.ts';
import { writeJsonModel } from '../shared/screenplay/json.ts';
import { launchApp } from '../tests/e2e/harness.ts';
import { generateBlocks, generateMarkedBlocks } from './generate.ts';
import { median, pct } from './stats.ts';
import { openAtCaret, typeKeys } from './typing-keys.ts';

const BLOCKS = Number(process.env.BLOCKS ?? 3000);
const GENERATE = process.env.SCRIPT === 'plain' ? generateBlocks : generateMarkedBlocks;
const AT = Number(process.env.AT ?? 0.5);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const KEYS = Number(process.env.KEYS ?? 150);
const SLOW = Number(process.env.SLOW ?? 40);
const LONG = Number(process.env.LONG ?? 8);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread (µs), where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

// An unminified production build, so the profile names our functions.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-profile-'));
const source = process.env.SOURCE || REPO_ROOT;
execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', dir], {
  cwd: source,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
const app = await launchApp({ rendererDir: dir });
const { page } = app;
const cdp = await page.context().newCDPSession(page);
const reply = await app.backend.handlers['library.import']({ fileName: `bench-${BLOCKS}.json`, content: writeJsonModel(GENERATE(BLOCKS)) });
await openAtCaret(page, app.url, reply.title, AT);

const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.cpu_profiler', 'toplevel'],
  },
});
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
const { fromEvent: lat, fromHandler } = await typeKeys(page, KEYS, 'typist', { mark: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await cdp.send('Tracing.end');
await done;
await app.close();
fs.rmSync(dir, { recursive: true, force: true });
if (process.env.TRACE) fs.writeFileSync(process.env.TRACE, JSON.stringify({ traceEvents: events }));

console.log(`${BLOCKS} blocks (${process.env.SCRIPT === 'plain' ? 'plain' : 'marks'}), caret at ${AT}, CPU ×${THROTTLE}, traced: median ${median(lat).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms (from the handler ${pct(fromHandler, 95).toFixed(1)}), ${lat.filter((x) => x > SLOW).length} keys over ${SLOW} ms`);

// The renderer's main thread: the thread of the key marks.
const marks: { key: number; ts: number }[] = [];
for (const e of events) {
  const m = /^key (\d+)$/.exec(e.name);
  if (m && e.cat.includes('user_timing')) marks.push({ key: Number(m[1]), ts: e.ts });
}
const first = events.find((e) => /^key \d+$/.test(e.name) && e.cat.includes('user_timing'));
if (!first) throw new Error('no key marks in the trace');
const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
const tasks = main.filter((e) => e.name === 'RunTask' && e.dur !== undefined);

// The main thread's CPU profile: samples with their times, on the trace's clock.
interface ProfileNode { id: number; callFrame: { functionName: string; lineNumber: number }; parent?: number; children?: number[] }
const profile = events.find((e) => e.name === 'Profile' && e.pid === first.pid && e.tid === first.tid);
const nodes = new Map<number, ProfileNode>();
const samples: { ts: number; node: number }[] = [];
let clock = Number((profile?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
for (const e of events) {
  if (e.name !== 'ProfileChunk' || !profile || e.id !== profile.id) continue;
  const data = e.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
  for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  const ids = data.cpuProfile?.samples ?? [];
  for (let i = 0; i < ids.length; i++) {
    clock += data.timeDeltas?.[i] ?? 0;
    samples.push({ ts: clock, node: ids[i] });
  }
}
for (const n of nodes.values()) for (const c of n.children ?? []) if (nodes.has(c)) nodes.get(c)!.parent = n.id;
samples.sort((a, b) => a.ts - b.ts);
// React's, the scheduler's and the event system's own frames say nothing about whose work it was.
const PLUMBING = /^\((root|program|idle)\)|^(performWorkOnRoot|flushSync|processRoot|performSync|renderRootSync|workLoop|commitRoot|completeRoot|recursivelyTraverse|commit\w*OnFiber|flush\w*Effects|performUnitOfWork|beginWork|update\w*Component|renderWithHooks|performWorkUntilDeadline|flushSpawnedWork|dispatch|batchedUpdates|processDispatchQueue|\(anonymous\))/;

/** What a task was: the first event it dispatched, else its kind of work. */
function kindOf(task: TraceEvent): string {
  const end = task.ts + task.dur!;
  const inner = main.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
  const event = inner.find((e) => e.name === 'EventDispatch');
  if (event) return `event ${String(event.args?.data?.type)}`;
  if (inner.some((e) => e.name === 'Paint')) return 'frame (style, layout, paint)';
  if (inner.some((e) => e.name === 'TimerFire')) return 'timer';
  if (inner.some((e) => e.name === 'HandlePostMessage')) return 'message';
  if (inner.some((e) => e.name.includes('GC'))) return 'garbage collection';
  const call = inner.find((e) => e.name === 'FunctionCall');
  return call ? `call ${String(call.args?.data?.functionName || '(anonymous)')}` : 'other';
}

/** The functions (not React's plumbing) with the most samples inside [from, to). */
function functionsIn(from: number, to: number, top = 8): string {
  const counts = new Map<string, number>();
  let lo = 0;
  while (lo < samples.length && samples[lo].ts < from) lo++;
  for (let i = lo; i < samples.length && samples[i].ts < to; i++) {
    const seen = new Set<string>();
    for (let n = nodes.get(samples[i].node); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
      const name = n.callFrame.functionName || '(anonymous)';
      if (PLUMBING.test(name) || seen.has(name)) continue;
      seen.add(name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${v}`).join(', ');
}

const byKind = new Map<string, { n: number; ms: number; max: number; cpu: number; maxCpu: number }>();
for (const t of tasks) {
  const k = kindOf(t);
  const s = byKind.get(k) ?? { n: 0, ms: 0, max: 0, cpu: 0, maxCpu: 0 };
  s.n++;
  s.ms += t.dur! / 1000;
  s.max = Math.max(s.max, t.dur! / 1000);
  s.cpu += (t.tdur ?? 0) / 1000;
  s.maxCpu = Math.max(s.maxCpu, (t.tdur ?? 0) / 1000);
  byKind.set(k, s);
}
console.log('\nMain-thread tasks by kind, wall (CPU) ms:');
for (const [k, v] of [...byKind].sort((a, b) => b[1].ms - a[1].ms)) {
  if (v.ms >= 5) console.log(`  ${k.padEnd(32)} ${String(v.n).padStart(5)} tasks, ${v.ms.toFixed(0).padStart(6)} (${v.cpu.toFixed(0)}) in all, longest ${v.max.toFixed(1)} (${v.maxCpu.toFixed(1)})`);
}
const cpuOf = (t: TraceEvent) => (t.tdur ?? 0) / 1000;
const others = tasks.filter((t) => !/^(event key|event textInput|event input|event beforeinput|frame)/.test(kindOf(t)));
const longest = others.map(cpuOf).sort((a, b) => b - a);
console.log(`Tasks other than keystrokes and frames: ${others.length}, CPU ${longest.reduce((a, b) => a + b, 0).toFixed(0)} ms in all; the ten longest (CPU ms): ${longest.slice(0, 10).map((x) => x.toFixed(1)).join(', ')}; over 4 ms: ${longest.filter((x) => x > 4).length}`);

const t0 = tasks[0]?.ts ?? 0;
const KEY_TASKS = /^(event key|event textInput|event input|event beforeinput|frame)/;
console.log(`\nOther tasks over ${LONG} ms (time from the first task; samples of the functions in them; keys they delayed):`);
for (const t of tasks) {
  if (t.dur! < LONG * 1000) continue;
  const kind = kindOf(t);
  if (KEY_TASKS.test(kind)) continue;
  const end = t.ts + t.dur!;
  // A key's wait runs from its event's time stamp (before the mark) to its frame.
  const delayed = marks.filter((m) => m.ts - (lat[m.key] - fromHandler[m.key]) * 1000 < end && m.ts + fromHandler[m.key] * 1000 > t.ts && lat[m.key] > SLOW).map((m) => `${m.key} (${lat[m.key].toFixed(0)} ms)`);
  console.log(`  ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms: ${(t.dur! / 1000).toFixed(1)} ms (CPU ${cpuOf(t).toFixed(1)}) ${kind}: ${functionsIn(t.ts, end)}${delayed.length ? `; delayed keys ${delayed.join(', ')}` : ''}`);
}
