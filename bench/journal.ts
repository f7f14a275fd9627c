/**
 * The draft journal's cost per write in Chromium, with its real localStorage, at 3,000 and 12,000
 * blocks: what each autosave now journals (the change: one element while typing) against what
 * it journaled before (the whole draft). The page code is the app's own DraftSaver and journal,
 * bundled by Vite and served from 127.0.0.1 (localStorage needs an origin). Prints figures only.
 *   npm run bench:journal        (WRITES=n per size)
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/harness.ts';
import type { JournalFigures } from './journal-page.ts';
import { median, pct } from './stats.ts';

const WRITES = Number(process.env.WRITES ?? 200);
const TARGET_MS = 2;
const here = path.dirname(fileURLToPath(import.meta.url));

const bundle = (await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: false, lib: { entry: path.join(here, 'journal-page.ts'), formats: ['iife'], name: 'journalBench', fileName: 'journal' } },
})) as Rollup.RollupOutput[];
const code = bundle[0].output[0].code;

// Cross-origin isolated, so that performance.now() has 5 µs resolution instead of 100 µs.
const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const server = http.createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { ...isolated, 'content-type': 'text/javascript' }).end(code);
  else res.writeHead(200, { ...isolated, 'content-type': 'text/html' }).end('<!doctype html><script src="/bench.js"></script>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
console.log(`Draft journal, one write per autosave, Chromium localStorage; ${WRITES} writes per size`);
// A warm-up on a small script first: the figures are for code the browser has compiled.
await page.evaluate(() => (window as unknown as { journalBench: { run(b: number, w: number): JournalFigures } }).journalBench.run(300, 50));
for (const blocks of [3000, 12000]) {
  const f = await page.evaluate(([b, w]) => (window as unknown as { journalBench: { run(b: number, w: number): JournalFigures } }).journalBench.run(b, w), [blocks, WRITES] as const);
  const fmt = (xs: number[]) => `median ${median(xs).toFixed(3)} ms, p95 ${pct(xs, 95).toFixed(3)} ms, max ${Math.max(...xs).toFixed(2)} ms`;
  console.log(`journal ${String(blocks).padStart(5)} blocks, the change (${f.patchBytes} bytes): ${fmt(f.patchMs)}; first after opening (compares by value) ${f.firstMs.toFixed(2)} ms (target ≤ ${TARGET_MS} ms a write)`);
  console.log(`journal ${String(blocks).padStart(5)} blocks, the whole draft as before (${f.draftKb.toFixed(0)} KB): ${fmt(f.wholeMs)}`);
}
await browser.close();
server.close();
