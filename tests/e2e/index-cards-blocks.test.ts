/**
 * Index cards that move together and sections that move as units, in real Chromium at laptop
 * size (1366×768): Ctrl/Cmd+click, Shift+click, Shift+arrows and Ctrl/Cmd+A pick cards (shown
 * with aria-selected and said in the status line), the chord and a drag move them as one block,
 * a section moves by the chord on its header or by its grip with every scene under it, a section
 * collapses — each move one undo step and the saved script in the new order; and the scene list's
 * chord leaves the section elements where they are.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

const SHOTS = process.env.NASKAH_SHOTS_DIR ?? path.join(os.tmpdir(), 'naskah-cards-shots');

const scene = (place: string, ...rest: ScriptElement[]): ScriptElement[] => [{ type: 'scene_heading', text: `INT. ${place} - MALAM` }, ...rest];
const ELEMENTS: ScriptElement[] = [
  { type: 'section', text: 'Act One', depth: 1 },
  { type: 'synopsis', text: 'Dunia Rina.' },
  ...scene('A', { type: 'action', text: 'a' }),
  ...scene('B', { type: 'action', text: 'b' }),
  ...scene('C', { type: 'synopsis', text: 'C bertemu.' }, { type: 'note', text: 'catatan C' }, { type: 'action', text: 'c' }),
  { type: 'section', text: 'Act Two', depth: 1 },
  { type: 'section', text: 'Seq 1', depth: 2 },
  ...scene('D', { type: 'character', text: 'RINA' }, { type: 'dialogue', text: 'Ayo.' }),
  { type: 'section', text: 'Seq 2', depth: 2 },
  ...scene('E', { type: 'action', text: 'e' }),
  { type: 'section', text: 'Act Three', depth: 1 },
  ...scene('F', { type: 'action', text: 'f' }),
];
const ORIGINAL = ELEMENTS.map((e) => `${e.type}:${e.text}`);

describe('index cards: blocks and sections', () => {
  let app: App;
  let id: string;
  const chord = process.platform === 'darwin' ? 'Control+Alt' : 'Alt';
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'blok.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Blok' }], elements: ELEMENTS }) })).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const saved = async () => (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.elements.map((e) => `${e.type}:${e.text}`);
  /** The saved script as section titles (#) and scene letters, to read an order at a glance. */
  const savedShape = async () => (await saved()).flatMap((s) => (s.startsWith('section:') ? [`#${s.slice(8)}`] : s.startsWith('scene_heading:') ? [s[19]] : []));
  const board = () => app.page.getByTestId('index-cards');
  /** The cards on screen, in order (a collapsed section's stay in the DOM, hidden). */
  const letters = async () => (await board().locator('[data-card]:visible .card-heading').allTextContents()).map((t) => t[5]);
  const card = (letter: string) => board().locator('[data-card]').filter({ has: app.page.locator('.card-heading', { hasText: `INT. ${letter} - MALAM` }) });
  /** Where a writer clicks to pick a card: its heading (the synopsis field in the middle is for typing). */
  const pick = (letter: string, modifiers: ('Shift' | 'Control' | 'Meta')[] = []) => card(letter).locator('.card-heading').click({ modifiers });
  const selected = async () => (await board().locator('[data-card][aria-selected=true] .card-heading').allTextContents()).map((t) => t[5]);
  const status = () => board().getByTestId('cards-status').textContent();
  const sectionHead = (title: string) => board().locator('[data-section-id]').filter({ has: app.page.locator(`input[data-testid=section-title][aria-label="${title}"]`) }).getByTestId('section-head');
  const undo = async () => {
    await app.page.keyboard.press(`${mod}+k`);
    await app.page.getByTestId('palette-search').fill('Undo');
    await app.page.getByTestId('command-palette').locator('[data-command="edit.undo"]').click();
  };

  it('opens at laptop size with the cards under their sections', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    await page.getByTestId('script-item').filter({ hasText: 'Blok' }).first().click();
    await page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
    await page.keyboard.press(`${mod}+k`);
    await page.getByTestId('palette-search').fill('Index cards');
    await page.getByTestId('command-palette').locator('[data-command="view.indexCards"]').click();
    await board().waitFor();
    expect(await letters()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(await board().getByRole('grid').getAttribute('aria-multiselectable')).toBe('true');
    expect(await board().locator('[data-card][aria-selected=false]').count()).toBe(6);
  }, 60_000);

  it('Ctrl/Cmd+click picks cards; the chord moves them as one block into the next act; one undo takes it back', async () => {
    const page = app.page;
    await pick('A');
    await pick('C', [process.platform === 'darwin' ? 'Meta' : 'Control']);
    await expect.poll(selected).toEqual(['A', 'C']);
    await expect.poll(status).toBe('2 cards selected');
    await expect.poll(() => board().getByTestId('card-selection').textContent()).toContain('2 cards selected');
    await page.screenshot({ path: path.join(SHOTS, 'cards-selection-1366.png') });
    await card('C').focus();
    await page.keyboard.press(`${chord}+ArrowDown`);
    // C was the last card of act one: the block steps into act two, before its first sequence.
    await expect.poll(letters).toEqual(['B', 'A', 'C', 'D', 'E', 'F']);
    await expect.poll(status).toBe('Moved 2 cards to positions 2–3 of 6');
    expect(await selected()).toEqual(['A', 'C']);
    expect(await page.evaluate(() => document.activeElement?.querySelector('.card-heading')?.textContent)).toBe('INT. C - MALAM');
    await expect.poll(savedShape).toEqual(['#Act One', 'B', '#Act Two', 'A', 'C', '#Seq 1', 'D', '#Seq 2', 'E', '#Act Three', 'F']);
    // C's synopsis and note travelled with it.
    const els = await saved();
    expect(els.slice(els.indexOf('scene_heading:INT. C - MALAM'), els.indexOf('scene_heading:INT. C - MALAM') + 4)).toEqual(['scene_heading:INT. C - MALAM', 'synopsis:C bertemu.', 'note:catatan C', 'action:c']);
    // Ctrl/Cmd+Z on a card (not a text field) is the script's undo: the whole block goes back at once.
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    await expect.poll(saved).toEqual(ORIGINAL);
    // The focus stays on the card (the page under the board must not take the next keys).
    expect(await page.evaluate(() => document.activeElement?.querySelector('.card-heading')?.textContent)).toBe('INT. C - MALAM');
    await expect.poll(status).toBe('Undone');
    // And redo brings the move back, as one step too.
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Shift+z' : 'Control+y');
    await expect.poll(letters).toEqual(['B', 'A', 'C', 'D', 'E', 'F']);
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(saved).toEqual(ORIGINAL);
  }, 60_000);

  it('Shift+arrows, Ctrl/Cmd+A and Escape pick from the keyboard', async () => {
    const page = app.page;
    await card('B').focus();
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(selected).toEqual(['B', 'C', 'D']);
    await expect.poll(status).toBe('3 cards selected');
    expect(await page.evaluate(() => document.activeElement?.querySelector('.card-heading')?.textContent)).toBe('INT. D - MALAM');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(selected).toEqual(['B', 'C']);
    // A plain arrow moves the focus only: D is focused, not picked.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.querySelector('.card-heading')?.textContent)).toBe('INT. D - MALAM');
    expect(await selected()).toEqual(['B', 'C']);
    await page.screenshot({ path: path.join(SHOTS, 'cards-keyboard-1366.png') });
    await page.keyboard.press(`${mod}+a`);
    await expect.poll(selected).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
  }, 60_000);

  it('Shift+click takes a range, and dragging one of them moves the whole block', async () => {
    const page = app.page;
    await pick('B');
    await pick('D', ['Shift']);
    await expect.poll(selected).toEqual(['B', 'C', 'D']);
    // Both cards on screen at once: Playwright's drag does not wait for the board's auto-scroll.
    await page.setViewportSize({ width: 1366, height: 1100 });
    await card('C').locator('.card-heading').dragTo(card('F').locator('.card-heading'));
    // Dropped on a card further down, the block lands after it, in its own order.
    await expect.poll(letters).toEqual(['A', 'E', 'F', 'B', 'C', 'D']);
    await expect.poll(savedShape).toEqual(['#Act One', 'A', '#Act Two', '#Seq 1', '#Seq 2', 'E', '#Act Three', 'F', 'B', 'C', 'D']);
    await card('B').focus();
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(saved).toEqual(ORIGINAL);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 768 });
  }, 60_000);

  it('the chord on a section header moves the act with its sequences and scenes; undo puts it back', async () => {
    const page = app.page;
    await sectionHead('Act Two').locator('input[data-testid=section-title]').focus();
    await page.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(letters).toEqual(['D', 'E', 'A', 'B', 'C', 'F']);
    await expect.poll(status).toBe('Moved Act Two with its 2 scenes: now section 1 of 5');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Act Two');
    await expect.poll(savedShape).toEqual(['#Act Two', '#Seq 1', 'D', '#Seq 2', 'E', '#Act One', 'A', 'B', 'C', '#Act Three', 'F']);
    // A sequence steps past its sibling.
    await sectionHead('Seq 2').locator('input[data-testid=section-title]').focus();
    await page.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(savedShape).toEqual(['#Act Two', '#Seq 2', 'E', '#Seq 1', 'D', '#Act One', 'A', 'B', 'C', '#Act Three', 'F']);
    // The first section of the script goes no higher, and says so.
    await sectionHead('Act Two').locator('input[data-testid=section-title]').focus();
    await page.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(status).toBe('Cannot move further that way');
    await undo();
    await expect.poll(savedShape).toEqual(['#Act Two', '#Seq 1', 'D', '#Seq 2', 'E', '#Act One', 'A', 'B', 'C', '#Act Three', 'F']);
    await undo();
    await expect.poll(saved).toEqual(ORIGINAL);
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  }, 60_000);

  it('a section dragged by its grip onto an act joins that act, with its scene', async () => {
    await app.page.setViewportSize({ width: 1366, height: 1100 });
    await sectionHead('Seq 2').getByTestId('section-grip').dragTo(sectionHead('Act One'));
    await expect.poll(savedShape).toEqual(['#Act One', 'A', 'B', 'C', '#Seq 2', 'E', '#Act Two', '#Seq 1', 'D', '#Act Three', 'F']);
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'E', 'D', 'F']);
    await undo();
    await expect.poll(saved).toEqual(ORIGINAL);
    await app.page.setViewportSize({ width: 1366, height: 768 });
  }, 60_000);

  it('a collapsed act hides its cards and still moves as a whole', async () => {
    const page = app.page;
    const toggle = sectionHead('Act Two').getByTestId('section-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'F']);
    expect(await sectionHead('Act Two').textContent()).toContain('2 scenes folded away');
    expect(await board().locator('input[data-testid=section-title][aria-label="Seq 1"]').isVisible()).toBe(false);
    // Contract 4 still holds: one [data-card] per scene, in script order.
    expect(await board().locator('[data-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card')))).toEqual(['1', '2', '3', '4', '5', '6']);
    await page.screenshot({ path: path.join(SHOTS, 'cards-collapsed-1366.png') });
    await toggle.focus();
    await page.keyboard.press(`${chord}+ArrowDown`);
    await expect.poll(savedShape).toEqual(['#Act One', 'A', 'B', 'C', '#Act Three', 'F', '#Act Two', '#Seq 1', 'D', '#Seq 2', 'E']);
    // Still collapsed after the move, the focus on its toggle.
    expect(await sectionHead('Act Two').getByTestId('section-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('toggle');
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(saved).toEqual(ORIGINAL);
    await sectionHead('Act Two').getByTestId('section-toggle').click();
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  }, 60_000);

  it('undo and redo from the palette or the toolbar act on the board and leave the focus off the hidden page', async () => {
    const page = app.page;
    /** Where the focus is: a card's letter, or what holds it (the page editor must never have it while the board covers it). */
    const focusIn = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el?.closest('[data-testid=script-editor]')) return 'page';
        const heading = el?.closest('[data-card-id]')?.querySelector('.card-heading')?.textContent;
        if (heading) return heading[5];
        return el?.closest('[data-command]')?.getAttribute('data-command') ?? el?.tagName ?? 'none';
      });
    await card('B').focus();
    await page.keyboard.press(`${chord}+ArrowDown`);
    await expect.poll(savedShape).toEqual(['#Act One', 'A', 'C', 'B', '#Act Two', '#Seq 1', 'D', '#Seq 2', 'E', '#Act Three', 'F']);
    // From the palette: the palette gives the focus back to the card, and the card keeps it.
    await undo();
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    await expect.poll(saved).toEqual(ORIGINAL);
    expect(await focusIn()).toBe('B');
    await expect.poll(status).toBe('Undone');
    // Keys typed next go nowhere near the script.
    await page.keyboard.type('zz');
    expect(await focusIn()).toBe('B');
    // From the toolbar: redo and undo redraw the board, and the focus goes back to the card that last had it.
    const toolbar = (id: string) => page.locator(`button[data-command="${id}"]`);
    await toolbar('edit.redo').click();
    await expect.poll(letters).toEqual(['A', 'C', 'B', 'D', 'E', 'F']);
    await expect.poll(status).toBe('Redone');
    await expect.poll(focusIn).toBe('B');
    await card('D').focus();
    await toolbar('edit.undo').click();
    await expect.poll(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    await expect.poll(focusIn).toBe('D');
    await page.keyboard.type('zz');
    await waitSaved(page);
    await expect.poll(saved).toEqual(ORIGINAL);
  }, 60_000);

  it('the scene list’s chord moves a scene and leaves the sections in place', async () => {
    const page = app.page;
    await board().getByRole('button', { name: 'Back to the page' }).click();
    await board().waitFor({ state: 'detached' });
    const links = page.getByTestId('scene-link');
    await expect.poll(() => links.count()).toBe(6);
    // C is the last scene of act one; "Act Two" and "Seq 1" after it are not part of it.
    await links.nth(2).focus();
    await page.keyboard.press(`${chord}+ArrowDown`);
    // One place down, as on the cards: into act two, ahead of its first sequence — not past D.
    await expect.poll(savedShape).toEqual(['#Act One', 'A', 'B', '#Act Two', 'C', '#Seq 1', 'D', '#Seq 2', 'E', '#Act Three', 'F']);
  }, 60_000);
});
