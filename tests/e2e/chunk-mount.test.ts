/**
 * Opening a long script mounts its first chunks of blocks with the editor and the rest while the
 * page is idle (renderer/editor/chunk-mount.tsx). In real Chromium, with the CPU slowed so the
 * later chunks are still pending when the test acts: typing at the top works at once, a jump to
 * the last scene from the scene list and Ctrl+End land the caret there, scrolling to the end shows
 * the last blocks before the chunks between, and in the end every block is in the DOM in its
 * order, none left as a placeholder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

const SCENES = 300;
/** 1,200 blocks: twelve of Slate's chunks of 100, of which the first mounts with the editor. */
const ELEMENTS: ScriptElement[] = Array.from({ length: SCENES }, (_, i): ScriptElement[] => [
  { type: 'scene_heading', text: `INT. RUANG ${i + 1} - SIANG` },
  { type: 'action', text: `Dina membuka pintu ruang ${i + 1}.` },
  { type: 'character', text: 'DINA' },
  { type: 'dialogue', text: `Ini ruang ${i + 1}.` },
]).flat();

describe('opening a long script in chunks', () => {
  let app: App;
  let id: string;

  beforeAll(async () => {
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'ruang.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Ruang' }], elements: ELEMENTS }) })).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  async function openSlowed(): Promise<void> {
    const p = app.page;
    await p.goto(app.url);
    const cdp = await p.context().newCDPSession(p);
    // Slow enough that the idle-time mounting is still going on while the test types and jumps.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await p.getByTestId('script-item').filter({ hasText: 'Ruang' }).first().click();
    await p.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  }

  it('takes keys at the top while later chunks are still placeholders, and mounts every block in order', async () => {
    const p = app.page;
    await openSlowed();
    expect(await p.locator('[data-testid=script-editor][data-mounting]').count()).toBe(1);
    expect(await p.locator('.chunk-pending').count()).toBeGreaterThan(0);
    await p.locator('[data-testid=script-editor] [data-element=action]').first().click();
    await p.keyboard.press('End');
    await p.keyboard.type(' Lampu menyala.');
    await p.locator('[data-testid=script-editor]:not([data-mounting])').waitFor({ timeout: 60_000 });
    expect(await p.locator('.chunk-pending').count()).toBe(0);
    const texts = await p.locator('[data-testid=script-editor] [data-element]').evaluateAll((els) => els.map((e) => e.querySelector('.block-text')?.textContent?.replace(/\uFEFF/g, '')));
    expect(texts.length).toBe(ELEMENTS.length);
    expect(texts[1]).toBe('Dina membuka pintu ruang 1. Lampu menyala.');
    expect(texts.slice(2)).toEqual(ELEMENTS.slice(2).map((e) => e.text));
    await waitSaved(p);
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    expect(draft.screenplay.elements[1].text).toBe('Dina membuka pintu ruang 1. Lampu menyala.');
  }, 120_000);

  it('jumps from the scene list to a scene whose chunk had not mounted yet', async () => {
    const p = app.page;
    await openSlowed();
    const last = p.getByTestId('scene-link').filter({ hasText: `INT. RUANG ${SCENES} - SIANG` });
    await last.waitFor({ timeout: 60_000 });
    const pendingBefore = await p.locator('.chunk-pending').count();
    await last.click();
    // The jump mounted the rest at once: the heading is in the DOM, in view, and holds the caret.
    const heading = p.locator('[data-testid=script-editor] [data-element=scene_heading]').last();
    await expect.poll(() => heading.textContent()).toBe(`INT. RUANG ${SCENES} - SIANG`);
    expect(await heading.isVisible()).toBe(true);
    expect(await p.locator('.chunk-pending').count()).toBe(0);
    await p.keyboard.type('X');
    await expect.poll(() => heading.textContent()).toBe(`XINT. RUANG ${SCENES} - SIANG`);
    // Said last: the jump is only a test of the gates if it came while chunks were pending.
    expect(pendingBefore).toBeGreaterThan(0);
  }, 120_000);

  it('scrolled straight to the end after opening, shows the last blocks ahead of the chunks between', async () => {
    const p = app.page;
    await openSlowed();
    await p.locator('.paper-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const lastHeading = p.locator('[data-testid=script-editor] [data-element=scene_heading]').filter({ hasText: `INT. RUANG ${SCENES} - SIANG` });
    await lastHeading.waitFor({ timeout: 60_000 });
    // Mounted out of turn: chunks above it were still waiting for theirs.
    expect(await p.locator('.chunk-pending').count()).toBeGreaterThan(0);
    await p.locator('[data-testid=script-editor]:not([data-mounting])').waitFor({ timeout: 60_000 });
  }, 120_000);

  it('Ctrl+End straight after opening goes to the end of the script, not of the blocks mounted so far', async () => {
    const p = app.page;
    await openSlowed();
    await p.locator('[data-testid=script-editor] [data-element=action]').first().click();
    const pendingBefore = await p.locator('.chunk-pending').count();
    await p.keyboard.press('Control+End');
    await p.keyboard.type('!');
    const last = p.locator('[data-testid=script-editor] [data-element]').last();
    await expect.poll(() => last.textContent()).toBe(`Ini ruang ${SCENES}.!`);
    expect(pendingBefore).toBeGreaterThan(0);
    // With every chunk mounted, from the top: the browser's own Ctrl+End stopped at the start of
    // the last chunk, whose blocks it had not laid out (content-visibility); the editor's goes to the end.
    await p.locator('[data-testid=script-editor]:not([data-mounting])').waitFor({ timeout: 60_000 });
    await p.keyboard.press('Control+Home');
    await p.keyboard.type('#');
    await expect.poll(() => p.locator('[data-testid=script-editor] [data-element]').first().textContent()).toBe('#INT. RUANG 1 - SIANG');
    await p.keyboard.press('Control+End');
    await p.keyboard.type('?');
    await expect.poll(() => last.textContent()).toBe(`Ini ruang ${SCENES}.!?`);
  }, 120_000);
});
