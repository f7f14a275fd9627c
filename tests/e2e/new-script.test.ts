/** The new-script dialog (contract 4): Enter accepts a blank "Untitled"; a title and a template from Ctrl+N. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks } from './keys.ts';

describe('new script', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const titles = () => app.page.locator('.script-title').allTextContents();
  const toLibrary = () => app.page.getByRole('button', { name: /Library/ }).first().click();

  it('Enter accepts the defaults: a blank script called Untitled, opened in the editor', async () => {
    const p = app.page;
    await p.getByTestId('new-script').click();
    await p.getByTestId('new-script-dialog').waitFor();
    await expect.poll(() => p.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await p.keyboard.press('Enter');
    await p.getByTestId('script-editor').waitFor();
    expect((await blocks(p)).every(([, text]) => text === '')).toBe(true);
    // The caret is in the editor: typing needs no click first.
    await expect.poll(() => p.evaluate(() => !!document.activeElement?.closest('[data-testid=script-editor]'))).toBe(true);
    await p.keyboard.type('int. warung');
    await expect.poll(async () => (await blocks(p)).map(([, text]) => text).join('')).toBe('INT. WARUNG');
    await toLibrary();
    await expect.poll(titles).toEqual(['Untitled']);
  });

  it('file.new (Ctrl+N) asks for a title and a template: a TV episode starts with a teaser and acts', async () => {
    const p = app.page;
    await p.keyboard.press('Control+n');
    const dialog = p.getByTestId('new-script-dialog');
    await dialog.waitFor();
    await p.keyboard.type('Pulang');
    await dialog.locator('[data-template=tv]').check();
    await dialog.getByTestId('new-script-create').click();
    await p.getByTestId('script-editor').waitFor();
    await expect.poll(async () => (await blocks(p)).filter(([type]) => type === 'section').map(([, text]) => text)).toEqual(['TEASER', 'ACT ONE', 'ACT TWO', 'ACT THREE', 'TAG']);
    await toLibrary();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Pulang', 'Untitled']);
  });

  it('Escape closes the dialog and creates nothing', async () => {
    const p = app.page;
    await p.getByTestId('new-script').click();
    await p.getByTestId('new-script-dialog').waitFor();
    await p.keyboard.press('Escape');
    await p.getByTestId('new-script-dialog').waitFor({ state: 'detached' });
    expect((await titles()).length).toBe(2);
  });
});
