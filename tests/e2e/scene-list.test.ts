/**
 * The scene list in real Chromium: it follows the caret (aria-current on the caret's scene, kept
 * in view in the list), shows headings typed, renamed or deleted within a moment (after the layout's idle pause),
 * and its reorder chord walks a scene one place at a time across an act boundary, as the index cards do,
 * however quickly the chord is pressed again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';

const SCENES = 40;
/** Two acts: A and B in act one, C and D in act two. */
const ACTS: ScriptElement[] = [
  { type: 'section', text: 'Act One', depth: 1 },
  { type: 'scene_heading', text: 'INT. A - MALAM' },
  { type: 'action', text: 'a' },
  { type: 'scene_heading', text: 'INT. B - MALAM' },
  { type: 'action', text: 'b' },
  { type: 'section', text: 'Act Two', depth: 1 },
  { type: 'scene_heading', text: 'INT. C - MALAM' },
  { type: 'action', text: 'c' },
  { type: 'scene_heading', text: 'INT. D - MALAM' },
  { type: 'action', text: 'd' },
];
const ELEMENTS: ScriptElement[] = Array.from({ length: SCENES }, (_, i): ScriptElement[] => [
  { type: 'scene_heading', text: `INT. TEMPAT ${i + 1} - MALAM` },
  { type: 'action', text: `Aksi ${i + 1}.` },
]).flat();

describe('scene list', () => {
  let app: App;

  beforeAll(async () => {
    app = await launchApp();
    await app.backend.handlers['library.import']({ fileName: 'adegan.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Adegan' }], elements: ELEMENTS }) });
    await app.page.goto(app.url);
    await app.page.getByTestId('script-item').filter({ hasText: 'Adegan' }).first().click();
    await app.page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const links = () => app.page.getByTestId('scene-link');
  const current = () => app.page.locator('[data-testid=scene-link][aria-current=location]').allTextContents();
  /** The text of the block holding the browser's caret. */
  const caretText = () => app.page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('[data-element]')?.textContent ?? null);
  /** Whether the link is wholly inside the list's visible box. */
  const inView = (text: string) =>
    app.page.getByTestId('scene-link').filter({ hasText: text }).evaluate((el) => {
      const nav = el.closest('.scene-nav')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= nav.top && r.bottom <= nav.bottom;
    });

  it('marks the scene holding the caret and scrolls the list to it', async () => {
    const p = app.page;
    await expect.poll(() => links().count()).toBe(SCENES);
    await expect.poll(current).toEqual(['1 INT. TEMPAT 1 - MALAM']);
    // The list of 40 scenes is longer than the window: scene 35 starts out of view.
    expect(await inView('INT. TEMPAT 35 - MALAM')).toBe(false);
    const action = p.locator('[data-testid=script-editor] [data-element=action]').nth(34);
    await action.scrollIntoViewIfNeeded();
    await action.click();
    await expect.poll(current).toEqual(['35 INT. TEMPAT 35 - MALAM']);
    await expect.poll(() => inView('INT. TEMPAT 35 - MALAM')).toBe(true);
    // Arrow keys move the caret into the previous scene: the mark follows. Each key waits for the
    // caret the browser shows (a busy CI machine once ran the second key's poll out of time), so a
    // failure says whether the caret or the mark lagged.
    await p.keyboard.press('ArrowUp');
    await expect.poll(caretText).toBe('INT. TEMPAT 35 - MALAM');
    await p.keyboard.press('ArrowUp');
    await expect.poll(caretText).toBe('Aksi 34.');
    await expect.poll(current, { timeout: 5_000 }).toEqual(['34 INT. TEMPAT 34 - MALAM']);
  });

  it('shows a heading typed, renamed and deleted within a moment', async () => {
    const p = app.page;
    const action = p.locator('[data-testid=script-editor] [data-element=action]').nth(9);
    await action.click();
    await p.keyboard.press('End');
    await p.keyboard.press('Enter');
    await p.keyboard.type('INT. DAPUR BARU - PAGI');
    await expect.poll(() => links().count()).toBe(SCENES + 1);
    await expect.poll(() => links().nth(10).textContent()).toBe('11 INT. DAPUR BARU - PAGI');
    await expect.poll(current).toEqual(['11 INT. DAPUR BARU - PAGI']);
    // Renamed: PAGI → SORE.
    for (let i = 0; i < 4; i++) await p.keyboard.press('Backspace');
    await p.keyboard.type('SORE');
    await expect.poll(() => links().nth(10).textContent()).toBe('11 INT. DAPUR BARU - SORE');
    // Deleted: emptied, then joined to the action before it.
    await p.keyboard.press('Shift+Home');
    await p.keyboard.press('Backspace');
    await p.keyboard.press('Backspace');
    await expect.poll(() => links().count()).toBe(SCENES);
    await expect.poll(() => links().nth(10).textContent()).toBe('11 INT. TEMPAT 11 - MALAM');
    await expect.poll(current).toEqual(['10 INT. TEMPAT 10 - MALAM']);
  });

  it('the chord moves a scene one place at a time across an act boundary, keeping the focus', async () => {
    const p = app.page;
    const chord = process.platform === 'darwin' ? 'Control+Alt' : 'Alt';
    const { id } = await app.backend.handlers['library.import']({ fileName: 'babak.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Babak' }], elements: ACTS }) });
    await p.goto(app.url);
    await p.getByTestId('script-item').filter({ hasText: 'Babak' }).first().click();
    await expect.poll(() => links().count()).toBe(4);
    /** The saved script as act titles (#) and scene letters. */
    const shape = async () =>
      (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.elements.flatMap((e) =>
        e.type === 'section' ? [`#${e.text}`] : e.type === 'scene_heading' ? [e.text[5]] : [],
      );
    const focused = () => p.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await shape()).toEqual(['#Act One', 'A', 'B', '#Act Two', 'C', 'D']);
    // C opens act two: one step up is the end of act one (above the act's heading), not past B.
    await links().filter({ hasText: 'INT. C - MALAM' }).focus();
    await p.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(shape).toEqual(['#Act One', 'A', 'B', 'C', '#Act Two', 'D']);
    await expect.poll(focused).toContain('INT. C - MALAM');
    await p.keyboard.press(`${chord}+ArrowUp`);
    await expect.poll(shape).toEqual(['#Act One', 'A', 'C', 'B', '#Act Two', 'D']);
    await expect.poll(focused).toContain('INT. C - MALAM');
    // And back down, one place per press: after B, then the first scene of act two. The two presses
    // come quicker than the list is re-read (after the layout's idle pause): the second still moves
    // C, not B, which had taken C's old place in the list not yet re-read.
    await p.keyboard.press(`${chord}+ArrowDown`);
    await p.keyboard.press(`${chord}+ArrowDown`);
    await expect.poll(shape).toEqual(['#Act One', 'A', 'B', '#Act Two', 'C', 'D']);
    await expect.poll(focused).toContain('INT. C - MALAM');
    // A opens the script under act one: there is no place above it.
    await links().filter({ hasText: 'INT. A - MALAM' }).focus();
    await p.keyboard.press(`${chord}+ArrowUp`);
    await p.keyboard.press(`${chord}+ArrowDown`);
    await expect.poll(shape).toEqual(['#Act One', 'B', 'A', '#Act Two', 'C', 'D']);
  }, 60_000);
});
