/**
 * The renderer's main-thread CPU time per keystroke (Chromium's Performance.getMetrics: ThreadTime,
 * and the script, layout and style parts of it), for renderer builds typed into alternately: a
 * figure that the machine's load inflates far less than latency, and cheap enough to take without
 * a trace. Same script, caret and keys as bench:typing (typing-keys.ts).
 *   npm run bench:typing-cpu   RENDERERS=dirA,dirB (builds to compare; default dist/renderer)
 *                              ROUNDS=n (each build typed into n times, alternately: 3)
 *                              BLOCKS=3000 THROTTLE=4 KEYS=150 AT=0.5 SCRIPT=marks|plain
 * Prints, per run: CPU ms per key (all of the main thread: keystrokes, frames, the layout after a
 * pause, spelling, autosave), script, layout and style ms per key, and the latency p95 beside it.
 */
import os from 'node:os';
import { writeJsonModel } from '../shared/screenplay/json.ts';
import { launchApp } from '../tests/e2e/harness.ts';
import { generateBlocks, generateMarkedBlocks } from './generate.ts';
import { median, pct } from './stats.ts';
import { openAtCaret, typeKeys } from './typing-keys.ts';

const DIRS = (process.env.RENDERERS ?? '').split(',').filter(Boolean);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const BLOCKS = Number(process.env.BLOCKS ?? 3000);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const KEYS = Number(process.env.KEYS ?? 150);
const AT = Number(process.env.AT ?? 0.5);
const GENERATE = process.env.SCRIPT === 'plain' ? generateBlocks : generateMarkedBlocks;
const load = () => os.loadavg()[0].toFixed(1);

const screenplay = GENERATE(BLOCKS);
const results = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const dir of DIRS.length ? DIRS : ['']) {
    const app = await launchApp({ rendererDir: dir || undefined });
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    const reply = await app.backend.handlers['library.import']({ fileName: `bench-${BLOCKS}.json`, content: writeJsonModel(screenplay) });
    await openAtCaret(page, app.url, reply.title, AT);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const l0 = load();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const before = await metrics();
    const { fromEvent } = await typeKeys(page, KEYS, 'typist');
    const after = await metrics();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await app.close();
    const per = (k: string) => ((after[k] - before[k]) * 1000) / KEYS;
    const cpu = per('ThreadTime');
    results.set(dir, [...(results.get(dir) ?? []), cpu]);
    console.log(
      `${dir || 'dist/renderer'}: CPU ${cpu.toFixed(1)} ms/key (script ${per('ScriptDuration').toFixed(1)}, layout ${per('LayoutDuration').toFixed(1)}, style ${per('RecalcStyleDuration').toFixed(1)}; tasks ${per('TaskDuration').toFixed(1)} wall); latency median ${median(fromEvent).toFixed(1)}, p95 ${pct(fromEvent, 95).toFixed(1)} ms; ${BLOCKS} blocks, CPU ×${THROTTLE}; load ${l0}–${load()}`,
    );
  }
}
for (const [dir, cpus] of results) console.log(`${dir || 'dist/renderer'}: CPU ms/key ${cpus.map((c) => c.toFixed(1)).join(' / ')} (median ${median(cpus).toFixed(1)})`);
