/**
 * End-to-end harness: the real web host (same services as Electron's IPC) on a free port with a
 * fresh data directory, and Debian's Chromium driven by playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openBackend, type Backend } from '../../electron/host.ts';
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
  url: string;
  dataDir: string;
  backend: Backend;
  host: WebHost;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function launchApp(opts: { locale?: string; dataDir?: string } = {}): Promise<App> {
  ensureRendererBuilt();
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-e2e-'));
  const backend = openBackend(dataDir, 'web', opts.locale ?? 'en-US');
  const host = await startWebHost({ port: 0, handlers: backend.handlers, rendererDir: RENDERER_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ locale: opts.locale ?? 'en-US', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  await page.goto(host.url);
  return {
    url: host.url,
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
