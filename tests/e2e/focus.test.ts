/**
 * Focus mode and typewriter scrolling in the real UI (browser mode): both are View commands run
 * from the palette; focus mode fades the toolbar; with typewriter scrolling on, the caret's line
 * stays at the same height of the window while the writer types line after line. The status bar
 * counts today's words against the goal set in Settings, beside a session timer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';

describe('focus and typewriter', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
    const s = await app.backend.handlers['library.create']({ title: 'Fokus' });
    const elements = Array.from({ length: 60 }, (_, i) => ({ type: 'action' as const, text: `Baris ${i + 1}.` }));
    await app.backend.handlers['draft.save']({ scriptId: s.id, screenplay: { version: 1, titlePage: [], elements } });
    await app.page.reload();
    await app.page.getByRole('button', { name: 'Fokus' }).first().click();
    await app.page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the status bar shows today’s words against the daily goal set in Settings, and a session timer', async () => {
    const p = app.page;
    await p.getByTestId('open-settings').click();
    await p.getByTestId('daily-goal').fill('20');
    await expect.poll(async () => (await app.backend.handlers['settings.get']({})).dailyWordsGoal).toBe(20);
    await p.locator('.app-nav button').first().click();
    await p.getByRole('button', { name: 'Fokus' }).first().click();
    await p.locator('[data-testid=script-editor] [data-element]').first().waitFor();
    const today = p.getByTestId('daily-words');
    const before = Number(/Today (\d+) \/ 20 words/.exec(await today.innerText())![1]);
    await p.locator('[data-testid=script-editor] .block-text').first().click();
    await p.keyboard.press('End');
    await p.keyboard.type(' satu dua tiga empat lima');
    // Counted once the draft's save is committed (a gap of a second between records).
    await expect.poll(() => today.innerText(), { timeout: 15_000 }).toBe(`Today ${before + 5} / 20 words`);
    await expect.poll(() => p.getByTestId('session-timer').innerText()).toMatch(/^Session \d+:\d\d$/);
  });

  async function run(label: string) {
    const p = app.page;
    await p.keyboard.press('Control+k');
    const palette = p.getByTestId('command-palette');
    await palette.waitFor();
    await p.keyboard.type(label);
    await p.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
  }

  it('focus mode fades the toolbar and comes back off', async () => {
    const p = app.page;
    await p.locator('[data-testid=script-editor] .block-text').first().click();
    const opacity = () => p.locator('.toolbar').evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity()).toBe(1);
    await run('focus mode');
    // The mode follows the saved setting: it shows once the settings round-trip is back.
    await expect.poll(() => p.evaluate(() => document.documentElement.classList.contains('focus-mode'))).toBe(true);
    await expect.poll(opacity).toBeLessThan(0.2);
    // The setting is stored: a reload keeps the mode.
    await expect.poll(async () => (await app.backend.handlers['settings.get']({})).focusMode).toBe(true);
    await run('focus mode');
    await expect.poll(opacity).toBe(1);
  });

  it('typewriter scrolling keeps the caret line at one height while typing', async () => {
    const p = app.page;
    await run('typewriter');
    await expect.poll(async () => (await app.backend.handlers['settings.get']({})).typewriter).toBe(true);
    // Into the script's middle, then line after line of new text.
    await p.locator('[data-testid=script-editor] .block-text').nth(20).click();
    await p.keyboard.press('End');
    const caretY = () =>
      p.evaluate(() => {
        const r = document.getSelection()!.getRangeAt(0).getClientRects();
        const rect = r.length > 0 ? r[r.length - 1]! : (document.getSelection()!.anchorNode as Element).parentElement!.getBoundingClientRect();
        return rect.top + rect.height / 2;
      });
    const scroller = p.locator('.paper-scroll');
    const box = (await scroller.boundingBox())!;
    const line = box.y + (await scroller.evaluate((el) => el.clientHeight)) * 0.45;
    await expect.poll(async () => Math.abs((await caretY()) - line)).toBeLessThan(12);
    const ys: number[] = [];
    const scrolls: number[] = [];
    for (let i = 0; i < 12; i++) {
      await p.keyboard.press('Enter');
      await p.keyboard.type(`Kalimat baru ${i}.`);
      await expect.poll(async () => Math.abs((await caretY()) - line)).toBeLessThan(12);
      ys.push(await caretY());
      scrolls.push(await scroller.evaluate((el) => el.scrollTop));
    }
    // The page moved up under a caret that stayed put.
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(24);
    expect(scrolls[scrolls.length - 1]!).toBeGreaterThan(scrolls[0]!);
    await run('typewriter');
    await expect.poll(() => p.evaluate(() => document.documentElement.classList.contains('typewriter'))).toBe(false);
  });
});
