/** Library chores in the real UI: import, rename, duplicate, delete + undo, errors, language. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/pdf/render.ts';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import { launchApp, type App } from './harness.ts';
import { blocks } from './keys.ts';

const FOUNTAIN = `Title: Angin Malam

INT. RUMAH - MALAM

Lampu berkedip.

DEWI
Siapa di sana?
`;

describe('library', () => {
  let app: App;
  let dir: string;
  beforeAll(async () => {
    app = await launchApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-files-'));
  });
  afterAll(async () => {
    await app?.close();
  });

  const titles = () => app.page.locator('.script-title').allTextContents();

  it('imports a Fountain file and opens it', async () => {
    const file = path.join(dir, 'angin.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    await app.page.getByTestId('import-file').setInputFiles(file);
    await app.page.getByTestId('script-editor').waitFor();
    expect(await blocks(app.page)).toEqual([
      ['scene_heading', 'INT. RUMAH - MALAM'],
      ['action', 'Lampu berkedip.'],
      ['character', 'DEWI'],
      ['dialogue', 'Siapa di sana?'],
    ]);
    await app.page.getByRole('button', { name: /Library/ }).first().click();
    await expect.poll(titles).toEqual(['Angin Malam']);
  });

  it('refuses a broken file with a translated error and changes nothing', async () => {
    const bad = path.join(dir, 'broken.fdx');
    fs.writeFileSync(bad, '<FinalDraft><Content><Paragraph Type="Action"><Text>oops</Paragraph></FinalDraft>');
    await app.page.getByTestId('import-file').setInputFiles(bad);
    await expect(app.page.getByTestId('error').textContent()).resolves.toMatch(/not valid XML \(line 1\)/);
    await expect.poll(titles).toEqual(['Angin Malam']);
  });

  it('renames, duplicates, deletes with undo', async () => {
    const p = app.page;
    await p.getByRole('button', { name: 'Rename Angin Malam' }).click();
    await p.getByLabel('New title').fill('Angin Malam (draf 2)');
    await p.getByLabel('New title').press('Enter');
    await expect.poll(titles).toEqual(['Angin Malam (draf 2)']);
    await p.getByRole('button', { name: 'Duplicate Angin Malam (draf 2)' }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Angin Malam (draf 2)', 'Angin Malam (draf 2) (copy)']);
    await p.getByRole('button', { name: 'Delete Angin Malam (draf 2) (copy)' }).click();
    await expect.poll(titles).toEqual(['Angin Malam (draf 2)']);
    await p.getByTestId('undo-delete').click();
    await expect.poll(async () => (await titles()).length).toBe(2);
  });

  it('imports a screenplay PDF into elements', async () => {
    const parsed = parseFountain(FOUNTAIN);
    if (!parsed.ok) throw new Error('fixture');
    const file = path.join(dir, 'angin.pdf');
    fs.writeFileSync(file, await renderPdf(parsed.value, { paper: 'a4', titlePage: true }));
    await app.page.getByTestId('import-file').setInputFiles(file);
    await app.page.getByTestId('script-editor').waitFor();
    expect(await blocks(app.page)).toEqual([
      ['scene_heading', 'INT. RUMAH - MALAM'],
      ['action', 'Lampu berkedip.'],
      ['character', 'DEWI'],
      ['dialogue', 'Siapa di sana?'],
    ]);
    await app.page.getByRole('button', { name: /Library/ }).first().click();
  });

  it('switches the interface to Bahasa Indonesia', async () => {
    const p = app.page;
    await p.getByTestId('open-settings').click();
    await p.getByTestId('language').selectOption('id');
    // The language loads and applies asynchronously (setting saved, then i18n switches): poll.
    await expect.poll(() => p.getByTestId('open-settings').textContent()).toBe('Pengaturan');
    await p.getByRole('button', { name: 'Pustaka' }).first().click();
    await expect.poll(() => p.getByTestId('new-script').textContent()).toBe('Naskah baru');
  });

  it('switches the interface to Korean, listed by its own name, with counts in Korean', async () => {
    const p = app.page;
    await p.getByTestId('open-settings').click();
    const options = await p.getByTestId('language').locator('option').allTextContents();
    expect(options).toEqual(['Bahasa Indonesia', '한국어', 'English']);
    await p.getByTestId('language').selectOption('ko');
    await expect.poll(() => p.getByTestId('open-settings').textContent()).toBe('설정');
    await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('ko');
    await p.getByRole('button', { name: '보관함' }).first().click();
    await expect.poll(() => p.getByTestId('new-script').textContent()).toBe('새 대본');
    // Each script's line counts its scenes and words the Korean way, never "1 scenes".
    await expect.poll(() => p.getByTestId('script-item').first().textContent()).toMatch(/씬 \d+개 · \d+단어 · /);
  });
});
