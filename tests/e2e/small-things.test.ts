/**
 * Two of issue 14's "small things" where the unit tests stop short of the browser: opening a
 * script that is already in the library puts the caret in the editor (typing needs no click), and
 * a Fountain file pasted with its title page fills the script's title page, not an action.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

describe('small things of the desk', () => {
  let app: App;
  let id: string;

  beforeAll(async () => {
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'pulang.fountain', content: 'INT. RUMAH - MALAM\n\nLampu padam.\n' })).id;
    await app.page.reload();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const inEditor = () => app.page.evaluate(() => !!document.activeElement?.closest('[data-testid=script-editor]'));

  it('opening a script from the library puts the caret in the editor, at the top', async () => {
    const p = app.page;
    await p.getByTestId('script-item').first().click();
    await p.locator('[data-testid=script-editor] [data-element]').first().waitFor();
    await expect.poll(inEditor).toBe(true);
    await p.keyboard.type('ext');
    await expect.poll(async () => (await blocks(p))[0]).toEqual(['scene_heading', 'EXTINT. RUMAH - MALAM']);
    for (let i = 0; i < 3; i++) await p.keyboard.press('Backspace');
    await expect.poll(async () => (await blocks(p))[0]).toEqual(['scene_heading', 'INT. RUMAH - MALAM']);
    // Back to the library and in again: the same.
    await p.getByRole('button', { name: /Library/ }).first().click();
    await p.getByTestId('script-item').first().click();
    await p.locator('[data-testid=script-editor] [data-element]').first().waitFor();
    await expect.poll(inEditor).toBe(true);
  });

  it('a pasted Fountain file with a title page gives the script its title page, and the scene its blocks', async () => {
    const p = app.page;
    const last = p.locator('[data-testid=script-editor] [data-element=action]').last();
    await last.click();
    await p.keyboard.press('End');
    await p.keyboard.press('Enter');
    const file = 'Title: Pulang\nAuthor: Sari Dewi\n\nEXT. JALAN - PAGI\n\nBudi berlari.\n';
    // A paste as the browser delivers it: plain text on the clipboard event.
    await p.locator('[data-testid=script-editor]').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, file);
    await expect.poll(() => blocks(p)).toEqual([
      ['scene_heading', 'INT. RUMAH - MALAM'],
      ['action', 'Lampu padam.'],
      ['scene_heading', 'EXT. JALAN - PAGI'],
      ['action', 'Budi berlari.'],
    ]);
    await waitSaved(p);
    await expect.poll(async () => (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.titlePage).toEqual([
      { key: 'Title', value: 'Pulang' },
      { key: 'Author', value: 'Sari Dewi' },
    ]);
    // And the title page's Title names the script in the library.
    await expect.poll(async () => (await app.backend.handlers['library.list']({})).find((s) => s.id === id)?.title).toBe('Pulang');
  });
});
