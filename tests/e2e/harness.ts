/**
 * End-to-end harness: the real web host (same services as Electron's IPC) on a free port with a
 * fresh data directory, and Debian's Chromium driven by playwright-core. The page is opened the
 * way a user opens browser mode: from the link with the run's token, which the page trades for
 * its session cookie and drops from the address bar (contract 3). From then on `app.url` (the
 * bare origin) works in that browser context, as it does for the user.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openBackend, type Backend } from '../../electron/host.ts';
import { webToken } from '../../electron/security/web-session.ts';
import { startWebHost, type WebHost } from '../../electron/webhost.ts';
import { ensureRendererBuilt, RENDERER_DIR } from '../../scripts/ensure-renderer.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface App {
  /** The bare origin, for page.goto() once the page is signed in. */
  url: string;
  /** The printed link, with the token: what a new browser context must open first. */
  launchUrl: string;
  token: string;
  dataDir: string;
  backend: Backend;
  host: WebHost;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** `rendererDir`: serve another build of the renderer (bench:typing-profile's unminified one) instead of dist/renderer. */
export async function launchApp(opts: { locale?: string; dataDir?: string; rendererDir?: string } = {}): Promise<App> {
  if (!opts.rendererDir) ensureRendererBuilt();
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-e2e-'));
  const backend = openBackend(dataDir, 'web', opts.locale ?? 'en-US');
  const host = await startWebHost({ port: 0, handlers: backend.handlers, rendererDir: opts.rendererDir || RENDERER_DIR, media: backend.media, uploads: backend.uploads, token: webToken().token });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ locale: opts.locale ?? 'en-US', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  await page.goto(host.launchUrl);
  // The token has done its job once the page has dropped it: the session cookie is set.
  await page.waitForURL((u) => !u.searchParams.has('token'));
  return {
    url: host.url,
    launchUrl: host.launchUrl,
    token: host.token,
    dataDir,
    backend,
    host,
    browser,
    page,
    close: async () => {
      await browser.close();
      await host.close();
      backend.close();
    },
  };
}
