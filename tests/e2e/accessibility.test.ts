/**
 * Accessibility basics in the real UI: every control on the library, script and courses screens is
 * reachable with Tab and has an accessible name; the page view survives 200 % zoom; the dark and
 * high-contrast themes apply with readable text (WCAG AA 4.5:1, and AAA 7:1 for high contrast).
 * Screenshots land in $NASKAH_A11Y_SHOTS (default: a temp folder) for a human look.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { contrastRatio, focusableControls, interactiveControls, pointerOnlyTargets, tabWalk, textContrasts } from './a11y/audit.ts';
import { launchApp, type App } from './harness.ts';

const SHOTS = process.env.NASKAH_A11Y_SHOTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-a11y-'));
const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };

const FOUNTAIN = `Title: Angin Malam

INT. RUMAH - MALAM

Lampu berkedip. Dewi menatap pintu yang terbuka sedikit, angin masuk membawa bau hujan.

DEWI
(berbisik)
Siapa di sana?

EXT. JALAN - MALAM

Hujan deras.
`;

describe('accessibility', () => {
  let app: App;
  let page: Page;
  let cdp: CDPSession;
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-a11y-files-'));
    const pack = path.join(dir, 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    const file = path.join(dir, 'angin.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    // Content on every screen: a script in the library, a pack in the courses list.
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('script-editor').waitFor();
    await page.getByTestId('open-courses').click();
    await page.getByTestId('pack-file').setInputFiles(pack);
    await page.getByTestId('pack-install').click();
    await page.getByTestId('pack-item').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const screens: Array<[string, () => Promise<void>]> = [
    ['library', async () => {
      await page.getByRole('button', { name: 'Library', exact: true }).click();
      await page.locator('.script-item').first().waitFor();
    }],
    ['script', async () => {
      await page.getByRole('button', { name: 'Library', exact: true }).click();
      await page.locator('.script-open').first().click();
      await page.getByTestId('script-editor').waitFor();
    }],
    ['courses', async () => {
      await page.getByTestId('open-courses').click();
      await page.getByTestId('pack-item').first().waitFor();
    }],
    ['quiz', async () => {
      await page.getByTestId('open-courses').click();
      await page.locator('.pack-open').first().click();
      await page.getByTestId('exercise-format-quiz').click();
      await page.getByTestId('quiz-submit').waitFor();
    }],
  ];

  for (const [name, open] of screens) {
    it(`${name} screen: every control has an accessible name and is reachable with Tab`, async () => {
      await open();
      const controls = await interactiveControls(page, cdp);
      expect(controls.length).toBeGreaterThan(2);
      const unnamed = controls.filter((c) => c.name === '');
      expect(unnamed, JSON.stringify(unnamed, null, 1)).toEqual([]);

      // Nothing that looks clickable may be out of the keyboard's reach (e.g. a <label> styled as a button).
      expect(await pointerOnlyTargets(page)).toEqual([]);

      const reached = await tabWalk(page);
      const required = await focusableControls(page);
      const missed = required.filter((c) => !reached.has(c.key));
      expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);

      // Keyboard focus must be visible: the focused control draws an outline or a box-shadow.
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
      });
      expect(ring.outline || ring.shadow).toBe(true);
    });
  }

  it('page view survives 200 % zoom: no sideways overflow of the shell, text stays visible', async () => {
    await screens[1][1]();
    // 200 % zoom of a 1360×900 window: the same window at half the CSS pixels, twice the density.
    await page.setViewportSize({ width: 680, height: 450 });
    await page.getByTestId('script-editor').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'zoom-200-script.png') });
    const shell = await page.evaluate(() => {
      const root = document.documentElement;
      const header = document.querySelector('.app-header')!.getBoundingClientRect();
      const block = document.querySelector('[data-testid=script-editor] [data-element]')!.getBoundingClientRect();
      return {
        docOverflow: root.scrollWidth - root.clientWidth,
        headerRight: header.right,
        viewport: root.clientWidth,
        blockVisible: block.width > 0 && block.height > 0 && block.left < root.clientWidth,
        font: parseFloat(getComputedStyle(document.querySelector('[data-testid=script-editor] [data-element]')!).fontSize),
      };
    });
    // The page itself may scroll inside its desk, but the app shell never spills sideways.
    expect(shell.docOverflow).toBeLessThanOrEqual(1);
    expect(shell.headerRight).toBeLessThanOrEqual(shell.viewport + 1);
    expect(shell.blockVisible).toBe(true);
    expect(shell.font).toBeGreaterThan(8);
    // The bars wrap into rows of whole controls: none is cut off at the right or sits off screen.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.script-bar button, .script-bar select, .toolbar button, .toolbar select')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.textContent),
    );
    expect(outside).toEqual([]);
    // The scene list gives the page its width back, and the Scenes button brings it back.
    await expect.poll(() => page.locator('.scene-nav').count()).toBe(0);
    const toggle = page.getByTestId('toggle-scenes');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.locator('.scene-nav').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => page.locator('.scene-nav').count()).toBe(0);
    for (const [name, open] of [screens[0], screens[2]]) {
      await open();
      await page.screenshot({ path: path.join(SHOTS, `zoom-200-${name}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), name).toBeLessThanOrEqual(1);
    }
    await page.setViewportSize({ width: 1360, height: 900 });
    await screens[1][1]();
    await page.locator('.scene-nav').waitFor();
  });

  for (const [theme, label, minimum] of [
    ['light', 'Light', 4.5],
    ['dark', 'Dark', 4.5],
    ['contrast', 'High contrast', 7],
  ] as const) {
    it(`${label} theme applies and body text reaches ${minimum}:1 contrast`, async () => {
      await page.getByTestId('open-settings').click();
      await page.getByLabel('Theme').selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      for (const [name, open] of screens) {
        await open();
        await page.screenshot({ path: path.join(SHOTS, `theme-${theme}-${name}.png`) });
        const body = await page.evaluate(() => {
          const s = getComputedStyle(document.body);
          return { fg: s.color, bg: s.backgroundColor };
        });
        expect(contrastRatio(body.fg, body.bg), `${theme}/${name} body`).toBeGreaterThanOrEqual(minimum);
        const texts = await textContrasts(page);
        expect(texts.length, `${theme}/${name}: text found`).toBeGreaterThan(5);
        const low = texts
          .map((t) => ({ ...t, ratio: Math.round(contrastRatio(t.fg, t.bg) * 100) / 100 }))
          .filter((t) => t.ratio < minimum);
        expect(low, `${theme}/${name}: ${JSON.stringify(low, null, 1)}`).toEqual([]);
      }
    });
  }
});
