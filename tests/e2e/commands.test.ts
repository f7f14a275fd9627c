/**
 * The command list in the real UI (browser mode): Ctrl+K opens the palette, typing filters it,
 * Enter runs the command on the page; Ctrl+P opens the PDF export's pages for the browser's print
 * (the bytes are checked in the export's reply, the tab by its document type); the library
 * lists recent scripts, and a script moved to the Trash drops out of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../shared/commands/command-list.ts';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

describe('commands', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
    await app.backend.handlers['library.create']({ title: 'Angin Malam' });
    const b = await app.backend.handlers['library.create']({ title: 'Bulan Sabit' });
    await app.backend.handlers['draft.save']({ scriptId: b.id, screenplay: { version: 1, titlePage: [], elements: [{ type: 'action', text: 'int. rumah - malam' }] } });
    await app.page.reload();
    await app.page.getByTestId('script-item').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Ctrl+K opens the palette; typing filters it; Enter runs the command on the page', async () => {
    const p = app.page;
    await p.getByRole('button', { name: 'Bulan Sabit' }).first().click();
    await p.locator('[data-testid=script-editor] [data-element]').first().waitFor();
    await p.locator('[data-testid=script-editor] .block-text').first().click();
    await p.keyboard.press('Control+k');
    const palette = p.getByTestId('command-palette');
    await palette.waitFor();
    expect(await p.getByTestId('palette-search').evaluate((el) => el === document.activeElement)).toBe(true);
    const all = await palette.getByRole('option').count();
    // Every enabled command of an open script is offered, Print and the element types among them.
    expect(all).toBeGreaterThan(25);
    expect(await palette.locator('[data-command="file.print"]').count()).toBe(1);
    // Exactly the commands the list enables on an open, editable script: so each of them has a handler on this screen.
    const state = { screen: 'script' as const, editor: true, editable: true, recent: [], panels: [], zoom: 100 };
    const expected = COMMANDS.filter((c) => c.enabled(state) && c.id !== 'view.palette').map((c) => c.id);
    const shown = await palette.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-command')));
    expect(shown.filter((id) => id !== 'file.openRecent')).toEqual(expected);
    // Options have names; the search field is a labelled combobox pointing at its list.
    expect(await p.getByRole('combobox', { name: 'Type a command' }).getAttribute('aria-controls')).toBe('palette-list');
    expect(await p.getByRole('dialog', { name: 'Commands' }).count()).toBe(1);

    await p.keyboard.type('scene head');
    await expect.poll(() => palette.getByRole('option').allTextContents()).toEqual(['Scene headingCtrl+1']);
    expect(await palette.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await p.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await expect.poll(async () => (await blocks(p))[0]).toEqual(['scene_heading', 'INT. RUMAH - MALAM']);
    await waitSaved(p);

    // Arrows move through the list; Escape closes and gives the focus back to the page.
    await p.keyboard.press('Control+k');
    await palette.waitFor();
    await p.keyboard.type('zoom');
    await p.keyboard.press('ArrowDown');
    expect(await palette.locator('[aria-selected=true]').getAttribute('data-command')).toBe('view.zoomOut');
    await p.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    expect(await p.evaluate(() => !!document.activeElement?.closest('[data-testid=script-editor]'))).toBe(true);
  });

  it('the toolbar’s buttons are commands of the list', async () => {
    const ids = await app.page.locator('.toolbar [data-command]').evaluateAll((els) => els.map((e) => e.getAttribute('data-command')));
    // The script's tools sit between the two groups; "clear the current revision" shows once a revision exists.
    expect(ids).toEqual(['format.bold', 'format.italic', 'format.underline', 'format.dual', 'edit.undo', 'edit.redo', 'script.lockSceneNumbers', 'script.rename', 'script.revisionMode', 'script.startRevision', 'view.scenes', 'view.coach', 'edit.find', 'view.titlePage']);
  });

  it('Ctrl+= zooms the paper, Ctrl+0 puts it back', async () => {
    const p = app.page;
    const zoom = () => p.locator('.paper-scroll > .paper').evaluate((el) => getComputedStyle(el).zoom);
    await p.keyboard.press('Control+=');
    await expect.poll(zoom).toBe('1.1');
    await p.keyboard.press('Control+0');
    await expect.poll(zoom).toBe('1');
  });

  it('Ctrl+P opens the PDF export of the script for the browser to print', async () => {
    const p = app.page;
    const popup = p.context().waitForEvent('page');
    const exported = p.waitForResponse((r) => r.url().endsWith('/api/library.export'));
    await p.keyboard.press('Control+p');
    const tab = await popup;
    // The engine's pages: the PDF export's bytes (not a picture of the editor)…
    const reply = (await (await exported).json()) as { ok: true; result: { encoding: string; content: string; mimeType: string } };
    expect(reply.result.mimeType).toBe('application/pdf');
    const bytes = Buffer.from(reply.result.content, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // …shown in the new tab as a PDF document, where the browser's viewer prints it.
    await tab.waitForURL(/^blob:/);
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
    expect(p.url()).not.toMatch(/^blob:/);
    await tab.close();
  });

  it('the library lists recent scripts; a script in the Trash drops out', async () => {
    const p = app.page;
    await p.locator('.script-bar button').first().click();
    const recent = p.getByTestId('recent-script');
    await expect.poll(() => recent.allTextContents()).toEqual(['Bulan Sabit']);
    await p.getByRole('button', { name: 'Angin Malam' }).first().click();
    await p.getByTestId('script-editor').waitFor();
    await p.locator('.script-bar button').first().click();
    await expect.poll(() => recent.allTextContents()).toEqual(['Angin Malam', 'Bulan Sabit']);
    await recent.filter({ hasText: 'Bulan Sabit' }).click();
    await p.getByTestId('script-editor').waitFor();
    await p.locator('.script-bar button').first().click();
    await expect.poll(() => recent.allTextContents()).toEqual(['Bulan Sabit', 'Angin Malam']);
    await p.getByRole('button', { name: 'Delete Bulan Sabit' }).click();
    await expect.poll(() => recent.allTextContents()).toEqual(['Angin Malam']);
    // Undo brings it back to its place in the list.
    await p.getByTestId('undo-delete').click();
    await expect.poll(() => recent.allTextContents()).toEqual(['Bulan Sabit', 'Angin Malam']);
    await recent.filter({ hasText: 'Bulan Sabit' }).click();
    await p.getByTestId('script-editor').waitFor();
    expect(await p.title()).toBe('Bulan Sabit — Naskah');
  });
});
