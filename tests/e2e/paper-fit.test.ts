/**
 * The page fits the window (issue 14, item 8) in real Chromium: at 1280×800 with the scene list and
 * the format coach open the whole width of the page is in view; View ▸ Fit page width follows the
 * window and the panels; Ctrl+= picks a zoom that then stays put until fitting is chosen again;
 * both are saved.
 */
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';

const SHOTS = path.join(process.cwd(), 'test-results', 'screenshots');
const ELEMENTS: ScriptElement[] = Array.from({ length: 8 }, (_, i): ScriptElement[] => [
  { type: 'scene_heading', text: `INT. WARUNG KOPI ${i + 1} - MALAM` },
  { type: 'action', text: 'Hujan deras di atap seng. Sari mengelap meja sambil menunggu pelanggan terakhir pulang.' },
  { type: 'character', text: 'SARI' },
  { type: 'dialogue', text: 'Kami sudah tutup, Pak.' },
]).flat();

describe('the page fits the window', () => {
  let app: App;
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    await app.backend.handlers['library.import']({ fileName: 'warung.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Warung' }], elements: ELEMENTS }) });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const open = async () => {
    const p = app.page;
    await p.goto(app.url);
    await p.getByTestId('script-item').filter({ hasText: 'Warung' }).first().click();
    await p.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  };
  const zoom = () => app.page.locator('.paper-scroll > .paper').evaluate((el) => Number(getComputedStyle(el).zoom));
  /** The page's left and right edges lie within the page area's visible width. */
  const pageInView = () =>
    app.page.evaluate(() => {
      const area = document.querySelector<HTMLElement>('.paper-scroll')!;
      const a = area.getBoundingClientRect();
      const s = document.querySelector('.paper-scroll > .paper')!.getBoundingClientRect();
      return s.left >= a.left && s.right <= a.left + area.clientWidth;
    });
  const coach = () => app.page.locator('.toolbar [data-command="view.coach"]');
  const run = async (label: string, id: string) => {
    const p = app.page;
    await p.keyboard.press(`${mod}+k`);
    await p.getByTestId('palette-search').fill(label);
    await p.getByTestId('command-palette').locator(`[data-command="${id}"]`).click();
    await p.getByTestId('command-palette').waitFor({ state: 'detached' });
  };
  const settings = () => app.backend.handlers['settings.get']({});

  it('a first open at 1280×800 with the scene list and the coach open shows the whole page', async () => {
    const p = app.page;
    await p.setViewportSize({ width: 1280, height: 800 });
    await open();
    await coach().click();
    await expect.poll(() => coach().getAttribute('aria-pressed')).toBe('true');
    expect(await p.locator('.scene-nav').count()).toBe(1);
    await expect.poll(pageInView).toBe(true);
    expect(await zoom()).toBeLessThan(1);
    await p.screenshot({ path: path.join(SHOTS, 'paper-fit-1280x800.png') });
    // The coach closed, there is room for the page at 100 %, and no more than that until Fit is chosen.
    await coach().click();
    await expect.poll(zoom).toBe(1);
    await p.setViewportSize({ width: 1366, height: 768 });
    await coach().click();
    await expect.poll(pageInView).toBe(true);
    await p.screenshot({ path: path.join(SHOTS, 'paper-fit-1366x768.png') });
  });

  it('Fit page width follows the window and the panels; Ctrl+= picks a zoom that stays put; both are saved', async () => {
    const p = app.page;
    await p.locator('[data-testid=script-editor] .block-text').first().click();
    await run('Fit page width', 'view.zoomFit');
    await expect.poll(async () => (await settings()).paperFit).toBe(true);
    const at1366 = await zoom();
    await p.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(zoom).toBeLessThan(at1366);
    await expect.poll(pageInView).toBe(true);
    // The coach closed: the page grows into the room, past 100 %.
    await coach().click();
    await expect.poll(zoom).toBeGreaterThan(1);
    await expect.poll(pageInView).toBe(true);
    await coach().click();
    await expect.poll(pageInView).toBe(true);
    const fitted = await zoom();
    // Reopened (the coach closed, as a script opens), fitting is still the choice.
    await open();
    await expect.poll(zoom).toBeGreaterThan(1);
    await coach().click();
    await expect.poll(zoom).toBe(fitted);
    // A picked zoom wins: one step up from the fitted zoom, kept when the window widens.
    await p.locator('[data-testid=script-editor] .block-text').first().click();
    await p.keyboard.press('Control+=');
    const picked = (Math.floor(Math.round(fitted * 100) / 10) * 10 + 10) / 100;
    await expect.poll(zoom).toBe(picked);
    await p.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(async () => (await settings()).paperFit).toBe(false);
    expect(await zoom()).toBe(picked);
    await open();
    await expect.poll(zoom).toBe(picked);
    // Chosen again, fitting takes over.
    await run('Fit page width', 'view.zoomFit');
    await expect.poll(pageInView).toBe(true);
    await expect.poll(async () => (await settings()).paperFit).toBe(true);
  });
});
