/**
 * Index cards in real Chromium: open them from the command palette (View ▸ Index cards), move a
 * card by the keyboard chord, write a synopsis on a card, add a structure — and see each change
 * in the saved script; one undo takes a move back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

const ELEMENTS: ScriptElement[] = [
  { type: 'section', text: 'Act One', depth: 1 },
  { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
  { type: 'action', text: 'Hujan di atap seng.' },
  { type: 'scene_heading', text: 'EXT. JALAN - MALAM' },
  { type: 'action', text: 'Budi berlari.' },
  { type: 'scene_heading', text: 'INT. MOBIL - MALAM' },
  { type: 'character', text: 'RINA' },
  { type: 'dialogue', text: 'Lebih cepat.' },
];

describe('index cards', () => {
  let app: App;
  let id: string;
  const chord = process.platform === 'darwin' ? 'Control+Alt' : 'Alt';
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  beforeAll(async () => {
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'kartu.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Kartu' }], elements: ELEMENTS }) })).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const saved = async () => (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.elements.map((e) => `${e.type}:${e.text}`);
  const headings = () => app.page.locator('[data-testid=index-cards] [data-card] .card-heading').allTextContents();

  it('opens from the palette with one card per scene in script order', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.getByTestId('script-item').filter({ hasText: 'Kartu' }).first().click();
    await page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
    await page.keyboard.press(`${mod}+k`);
    await page.getByTestId('palette-search').fill('Index cards');
    await page.getByTestId('command-palette').locator('[data-command="view.indexCards"]').click();
    await page.getByTestId('index-cards').waitFor();
    expect(await headings()).toEqual(['INT. WARUNG - MALAM', 'EXT. JALAN - MALAM', 'INT. MOBIL - MALAM']);
    expect(await page.getByTestId('card-length').first().textContent()).toMatch(/^\d( \d\/8)?|\d\/8 pg$/);
  }, 60_000);

  it('the reorder chord moves a card with its scene, keeps the focus, and one undo takes it back', async () => {
    const page = app.page;
    const last = page.locator('[data-card]').nth(2);
    await last.focus();
    await page.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(headings).toEqual(['INT. WARUNG - MALAM', 'INT. MOBIL - MALAM', 'EXT. JALAN - MALAM']);
    expect(await page.evaluate(() => document.activeElement?.querySelector('.card-heading')?.textContent)).toBe('INT. MOBIL - MALAM');
    await page.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(headings).toEqual(['INT. MOBIL - MALAM', 'INT. WARUNG - MALAM', 'EXT. JALAN - MALAM']);
    await waitSaved(page);
    expect(await saved()).toEqual([
      'section:Act One',
      'scene_heading:INT. MOBIL - MALAM', 'character:RINA', 'dialogue:Lebih cepat.',
      'scene_heading:INT. WARUNG - MALAM', 'action:Hujan di atap seng.',
      'scene_heading:EXT. JALAN - MALAM', 'action:Budi berlari.',
    ]);
    await page.keyboard.press(`${mod}+k`);
    await page.getByTestId('palette-search').fill('Undo');
    await page.getByTestId('command-palette').locator('[data-command="edit.undo"]').click();
    // The cards stay open under the undo and follow the script.
    await expect.poll(headings).toEqual(['INT. WARUNG - MALAM', 'INT. MOBIL - MALAM', 'EXT. JALAN - MALAM']);
  }, 60_000);

  it('a synopsis written on a card is the scene’s synopsis element in the script', async () => {
    const page = app.page;
    const card = page.locator('[data-card]').nth(2);
    await card.getByTestId('card-synopsis').fill('Budi lolos dari kejaran.');
    await page.getByTestId('index-cards').locator('h2').click(); // leaving the field writes it
    await waitSaved(page);
    const els = await saved();
    expect(els.slice(els.indexOf('scene_heading:EXT. JALAN - MALAM'))).toEqual(['scene_heading:EXT. JALAN - MALAM', 'synopsis:Budi lolos dari kejaran.', 'action:Budi berlari.']);
  }, 60_000);

  it('a structure template adds its sections with a synopsis each', async () => {
    const page = app.page;
    await page.getByTestId('structure-template').selectOption('threeActs');
    await page.getByTestId('insert-structure').click();
    await expect.poll(() => page.getByTestId('section-title').count()).toBe(4);
    await waitSaved(page);
    const els = await saved();
    expect(els.slice(-6)).toEqual([
      expect.stringMatching(/^section:Act One$/), expect.stringMatching(/^synopsis:Who the hero is/),
      'section:Act Two', expect.stringMatching(/^synopsis:/),
      'section:Act Three', expect.stringMatching(/^synopsis:/),
    ]);
  }, 60_000);

  it('the scene list moves a scene by the same chord', async () => {
    const page = app.page;
    await page.getByTestId('index-cards').getByRole('button', { name: 'Back to the page' }).click();
    await page.getByTestId('index-cards').waitFor({ state: 'detached' });
    const links = page.getByTestId('scene-link');
    await expect.poll(() => links.count()).toBe(3);
    const before = await links.allTextContents();
    await links.nth(0).focus();
    await page.keyboard.press(`${chord}+ArrowDown`);
    await expect.poll(async () => (await links.allTextContents()).map((t) => t.replace(/^\d+\s*/, ''))).toEqual([before[1], before[0], before[2]].map((t) => t.replace(/^\d+\s*/, '')));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(before[0].replace(/^\d+\s*/, ''));
  }, 60_000);
});
