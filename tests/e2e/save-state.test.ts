/**
 * The save state while typing (renderer/autosave/SaveStateBadge.tsx, use-draft-autosave.ts): the
 * script bar's badge and the window title's "• " follow it — unsaved or saving while the writer
 * types, saved after the pause — though it no longer re-renders the script screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import { launchApp, type App } from './harness.ts';

describe('save state', () => {
  let app: App;

  beforeAll(async () => {
    app = await launchApp();
    await app.backend.handlers['library.import']({
      fileName: 'hujan.json',
      content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Hujan' }], elements: [{ type: 'scene_heading', text: 'INT. WARUNG - MALAM' }, { type: 'action', text: 'Hujan turun.' }] }),
    });
    await app.page.goto(app.url);
    await app.page.getByTestId('script-item').filter({ hasText: 'Hujan' }).first().click();
    await app.page.locator('[data-testid=script-editor] [data-element=action]').waitFor();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows the edit in the badge and the window title until it is saved, then the saved text', async () => {
    const p = app.page;
    const badge = p.getByTestId('save-state');
    await expect.poll(() => badge.getAttribute('data-state')).toBe('saved');
    await expect.poll(() => p.title()).toBe('Hujan — Naskah');
    await p.locator('[data-testid=script-editor] [data-element=action]').click();
    await p.keyboard.press('End');
    // Watch both from the page, so a state that lasts a few milliseconds is not missed.
    await p.evaluate(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      const el = document.querySelector('[data-testid=save-state]')!;
      new MutationObserver(() => w.__seen.push(`${el.getAttribute('data-state')}|${document.title}`)).observe(el, { attributes: true, childList: true, subtree: true });
    });
    await p.keyboard.type(' Deras.');
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await expect.poll(() => p.title()).toBe('Hujan — Naskah');
    const seen = await p.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // Before the save landed, the badge said so and the title carried the edited mark.
    expect(seen.some((s) => s.startsWith('unsaved|• Hujan') || s.startsWith('saving|• Hujan'))).toBe(true);
    expect(seen.at(-1)).toBe('saved|Hujan — Naskah');
    const listed = await app.backend.handlers['library.list']({});
    const draft = await app.backend.handlers['draft.load']({ scriptId: listed.find((s) => s.title === 'Hujan')!.id });
    expect(draft.screenplay.elements[1]).toMatchObject({ type: 'action', text: 'Hujan turun. Deras.' });
  });
});
