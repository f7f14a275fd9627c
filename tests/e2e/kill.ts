/**
 * Losing the browser on purpose, for the "nothing lost" tests: a writer types steadily, then the
 * browser process is killed (SIGKILL to its whole process group: what a power cut or the task
 * manager does) or its renderer crashes (CDP Page.crash). Then the app is opened again in a new
 * browser with a fresh profile — the localStorage journal gone with the old one — on the same
 * data directory.
 */
import type { Page } from 'playwright-core';
import { launchApp, type App } from './harness.ts';

export type Death = 'browser killed' | 'renderer crashed';

declare global {
  interface Window {
    __keyTimes?: number[];
    __saveStates?: { state: string; shown: string; sent: string | null }[];
  }
}

/**
 * Each keydown's wall-clock time (ms since epoch), in the page, before the app sees the key; and
 * each change of the save-state indicator, with the action the editor shows at that moment and
 * the action text of the last patch the page sent (fetch is wrapped to see the bodies).
 */
export async function startKeyClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__keyTimes = [];
    window.__saveStates = [];
    let lastSent: string | null = null;
    const send = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).endsWith('/api/draft.patch') && typeof init?.body === 'string') {
        const action = (JSON.parse(init.body) as { insert: { type: string; text: string }[] }).insert.find((e) => e.type === 'action');
        if (action) lastSent = action.text;
      }
      return send(input, init);
    };
    document.addEventListener('keydown', () => window.__keyTimes!.push(performance.timeOrigin + performance.now()), { capture: true });
    const indicator = document.querySelector('[data-testid=save-state]')!;
    new MutationObserver(() => {
      const shown = document.querySelector('[data-testid=script-editor] [data-element=action] .block-text')?.textContent?.replace(/\uFEFF/g, '') ?? '';
      window.__saveStates!.push({ state: indicator.getAttribute('data-state') ?? '', shown, sent: lastSent });
    }).observe(indicator, { attributes: true, attributeFilter: ['data-state'] });
  });
}

/** The indicator's changes since startKeyClock. */
export function saveStates(page: Page): Promise<{ state: string; shown: string; sent: string | null }[]> {
  return page.evaluate(() => window.__saveStates!);
}

const WORDS = 'hujan turun di atas atap seng warung sari menghitung uang receh sambil menunggu bus terakhir lewat'.split(' ');

/**
 * Types words for `seconds` at a typist's rhythm — keys 40 to 90 ms apart (a different gap each
 * word), a word gap no longer than a key's: never a pause long enough for the 600 ms debounce, so
 * only the autosave's maximum wait can save. Returns the text typed and each key's time.
 */
export async function typeSteadily(page: Page, seconds: number, prefix = ''): Promise<{ text: string; keyTimes: number[]; startedAt: number }> {
  const keyTimes: number[] = [];
  const startedAt = Date.now();
  let text = '';
  for (let i = 0; Date.now() - startedAt < seconds * 1000; i++) {
    const word = `${WORDS[i % WORDS.length]} `;
    await page.keyboard.type(word, { delay: 40 + ((i * 37) % 51) });
    text += word;
    keyTimes.push(...(await page.evaluate(() => window.__keyTimes!.splice(0))));
  }
  return { text: prefix + text, keyTimes, startedAt };
}

/**
 * Gets ready to kill the browser or crash its renderer (the CDP session and the process id are
 * fetched beforehand, so that the death itself is immediate); the returned function does it and
 * resolves with the moment it was done, once the browser or page is gone.
 */
export async function prepareDeath(app: App, how: Death): Promise<() => Promise<number>> {
  if (how === 'renderer crashed') {
    const cdp = await app.page.context().newCDPSession(app.page);
    return async () => {
      const crashed = new Promise<void>((resolve) => app.page.once('crash', () => resolve()));
      const at = Date.now();
      void cdp.send('Page.crash').catch(() => {});
      await crashed;
      return at;
    };
  }
  const session = await app.browser.newBrowserCDPSession();
  const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  const pid = info.processInfo.find((p) => p.type === 'browser')!.id;
  return async () => {
    const gone = new Promise<void>((resolve) => app.browser.once('disconnected', () => resolve()));
    const at = Date.now();
    try {
      process.kill(-pid, 'SIGKILL'); // the browser leads its own process group: renderers die with it
    } catch {
      process.kill(pid, 'SIGKILL');
    }
    await gone;
    return at;
  };
}

/** Closes what is left of the first app (its host and store) and opens the data directory in a new browser. */
export async function reopen(app: App): Promise<App> {
  await app.browser.close().catch(() => {});
  await app.host.close();
  app.backend.close();
  return launchApp({ dataDir: app.dataDir });
}

/** How much typing a death cost: keys typed, keys the store has, and how long before the death the first lost key was typed. */
export function loss(typed: string, stored: string, keyTimes: number[], prefixLength: number, diedAt: number) {
  if (!typed.startsWith(stored)) throw new Error(`stored text is not what was typed: ${JSON.stringify(stored.slice(-40))}`);
  const keys = typed.length - prefixLength;
  const recovered = stored.length - prefixLength;
  const firstLost = keyTimes[recovered];
  return { keys, recovered, lostKeys: keys - recovered, lostMs: firstLost === undefined ? 0 : Math.max(0, diedAt - firstLost) };
}
