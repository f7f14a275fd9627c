/**
 * Browser mode's lock end to end (contract 3): the real `npm run web` script prints the link with
 * its token (NASKAH_WEB_TOKEN here, random otherwise); a caller without the page's cookie gets 401;
 * a browser opening the bare address is told where the link is; the link signs the page in, the
 * token leaves the address bar, and everything the user does then works — with two hosts in one
 * browser profile each keeping its own session.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/host.ts';
import { ensureRendererBuilt } from '../../scripts/ensure-renderer.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';
import { waitSaved } from './keys.ts';

interface Running {
  child: ChildProcess;
  link: string;
  origin: string;
  output: () => string;
}

/** `node scripts/web.ts` as `npm run web` runs it, on a free port; resolves once it has printed its link. */
function startWeb(env: Record<string, string>): Promise<Running> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-web-'));
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'web.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, NASKAH_WEB_TOKEN: '', ...env, PORT: '0', NASKAH_DATA_DIR: dataDir, NASKAH_LANG: 'en' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // Resolved by the output itself (each chunk is checked as it arrives), not by polling on a timer.
  return new Promise((resolve, reject) => {
    let printed = false;
    const read = (c: Buffer) => {
      out += c;
      // The link counts once its line is complete: a chunk may end inside the token.
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=\S+(?=\s)/.exec(out);
      if (printed || !m) return;
      printed = true;
      resolve({ child, link: m[0], origin: m[1], output: () => out });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`web.ts exited (${code}): ${out}`)));
  });
}

function stop(r: Running | undefined): Promise<number | null> {
  if (!r || r.child.exitCode !== null) return Promise.resolve(r?.child.exitCode ?? null);
  return new Promise((resolve) => {
    r.child.removeAllListeners('exit');
    r.child.once('exit', (code) => resolve(code));
    r.child.kill('SIGTERM');
  });
}

describe('browser mode locked by its token', () => {
  let fixed: Running;
  let random: Running;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    ensureRendererBuilt();
    fixed = await startWeb({ NASKAH_WEB_TOKEN: 'e2e-token-0123456789abcdef' });
    random = await startWeb({});
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await stop(fixed);
    await stop(random);
  });

  it('prints the link with NASKAH_WEB_TOKEN, or with a random token per run', () => {
    expect(fixed.link).toBe(`${fixed.origin}/?token=e2e-token-0123456789abcdef`);
    expect(fixed.output()).toContain(`Naskah is running at ${fixed.link} (data: `);
    expect(random.link).toMatch(/\/\?token=[A-Za-z0-9_-]{43}$/);
    // The spawned script reads a pipe, not a terminal: it printed and opened nothing.
    expect(random.output()).not.toContain('Opening it in your browser');
  });

  it('refuses another local process calling the API without the page’s cookie', async () => {
    for (const r of [fixed, random]) {
      const res = await fetch(`${r.origin}/api/library.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'common.unauthorized' } });
      // The token alone, offered any other way than the printed link, opens nothing either.
      const token = new URL(r.link).searchParams.get('token')!;
      const inQuery = await fetch(`${r.origin}/api/library.list?token=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(inQuery.status).toBe(401);
      const bearer = await fetch(`${r.origin}/api/library.list`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
      expect(bearer.status).toBe(401);
    }
  });

  it('shows the bare address a short page saying where the link is, in the browser’s language', async () => {
    const page = await context.newPage();
    await page.goto(fixed.origin);
    await expect(page.getByTestId('web-locked').getAttribute('data-reason')).resolves.toBe('no_token');
    await expect(page.locator('h1').textContent()).resolves.toBe('Open Naskah from the link in its terminal');
    await page.goto(`${fixed.origin}/?token=stale-token-from-yesterday`);
    await expect(page.getByTestId('web-locked').getAttribute('data-reason')).resolves.toBe('wrong_token');
    await page.close();
    const id = await browser.newContext({ locale: 'id-ID' });
    const idPage = await id.newPage();
    await idPage.goto(fixed.origin);
    await expect(idPage.locator('h1').textContent()).resolves.toBe('Buka Naskah dari tautan di terminalnya');
    await id.close();
  });

  it('signs the page in from the link, drops the token from the address bar, and the app works', async () => {
    const page = await context.newPage();
    await page.goto(fixed.link);
    await page.waitForURL((u) => !u.searchParams.has('token'));
    expect(page.url()).toBe(`${fixed.origin}/`);
    const port = new URL(fixed.origin).port;
    const cookies = await context.cookies(fixed.origin);
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([[`naskah-session-${port}`, true, 'Strict']]);
    // HttpOnly: the page's own scripts cannot read it.
    await expect(page.evaluate(() => document.cookie)).resolves.toBe('');

    await page.getByTestId('new-script').click();
    await page.getByTestId('new-script-dialog').waitFor();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('script-editor');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('INT. LAB KOMPUTER - MALAM');
    await waitSaved(page);
    // The bare address now opens the app in this browser, reload included.
    await page.reload();
    await page.getByTestId('script-item').first().waitFor();
    await page.close();
  });

  it('keeps two hosts apart in one browser profile', async () => {
    const a = await context.newPage();
    await a.goto(fixed.origin);
    await a.getByTestId('script-item').first().waitFor();
    const b = await context.newPage();
    await b.goto(random.link);
    await b.waitForURL((u) => !u.searchParams.has('token'));
    await b.getByTestId('new-script').waitFor();
    // Signing in to the second host did not sign the first one out: both work, each its own library.
    const count = (p: typeof a, origin: string) =>
      p.evaluate(async (o) => {
        const res = await fetch(`${o}/api/library.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        const reply = (await res.json()) as { ok: boolean; result?: unknown[] };
        return reply.ok ? reply.result!.length : -res.status;
      }, origin);
    expect(await count(a, fixed.origin)).toBe(1);
    expect(await count(b, random.origin)).toBe(0);
    await a.reload();
    await a.getByTestId('script-item').first().waitFor();
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual([`naskah-session-${new URL(fixed.origin).port}`, `naskah-session-${new URL(random.origin).port}`].sort());
  });

  it('tells a page whose session is gone what to do, instead of failing silently', async () => {
    const ctx = await browser.newContext({ locale: 'en-US' });
    const page = await ctx.newPage();
    await page.goto(fixed.link);
    await page.getByTestId('new-script').waitFor();
    await ctx.clearCookies();
    await page.getByTestId('new-script').click();
    await page.getByTestId('new-script-dialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('error').textContent()).toMatch(/no access to Naskah's back end.*Open the link printed in the terminal/);
    await ctx.close();
  });

  it('stops cleanly when killed', async () => {
    expect(await stop(random)).toBe(0);
  });
});
