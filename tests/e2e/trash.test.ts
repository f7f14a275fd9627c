/**
 * The Trash in the real UI (contract 4: data-testid="trash", one item per deleted script):
 * delete is one click with an undo notice that stays until dismissed, across screens; the Trash
 * restores; delete forever and Empty Trash ask first, naming what goes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, focusableControls, interactiveControls, tabWalk, textContrasts } from './a11y/audit.ts';
import { launchApp, type App } from './harness.ts';

describe('Trash', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
    for (const title of ['Angin Malam', 'Bulan Sabit', 'Candi']) await app.backend.handlers['library.create']({ title });
    await app.page.reload();
    await app.page.getByTestId('script-item').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const titles = () => app.page.locator('[data-testid="script-item"] .script-title').allTextContents();
  const trashTitles = () => app.page.locator('[data-testid="trash-item"] .script-title').allTextContents();
  const inTrash = async () => (await app.backend.handlers['library.trash']({})).map((s) => s.title).sort();

  it('delete is one click: the script moves to the Trash and the notice offers Undo', async () => {
    const p = app.page;
    await p.getByRole('button', { name: 'Delete Angin Malam' }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Bulan Sabit', 'Candi']);
    await expect.poll(() => p.getByTestId('undo-notice').textContent()).toContain('“Angin Malam” was moved to the Trash.');
    await expect.poll(() => p.getByTestId('show-trash').textContent()).toBe('Trash (1)');
    expect(await inTrash()).toEqual(['Angin Malam']);
  });

  it('the undo notice stays when you leave the library, until you use or dismiss it', async () => {
    const p = app.page;
    await p.getByTestId('open-settings').click();
    await p.locator('.settings').waitFor();
    expect(await p.getByTestId('undo-notice').isVisible()).toBe(true);
    await p.getByRole('button', { name: 'Library' }).first().click();
    await p.getByRole('button', { name: 'Bulan Sabit' }).first().click();
    await p.getByTestId('script-editor').waitFor();
    expect(await p.getByTestId('undo-notice').isVisible()).toBe(true);
    await p.getByTestId('undo-delete').click();
    await p.getByTestId('undo-notice').waitFor({ state: 'detached' });
    expect(await inTrash()).toEqual([]);
    await p.getByRole('button', { name: 'Library' }).first().click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Angin Malam', 'Bulan Sabit', 'Candi']);

    // Dismissed, it is gone — and the script stays in the Trash.
    await p.getByRole('button', { name: 'Delete Candi' }).click();
    await p.getByTestId('undo-notice').waitFor();
    await p.getByTestId('undo-dismiss').click();
    await p.getByTestId('undo-notice').waitFor({ state: 'detached' });
    await p.getByTestId('open-settings').click();
    await p.getByRole('button', { name: 'Library' }).first().click();
    await p.getByTestId('show-scripts').waitFor();
    expect(await p.getByTestId('undo-notice').count()).toBe(0);
    expect(await inTrash()).toEqual(['Candi']);
  });

  it('the Trash lists each deleted script with when it goes for good, and restores it', async () => {
    const p = app.page;
    await p.getByRole('button', { name: 'Delete Bulan Sabit' }).click();
    // From the notice straight to the Trash.
    await p.getByTestId('undo-open-trash').click();
    await p.getByTestId('trash').waitFor();
    await expect.poll(trashTitles).toEqual(['Bulan Sabit', 'Candi']);
    const meta = await p.locator('[data-testid="trash-item"] .script-meta').first().textContent();
    expect(meta).toMatch(/^Deleted .+ · will be deleted for good on .+$/);
    expect(await p.getByTestId('trash').textContent()).toContain('Deleted scripts wait here for 30 days');
    await p.getByRole('button', { name: 'Restore Bulan Sabit' }).click();
    await expect.poll(trashTitles).toEqual(['Candi']);
    await expect.poll(() => p.getByTestId('trash-status').textContent()).toBe('“Bulan Sabit” is back in your library.');
    // The notice was about the script just restored: it goes with it.
    expect(await p.getByTestId('undo-notice').count()).toBe(0);
    await p.getByTestId('show-scripts').click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Angin Malam', 'Bulan Sabit']);
  });

  it('delete forever asks first, naming the script; Cancel and Escape keep it', async () => {
    const p = app.page;
    await p.getByTestId('show-trash').click();
    await p.getByRole('button', { name: 'Delete Candi forever' }).click();
    const dialog = p.getByTestId('confirm-delete-forever');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('Delete “Candi” forever?');
    expect(await dialog.textContent()).toContain('“Candi” will be deleted for good, with its snapshots and review notes. This cannot be undone.');
    // The safe choice has the focus: Enter alone does not delete.
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await p.getByRole('button', { name: 'Delete Candi forever' }).click();
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await inTrash()).toEqual(['Candi']);

    await p.getByRole('button', { name: 'Delete Candi forever' }).click();
    await dialog.getByTestId('confirm-accept').click();
    await expect.poll(() => p.getByTestId('trash-status').textContent()).toBe('“Candi” was deleted for good.');
    await expect.poll(trashTitles).toEqual([]);
    expect(await p.getByTestId('trash').textContent()).toContain('The Trash is empty.');
    expect(await inTrash()).toEqual([]);
    expect((await app.backend.handlers['library.list']({})).map((s) => s.title).sort()).toEqual(['Angin Malam', 'Bulan Sabit']);
  });

  it('Empty Trash lists what goes and empties exactly that', async () => {
    const p = app.page;
    await p.getByTestId('show-scripts').click();
    await p.getByRole('button', { name: 'Delete Angin Malam' }).click();
    await expect.poll(titles).toEqual(['Bulan Sabit']);
    await p.getByRole('button', { name: 'Delete Bulan Sabit' }).click();
    await expect.poll(titles).toEqual([]);
    await p.getByTestId('show-trash').click();
    await expect.poll(trashTitles).toEqual(['Bulan Sabit', 'Angin Malam']);
    await p.getByTestId('empty-trash').click();
    const dialog = p.getByTestId('confirm-empty-trash');
    await dialog.waitFor();
    expect(await dialog.locator('li').allTextContents()).toEqual(['Bulan Sabit', 'Angin Malam']);
    expect(await dialog.textContent()).toContain('2 scripts will be deleted for good');
    await dialog.getByTestId('confirm-accept').click();
    await expect.poll(() => p.getByTestId('trash-status').textContent()).toBe('2 scripts were deleted for good.');
    expect(await inTrash()).toEqual([]);
    expect(await app.backend.handlers['library.list']({})).toEqual([]);
  });

  it('the Trash and its dialog: named controls, reachable with Tab, readable in every theme', async () => {
    const p = app.page;
    for (const title of ['Dewi', 'Embun']) {
      const s = await app.backend.handlers['library.create']({ title });
      await app.backend.handlers['library.delete']({ id: s.id });
    }
    await p.getByTestId('show-scripts').click();
    await p.getByTestId('show-trash').click();
    await expect.poll(trashTitles).toEqual(['Embun', 'Dewi']);
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Accessibility.enable');
    const unnamed = (await interactiveControls(p, cdp)).filter((c) => c.name === '');
    expect(unnamed, JSON.stringify(unnamed)).toEqual([]);
    const reached = await tabWalk(p);
    const missed = (await focusableControls(p)).filter((c) => !reached.has(c.key));
    expect(missed, JSON.stringify(missed)).toEqual([]);
    for (const [theme, minimum] of [['light', 4.5], ['dark', 4.5], ['contrast', 7]] as const) {
      await p.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await p.getByRole('button', { name: 'Delete Dewi forever' }).click();
      await p.getByTestId('confirm-delete-forever').waitFor();
      const low = (await textContrasts(p)).map((t) => ({ ...t, ratio: contrastRatio(t.fg, t.bg) })).filter((t) => t.ratio < minimum);
      expect(low, `${theme}: ${JSON.stringify(low)}`).toEqual([]);
      await p.keyboard.press('Escape');
      await p.getByTestId('confirm-delete-forever').waitFor({ state: 'detached' });
    }
    await p.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  });
});
