/**
 * Typing latency in the real renderer (Debian Chromium, browser mode): keydown → next painted
 * frame, median and p95, on generated 3,000- and 12,000-block scripts, with and without 4× CPU
 * throttling; plus open-to-editable time and the server-side autosave time. Prints figures only.
 *   npm run bench:typing        (KEYS=n keys per run; BLOCKS=3000,12000 the script sizes;
 *                                SCRIPT=marks a script whose pages the page view marks in every scene —
 *                                split speeches with (MORE)/(CONT'D), automatic CONT'D, dual dialogue;
 *                                AT=0.5 the caret in the action at that fraction of the script, e.g.
 *                                mid-script, instead of the 20th action)
 * Spelling is on (the app's default) for every run; one more run per size, at a typist's rhythm
 * without throttling, turns it off (settings.spelling = false) to show what it costs.
 *
 * Each setting is typed twice:
 *  - at a typist's rhythm (the figure the targets are about): keys 40 to 90 ms apart (about 15
 *    keys a second, a fast touch typist), and after every second word a pause of 300 or 700 ms,
 *    so the debounced layout (250 ms) and the autosave (600 ms) run between words as they do for
 *    a writer, and the first key after a pause meets them. The gaps are uneven on purpose: keys
 *    exactly 50 ms apart (three 60 Hz frames) all landed at the same point of the frame, so a run
 *    measured either always the shortest or always the longest wait for the next frame;
 *  - as a flood: each key sent as soon as the previous one was dispatched (about 250 keys a
 *    second). Input events then queue behind each other, and Chromium runs input before the
 *    timer this measurement waits on, so these figures are mostly queueing: a stress figure,
 *    not one key's latency.
 * Latency is taken in the page: from keydown to a task queued behind the next animation frame
 * (rAF, then setTimeout 0), i.e. after that frame's script, style, layout and paint.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { writeJsonModel } from '../shared/screenplay/json.ts';
import { launchApp } from '../tests/e2e/harness.ts';
import { generateBlocks, generateMarkedBlocks } from './generate.ts';
import { median, pct } from './stats.ts';

const KEYS = Number(process.env.KEYS ?? 150);
const SIZES = (process.env.BLOCKS ?? '3000,12000').split(',').map(Number);
const GENERATE = process.env.SCRIPT === 'marks' ? generateMarkedBlocks : generateBlocks;
const AT = process.env.AT === undefined ? null : Number(process.env.AT);
const KEY_INTERVAL_MS = [40, 90] as const;
const PAUSES_MS = [300, 700];
const TARGET_P95_MS: Record<number, number> = { 3000: 20, 12000: 35 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same uneven gaps every run (a small linear congruential generator, seeded). */
function gaps(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return KEY_INTERVAL_MS[0] + (x / 2 ** 31) * (KEY_INTERVAL_MS[1] - KEY_INTERVAL_MS[0]);
  };
}

/** Opens the script and puts the caret at the end of an action in the middle of the first pages. */
async function openAtCaret(page: Page, url: string, title: string): Promise<number> {
  await page.goto(url);
  const t0 = performance.now();
  await page.getByText(title, { exact: true }).click();
  await page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  const openMs = performance.now() - t0;
  const actions = page.locator('[data-testid=script-editor] [data-element=action]');
  const action = actions.nth(AT === null ? 20 : Math.floor((await actions.count()) * AT));
  await action.scrollIntoViewIfNeeded();
  await action.click();
  await page.keyboard.press('End');
  return openMs;
}

async function typeKeys(page: Page, rhythm: 'typist' | 'flood'): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  });
  let words = 0;
  let due = performance.now();
  const gap = gaps(42);
  for (let i = 0; i < KEYS; i++) {
    const space = i % 12 === 11;
    if (rhythm === 'typist') {
      await sleep(Math.max(0, due - performance.now()));
      due = Math.max(due, performance.now()) + gap();
      if (space && ++words % 2 === 0) due += PAUSES_MS[(words / 2) % PAUSES_MS.length];
    }
    await page.keyboard.type(space ? ' ' : 'a');
  }
  await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, KEYS);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

const app = await launchApp();
const { page } = app;
const cdp = await page.context().newCDPSession(page);
console.log(`Typing latency, keydown → next frame, browser mode (Chromium); ${KEYS} keys per run; ${process.env.SCRIPT === 'marks' ? 'scripts with page-view marks in every scene' : 'plain generated scripts'}; caret at ${AT === null ? 'the 20th action' : `${AT} of the script`}`);

for (const blocks of SIZES) {
  const reply = await app.backend.handlers['library.import']({ fileName: `bench-${blocks}.json`, content: writeJsonModel(GENERATE(blocks)) });
  const openMs = await openAtCaret(page, app.url, reply.title);
  let first = true;
  for (const throttle of [1, 4]) {
    for (const rhythm of ['typist', 'flood'] as const) {
      if (!first) await openAtCaret(page, app.url, reply.title);
      first = false;
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const lat = await typeKeys(page, rhythm);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const target = rhythm === 'typist' && throttle === 1 ? ` (target p95 ≤ ${TARGET_P95_MS[blocks]} ms)` : '';
      const label = rhythm === 'typist' ? `typist's rhythm (${KEY_INTERVAL_MS.join('–')} ms apart, pauses ${PAUSES_MS.join('/')} ms)` : 'flood (back to back: mostly queueing)';
      console.log(
        `typing ${String(blocks).padStart(5)} blocks, CPU ×${throttle}, ${label}: median ${median(lat).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (${lat.length} keys)${target}`,
      );
    }
  }
  await app.backend.handlers['settings.set']({ spelling: false });
  await openAtCaret(page, app.url, reply.title);
  const plain = await typeKeys(page, 'typist');
  await app.backend.handlers['settings.set']({ spelling: true });
  console.log(`typing ${String(blocks).padStart(5)} blocks, CPU ×1, typist's rhythm, spelling off: median ${median(plain).toFixed(1)} ms, p95 ${pct(plain, 95).toFixed(1)} ms, max ${Math.max(...plain).toFixed(1)} ms (${plain.length} keys; the runs above have spelling on)`);
  console.log(`open ${blocks} blocks → first block shown: ${openMs.toFixed(0)} ms (includes loading the draft over HTTP; bench:open times open → editable)`);

  // Autosave cost in the store: the whole draft in one transaction (bench:open also times draft.patch).
  const draft = await app.backend.handlers['draft.load']({ scriptId: reply.id });
  const times: number[] = [];
  let rev = draft.revision;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    rev = (await app.backend.handlers['draft.save']({ scriptId: reply.id, screenplay: draft.screenplay, baseRevision: rev })).revision;
    times.push(performance.now() - t);
  }
  console.log(`autosave ${blocks} blocks, whole draft (${(JSON.stringify(draft.screenplay).length / 1024).toFixed(0)} KB): median ${median(times).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
}
await app.close();
