/**
 * Typing latency in the real renderer (Debian Chromium, browser mode): keydown → next painted
 * frame, median and p95, on generated 3,000- and 12,000-block scripts, with and without 4× CPU
 * throttling; plus open-to-editable time and the server-side autosave time. Prints figures only.
 *   npm run bench:typing
 */
import { performance } from 'node:perf_hooks';
import { writeJsonModel } from '../shared/screenplay/json.ts';
import { launchApp } from '../tests/e2e/harness.ts';
import { generateBlocks } from './generate.ts';

const KEYS = Number(process.env.KEYS ?? 150);

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const app = await launchApp();
const { page } = app;
const cdp = await page.context().newCDPSession(page);

for (const blocks of [3000, 12000]) {
  const reply = await app.backend.handlers['library.import']({ fileName: `bench-${blocks}.json`, content: writeJsonModel(generateBlocks(blocks)) });
  await page.goto(app.url);
  const t0 = performance.now();
  await page.getByText(reply.title, { exact: true }).click();
  await page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  const openMs = performance.now() - t0;

  // Caret at the end of an action in the middle of the script.
  await page.evaluate(() => {
    const el = document.querySelectorAll('[data-testid=script-editor] [data-element=action]')[20];
    el.scrollIntoView({ block: 'center' });
  });
  await page.locator('[data-testid=script-editor] [data-element=action]').nth(20).click();
  await page.keyboard.press('End');

  for (const throttle of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      document.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          // After the next frame has been produced: rAF, then a task queued behind it.
          requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
        },
        { capture: true },
      );
    });
    for (let i = 0; i < KEYS; i++) await page.keyboard.type(i % 12 === 11 ? ' ' : 'a');
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, KEYS);
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    console.log(
      `typing ${String(blocks).padStart(5)} blocks, CPU ×${throttle}: median ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms (${lat.length} keys)`,
    );
    await page.reload();
    await page.getByText(reply.title, { exact: true }).click();
    await page.locator('[data-testid=script-editor] [data-element=action]').nth(20).click();
    await page.keyboard.press('End');
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`open ${blocks} blocks → editable: ${openMs.toFixed(0)} ms (includes loading the draft over HTTP)`);

  // Autosave cost in the store: the whole draft in one transaction.
  const draft = await app.backend.handlers['draft.load']({ scriptId: reply.id });
  const times: number[] = [];
  let rev = draft.revision;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    rev = (await app.backend.handlers['draft.save']({ scriptId: reply.id, screenplay: draft.screenplay, baseRevision: rev })).revision;
    times.push(performance.now() - t);
  }
  console.log(`autosave ${blocks} blocks (${(JSON.stringify(draft.screenplay).length / 1024).toFixed(0)} KB): median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
}
await app.close();
