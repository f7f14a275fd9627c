/**
 * Spelling in the real editor (issue 14, contract 4): the worker, fed the app's own dictionary
 * files, underlines a misspelled word with data-spell="error"; a character name used in action is
 * not flagged; the context menu's correction replaces the word, and "add to my dictionary" clears
 * the underline and is kept in the settings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks } from './keys.ts';

describe('spelling in the editor', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks a misspelling, not a character name, and corrects it from the context menu', async () => {
    const p = app.page;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-spell-')), 'kitchen.fountain');
    fs.writeFileSync(file, 'INT. KITCHEN - NIGHT\n\nZORVAK opens the fridge. Nothing but a smal lemon.\n\nZORVAK\nWe need groceries, Blorbina.\n');
    await p.getByTestId('import-file').setInputFiles(file);
    await p.getByTestId('script-editor').waitFor();

    const flagged = p.locator('[data-testid=script-editor] [data-spell="error"]');
    await expect.poll(() => flagged.allTextContents(), { timeout: 30_000 }).toEqual(['smal', 'Blorbina']);
    // The character's name, in action and in the cue, is the script's own word.
    await expect(p.locator('[data-element=action] [data-spell]', { hasText: 'ZORVAK' }).count()).resolves.toBe(0);

    await flagged.filter({ hasText: 'smal' }).click({ button: 'right' });
    const menu = p.getByTestId('spell-menu');
    await menu.locator('button[data-suggestion="small"]').click();
    await expect.poll(async () => (await blocks(p))[1][1]).toBe('ZORVAK opens the fridge. Nothing but a small lemon.');
    await expect.poll(() => flagged.allTextContents()).toEqual(['Blorbina']);

    await flagged.click({ button: 'right' });
    await menu.locator('button[data-action="add-to-dictionary"]').click();
    await expect.poll(() => flagged.count()).toBe(0);
    await expect.poll(async () => (await app.backend.handlers['settings.get']({})).spellDictionary).toEqual(['Blorbina']);
    await p.getByTestId('open-settings').click();
    await expect.poll(() => p.getByTestId('personal-dictionary').inputValue()).toBe('Blorbina');
  });

  it('in an Indonesian script: reduplication and -nya pass, F7 opens the next flagged word, ignore once clears it', async () => {
    const p = app.page;
    await p.goto(app.url);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-spell-')), 'warung.fountain');
    fs.writeFileSync(file, 'INT. WARUNG BU TEJO - MALAM\n\nAnak-anak berlari. Darsih menutup pintunya. Hujan derss.\n\nDARSIH\nKopi satu, Bu.\n');
    await p.getByTestId('import-file').setInputFiles(file);
    await p.getByTestId('script-editor').waitFor();
    const flagged = p.locator('[data-testid=script-editor] [data-spell="error"]');
    await expect.poll(() => flagged.allTextContents(), { timeout: 30_000 }).toEqual(['derss']);

    await p.locator('[data-testid=script-editor] [data-element=action]').click();
    await p.keyboard.press('Home');
    await p.keyboard.press('F7');
    const menu = p.getByTestId('spell-menu');
    await expect.poll(() => menu.locator('button[data-suggestion]').allTextContents()).toContain('deras');
    await menu.locator('button[data-action="ignore-once"]').click();
    await expect.poll(() => flagged.count()).toBe(0);
  });
});
