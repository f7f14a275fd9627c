/**
 * Opening a long script in the real renderer (Debian Chromium, browser mode) and saving it:
 *  - open → editable: click on the script in the library until the editor shows its blocks,
 *    accepts input and shows the right page count (the layout has run), timed inside the page;
 *    median of OPENS opens of a generated 120-page and 400-page script (pages confirmed with the
 *    layout engine, US Letter);
 *  - the renderer's JS heap after a forced GC, on the library and with the 400-page script open;
 *  - autosave in the back end: `draft.save` of the whole draft, as the service and as the hosts
 *    call it (payload validated by the contract), median and p95 of SAVES saves.
 * Prints figures only.   npm run bench:open        (OPENS=n SAVES=n; RENDERER=dir another renderer build; SCRIPT=marks: scripts whose
 *                                                  pages the page view marks in every scene, generate.ts)
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { writeJsonModel } from '../shared/screenplay/json.ts';
import { PAPER_PROFILES } from '../shared/screenplay/layout/profiles.ts';
import { call } from '../electron/call.ts';
import { launchApp } from '../tests/e2e/harness.ts';
import { generateBlocks, generateMarkedBlocks, generatePages } from './generate.ts';
import { median, pct } from './stats.ts';

const OPENS = Number(process.env.OPENS ?? 5);
const SAVES = Number(process.env.SAVES ?? 20);
const TARGET_OPEN_MS = 400;
const TARGET_AUTOSAVE_MS = 5;

const app = await launchApp({ locale: 'en-US', rendererDir: process.env.RENDERER || undefined });
const { page } = app;
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

async function heapMb(): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

/**
 * One open, timed in the page: from the click on the title to the first frame where the editor is
 * usable; then on to the frame where every block is in the DOM (chunk-mount.tsx mounts the chunks
 * past the first ones when the page is idle: `data-mounting` on the editor until then).
 */
async function openOnce(title: string, pages: number): Promise<{ total: number; loaded: number; mounted: number }> {
  await page.goto(app.url);
  const item = page.getByTestId('script-item').getByText(title, { exact: true });
  await item.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __t1?: number };
    delete w.__t1;
    document.addEventListener('click', () => (w.__t0 = performance.now()), { capture: true, once: true });
  });
  await item.click();
  const handle = await page.waitForFunction(
    (expected) => {
      const w = window as unknown as { __t0: number; __t1?: number };
      const editor = document.querySelector('[data-testid=script-editor]');
      const editable = (editor as HTMLElement | null)?.isContentEditable && editor!.querySelector('[data-element]');
      const count = document.querySelector('[data-testid=page-count]')?.textContent;
      if (!editable || count !== String(expected)) return false;
      w.__t1 ??= performance.now();
      // When the draft had arrived: the rest is the renderer mounting the editor and laying out.
      const load = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/draft.load')) as PerformanceResourceTiming | undefined;
      return { total: w.__t1 - w.__t0, loaded: load ? load.responseEnd - w.__t0 : NaN };
    },
    pages,
    { polling: 'raf', timeout: 60_000 },
  );
  const open = (await handle.jsonValue()) as { total: number; loaded: number };
  const all = await page.waitForFunction(
    () => {
      const w = window as unknown as { __t0: number };
      return document.querySelector('[data-testid=script-editor]:not([data-mounting])') ? performance.now() - w.__t0 : false;
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  return { ...open, mounted: (await all.jsonValue()) as number };
}

console.log(`Open and autosave, browser mode (Chromium), US Letter; ${OPENS} opens, ${SAVES} saves per size; ${process.env.SCRIPT === 'marks' ? 'scripts with page-view marks in every scene' : 'plain generated scripts'}`);
const libraryHeap = await heapMb();
for (const pages of [120, 400]) {
  const { screenplay } = generatePages(pages, PAPER_PROFILES.letter, process.env.SCRIPT === 'marks' ? generateMarkedBlocks : generateBlocks);
  const blocks = screenplay.elements.length;
  const reply = await app.backend.handlers['library.import']({ fileName: `bench-${pages}p.json`, content: writeJsonModel(screenplay) });
  const opens: number[] = [];
  const loaded: number[] = [];
  const mounted: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const o = await openOnce(reply.title, pages);
    opens.push(o.total);
    loaded.push(o.loaded);
    mounted.push(o.mounted);
  }
  const target = pages === 120 ? ` (target ≤ ${TARGET_OPEN_MS} ms)` : '';
  console.log(
    `open ${pages} pages (${blocks} blocks) → editable: median ${median(opens).toFixed(0)} ms, min ${Math.min(...opens).toFixed(0)}, max ${Math.max(...opens).toFixed(0)}${target}; ` +
      `draft received after ${median(loaded).toFixed(0)} ms (median), the rest is mounting the editor and the layout; ` +
      `every block in the DOM after ${median(mounted).toFixed(0)} ms (median; the chunks past the first mount while the page is idle)`,
  );
  if (pages === 400) {
    const open = await heapMb();
    console.log(`renderer JS heap after GC: ${open.toFixed(1)} MB with the 400-page script open, every block mounted (library alone: ${libraryHeap.toFixed(1)} MB)`);
  }

  // Autosave: the whole draft (the first save of a session), then incremental patches (every later one).
  const draft = await app.backend.handlers['draft.load']({ scriptId: reply.id });
  const service: number[] = [];
  const hosted: number[] = [];
  let rev = draft.revision;
  for (let i = 0; i < SAVES; i++) {
    let t = performance.now();
    rev = (await app.backend.handlers['draft.save']({ scriptId: reply.id, screenplay: draft.screenplay, baseRevision: rev })).revision;
    service.push(performance.now() - t);
    // What IPC and the web host run: contract validation of the payload, then the same service.
    const payload = JSON.parse(JSON.stringify({ scriptId: reply.id, screenplay: draft.screenplay, baseRevision: rev }));
    t = performance.now();
    rev = (await call(app.backend.handlers, 'draft.save', payload)).revision;
    hosted.push(performance.now() - t);
  }
  const kb = (JSON.stringify(draft.screenplay).length / 1024).toFixed(0);
  console.log(
    `autosave ${pages} pages (${kb} KB, whole draft): service median ${median(service).toFixed(1)} ms, p95 ${pct(service, 95).toFixed(1)} ms; ` +
      `with contract validation median ${median(hosted).toFixed(1)} ms, p95 ${pct(hosted, 95).toFixed(1)} ms`,
  );
  // Incremental: a keystroke's worth — one element in the middle rewritten — through the contract,
  // as the editor's autosave sends it after the first save (draft.patch).
  const middle = Math.floor(draft.screenplay.elements.length / 2);
  const patched: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const element = { ...draft.screenplay.elements[middle], text: `${draft.screenplay.elements[middle].text} ${i}` };
    const payload = JSON.parse(JSON.stringify({ scriptId: reply.id, baseRevision: rev, start: middle, deleteCount: 1, insert: [element] }));
    const t = performance.now();
    rev = (await call(app.backend.handlers, 'draft.patch', payload)).revision;
    patched.push(performance.now() - t);
  }
  console.log(
    `autosave ${pages} pages, incremental (one element, draft.patch through the contract): median ${median(patched).toFixed(1)} ms, p95 ${pct(patched, 95).toFixed(1)} ms ` +
      `(target ≤ ${TARGET_AUTOSAVE_MS} ms; the first patch of a session also reads the stored draft once)`,
  );
}
await app.close();
fs.rmSync(app.dataDir, { recursive: true, force: true });
