/**
 * Locked scene numbers and rename in real Chromium: lock from the toolbar (after its
 * confirmation), a scene typed after scene 12 shows and saves as 12A; rename a character with
 * its preview, applied at once and taken back with a single undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

function twelveScenes(): ScriptElement[] {
  const els: ScriptElement[] = [];
  for (let s = 1; s <= 13; s++) els.push({ type: 'scene_heading', text: `INT. RUANG ${s} - MALAM` }, { type: 'action', text: `Adegan ${s}.` });
  return els;
}

function withSari(): ScriptElement[] {
  return [
    { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
    { type: 'action', text: 'Sari masuk. Sarinah menunggu.' },
    { type: 'character', text: 'SARI (V.O.)' },
    { type: 'dialogue', text: 'Halo.' },
    { type: 'character', text: 'BUDI' },
    { type: 'dialogue', text: 'Sari?' },
    { type: 'character', text: "SARI (CONT'D)" },
    { type: 'dialogue', text: 'Ya.' },
  ];
}

describe('locked scene numbers and rename', () => {
  let app: App;
  let lockedId: string;
  let renameId: string;
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  beforeAll(async () => {
    app = await launchApp();
    renameId = (await app.backend.handlers['library.import']({ fileName: 'rename.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Ganti Nama' }], elements: withSari() }) })).id;
    lockedId = (await app.backend.handlers['library.import']({ fileName: 'kunci.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Kunci' }], elements: twelveScenes() }) })).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  async function openScript(title: string) {
    await app.page.goto(app.url);
    await app.page.getByTestId('script-item').filter({ hasText: title }).first().click();
    await app.page.locator('[data-testid=script-editor] [data-element]').first().waitFor();
  }

  it('lock, then a scene typed after 12 is 12A on the page and in the saved draft', async () => {
    await openScript('Kunci');
    const page = app.page;
    await page.getByTestId('lock-scene-numbers').click();
    await page.getByTestId('lock-confirm').waitFor();
    await page.getByTestId('confirm-accept').click();
    await expect.poll(() => page.getByTestId('lock-scene-numbers').getAttribute('aria-pressed')).toBe('true');
    // The action of scene 12 is the 24th block: Enter at its end, then a heading.
    const action12 = page.locator('[data-testid=script-editor] [data-element]').nth(23);
    await action12.locator('.block-text').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('INT. DAPUR - MALAM');
    const heading = page.locator('[data-testid=script-editor] [data-element=scene_heading]').nth(12);
    await expect.poll(() => heading.locator('.block-text').textContent()).toBe('INT. DAPUR - MALAM');
    await expect.poll(() => heading.locator('[data-scene-number]').getAttribute('data-scene-number'), { timeout: 10_000 }).toBe('12A');
    await expect.poll(async () => page.locator('[data-testid=script-editor] [data-scene-number]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scene-number')))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '12A', '13']);
    await waitSaved(page);
    const draft = await app.backend.handlers['draft.load']({ scriptId: lockedId });
    expect(draft.screenplay.lockedSceneNumbers).toBe(true);
    expect(draft.screenplay.elements.filter((e) => e.type === 'scene_heading').map((e) => e.sceneNumber).slice(11)).toEqual(['12', '12A', '13']);
  }, 120_000);

  it('while locked, deleting scene 13 leaves OMITTED 13; unlocking renumbers 1 … 13 with no OMITTED', async () => {
    const page = app.page;
    const headings = page.locator('[data-testid=script-editor] [data-element=scene_heading]');
    // Scene 13 is the last heading and its action: select both and delete.
    const last = headings.nth(13);
    await expect.poll(() => last.locator('.block-text').textContent()).toBe('INT. RUANG 13 - MALAM');
    await last.locator('.block-text').click();
    await page.keyboard.press('Home');
    await page.keyboard.press(`${mod}+Shift+End`);
    await page.keyboard.press('Delete');
    await expect.poll(() => headings.nth(13).locator('.block-text').textContent()).toBe('OMITTED');
    await expect.poll(() => headings.nth(13).locator('[data-scene-number]').getAttribute('data-scene-number'), { timeout: 10_000 }).toBe('13');
    await page.getByTestId('lock-scene-numbers').click();
    await page.getByTestId('confirm-accept').click();
    await expect.poll(() => page.getByTestId('lock-scene-numbers').getAttribute('aria-pressed')).toBe('false');
    await waitSaved(page);
    const draft = await app.backend.handlers['draft.load']({ scriptId: lockedId });
    expect(draft.screenplay.lockedSceneNumbers).toBeUndefined();
    expect(draft.screenplay.elements.filter((e) => e.type === 'scene_heading').map((e) => [e.text, e.sceneNumber]).slice(11)).toEqual([
      ['INT. RUANG 12 - MALAM', undefined],
      ['INT. DAPUR - MALAM', undefined],
    ]);
  }, 120_000);

  it('rename a character with a preview; one undo takes it all back', async () => {
    await openScript('Ganti Nama');
    const page = app.page;
    const before = await blocks(page);
    await page.getByTestId('open-rename').click();
    const dialog = page.getByTestId('rename-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('rename-from').selectOption('SARI');
    await dialog.getByTestId('rename-to').fill('Dewi');
    await dialog.getByTestId('rename-mentions').check();
    await expect.poll(() => dialog.locator('[data-rename-edit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rename-edit')))).toEqual(['mention', 'cue', 'mention', 'cue']);
    await dialog.getByTestId('rename-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => blocks(page)).toEqual([
      ['scene_heading', 'INT. WARUNG - MALAM'],
      ['action', 'Dewi masuk. Sarinah menunggu.'],
      ['character', 'DEWI (V.O.)'],
      ['dialogue', 'Halo.'],
      ['character', 'BUDI'],
      ['dialogue', 'Dewi?'],
      ['character', "DEWI (CONT'D)"],
      ['dialogue', 'Ya.'],
    ]);
    await waitSaved(page);
    expect((await app.backend.handlers['draft.load']({ scriptId: renameId })).screenplay.elements[2].text).toBe('DEWI (V.O.)');
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => blocks(page)).toEqual(before);

    // A location: its headings only; a name already in use as the new one is refused with a translated reason.
    await page.getByTestId('open-rename').click();
    await dialog.getByTestId('rename-kind-location').check();
    await dialog.getByTestId('rename-to').fill('warung');
    await expect.poll(() => dialog.getByTestId('rename-error').textContent()).toMatch(/same as the current one: warung/);
    await dialog.getByTestId('rename-to').fill('Kedai Kopi');
    await expect.poll(() => dialog.locator('[data-rename-edit=heading]').count()).toBe(1);
    await dialog.getByTestId('rename-apply').click();
    await expect.poll(async () => (await blocks(page))[0]).toEqual(['scene_heading', 'INT. KEDAI KOPI - MALAM']);
  }, 120_000);
});
