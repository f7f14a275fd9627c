/**
 * The keys bench:typing types and how it times them, shared with bench:typing-profile so the
 * profile looks at exactly the keystrokes the figures come from.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';

export const KEY_INTERVAL_MS = [40, 90] as const;
export const PAUSES_MS = [300, 700];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same uneven gaps every run (a small linear congruential generator, seeded). */
function gaps(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return KEY_INTERVAL_MS[0] + (x / 2 ** 31) * (KEY_INTERVAL_MS[1] - KEY_INTERVAL_MS[0]);
  };
}

/** Opens the script and puts the caret at the end of an action: the 20th, or the one at fraction `at` of the script. */
export async function openAtCaret(page: Page, url: string, title: string, at: number | null): Promise<number> {
  await page.goto(url);
  const t0 = performance.now();
  // In the library's list: the script may also be among the recent ones above it.
  await page.getByTestId('script-item').getByText(title, { exact: true }).click();
  await page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  const openMs = performance.now() - t0;
  // Every block in the DOM (chunk-mount.tsx mounts the later chunks when the page is idle): the count below is of all of them.
  await page.locator('[data-testid=script-editor]:not([data-mounting])').waitFor();
  const actions = page.locator('[data-testid=script-editor] [data-element=action]');
  const action = actions.nth(at === null ? 20 : Math.floor((await actions.count()) * at));
  await action.scrollIntoViewIfNeeded();
  await action.click();
  await page.keyboard.press('End');
  return openMs;
}

/**
 * The browser's own floor for the same script: the app's page (its fonts and styles loaded) with
 * its body replaced by one bare contenteditable holding the script's text, a paragraph per block,
 * in the editor's font and a 6 in column — no React, no Slate, no page view, no spelling, no
 * autosave. The caret goes to the end of the paragraph of the action `openAtCaret` would choose.
 * What typing costs there is what Chromium itself costs for a document that size.
 */
export async function openBareEditable(page: Page, url: string, blocks: { type: string; text: string }[], at: number | null): Promise<void> {
  await page.goto(url);
  await page.getByTestId('script-item').first().waitFor();
  const actions = blocks.flatMap((b, i) => (b.type === 'action' ? [i] : []));
  const caret = actions[at === null ? 20 : Math.floor(actions.length * at)];
  await page.evaluate(
    ({ texts, caret }) => {
      const root = document.createElement('div');
      root.contentEditable = 'true';
      root.style.cssText = "font: 12pt 'Courier Prime', 'Courier New', monospace; width: 6in; margin: 1in auto; white-space: pre-wrap; outline: none";
      // In groups of 100 paragraphs with content-visibility: auto, as the editor's chunks are (chunk-mount.tsx),
      // so the browser may skip laying out and painting the groups off screen here too.
      const paragraphs = texts.map((text) => {
        const p = document.createElement('p');
        p.textContent = text || '\u200b';
        return p;
      });
      for (let i = 0; i < paragraphs.length; i += 100) {
        const group = document.createElement('div');
        group.style.cssText = 'content-visibility: auto; contain-intrinsic-size: auto 4000px';
        group.append(...paragraphs.slice(i, i + 100));
        root.append(group);
      }
      document.body.replaceChildren(root);
      const p = paragraphs[caret];
      p.scrollIntoView({ block: 'center' });
      root.focus();
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { texts: blocks.map((b) => b.text), caret },
  );
}

/** Each key's latency, from the key event's time stamp and from the keydown handler. */
export interface KeyLatencies {
  /**
   * From the event's time stamp (when the browser received the key) to the next frame: includes
   * the time the key waited for the page's main thread to finish what it was doing — what the
   * writer feels, and what Chromium's Event Timing (INP) measures.
   */
  fromEvent: number[];
  /** From the keydown handler to the next frame: the measurement before 2026-12-02, blind to that wait. */
  fromHandler: number[];
}

/**
 * Types `keys` keys and returns each one's latency up to a task queued behind the next
 * animation frame. `mark`: each keydown also leaves a `performance.mark('key N')` for a trace
 * to show (off for the figures: a mark costs time while tracing).
 */
export async function typeKeys(page: Page, keys: number, rhythm: 'typist' | 'flood', { mark = false } = {}): Promise<KeyLatencies> {
  await page.evaluate((mark) => {
    const w = window as unknown as { __lat: KeyLatencies; __keys: number };
    w.__lat = { fromEvent: [], fromHandler: [] };
    w.__keys = 0;
    document.addEventListener(
      'keydown',
      (e) => {
        const start = performance.now();
        // The stamp is on the page's clock; never after the handler (a clock that says otherwise: the handler's time).
        const stamp = Math.min(e.timeStamp, start);
        const n = w.__keys++;
        if (mark) performance.mark(`key ${n}`);
        requestAnimationFrame(() =>
          setTimeout(() => {
            const end = performance.now();
            w.__lat.fromEvent[n] = end - stamp;
            w.__lat.fromHandler[n] = end - start;
          }, 0),
        );
      },
      { capture: true },
    );
  }, mark);
  let words = 0;
  let due = performance.now();
  const gap = gaps(42);
  for (let i = 0; i < keys; i++) {
    const space = i % 12 === 11;
    if (rhythm === 'typist') {
      await sleep(Math.max(0, due - performance.now()));
      due = Math.max(due, performance.now()) + gap();
      if (space && ++words % 2 === 0) due += PAUSES_MS[(words / 2) % PAUSES_MS.length];
    }
    await page.keyboard.type(space ? ' ' : 'a');
  }
  await page.waitForFunction((n) => (window as unknown as { __lat: KeyLatencies }).__lat.fromEvent.filter((x) => x !== undefined).length >= n, keys);
  return page.evaluate(() => (window as unknown as { __lat: KeyLatencies }).__lat);
}
