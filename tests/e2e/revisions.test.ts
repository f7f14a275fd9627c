/**
 * Revision mode in a real browser: the toggle starts the first set (Blue), typed text carries
 * data-revision in the page view and is saved as revision marks with the set, and the PDF export
 * (revised pages only) prints the `*` beside the revised line and the revision in the header.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

const FOUNTAIN = `Title: Hujan

INT. WARUNG - MALAM

Hujan deras di atap seng.

SARI
Kami sudah tutup.
${Array.from({ length: 70 }, (_, i) => `\nBaris ${i}.\n`).join('')}
EXT. JALAN - PAGI

Budi pulang.
`;

describe('revision mode', () => {
  let app: App;
  let id: string;

  beforeAll(async () => {
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'hujan.fountain', content: FOUNTAIN })).id;
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks typed text with the current set: data-revision in the page view, revision marks in the saved draft', async () => {
    const p = app.page;
    const toggle = p.getByTestId('revision-mode');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => p.locator('[data-revision]').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => p.getByTestId('revision-current').textContent()).toContain('Blue');
    const action = p.locator('[data-testid=script-editor] [data-element=action]').first();
    await action.click();
    await p.keyboard.press('End');
    await p.keyboard.type(' Angin kencang.');
    await expect.poll(() => action.getAttribute('data-revision')).toBe('1');
    // Spelling marks may cut the run into several leaves: each carries the set.
    const leaf = action.locator('span[data-revision="1"]');
    await expect.poll(async () => (await leaf.allTextContents()).join('').replace(/\uFEFF/g, '')).toBe(' Angin kencang.');
    // Shown in the set's colour.
    expect(await leaf.last().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(47, 111, 214, 0.22)');
    // Other blocks are untouched.
    expect(await p.locator('[data-testid=script-editor] [data-element][data-revision]').count()).toBe(1);
    await waitSaved(p);
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    expect(draft.screenplay.revisions).toEqual([{ set: 1, name: 'Blue', color: '#2f6fd6', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    const revised = draft.screenplay.elements.find((e) => e.revisionMarks);
    expect(revised).toMatchObject({ type: 'action', text: 'Hujan deras di atap seng. Angin kencang.', revisionMarks: [{ start: 25, end: 40, set: 1 }] });
    // Turned off, typing marks nothing new.
    await p.getByTestId('revision-mode').click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const last = p.locator('[data-testid=script-editor] [data-element=action]').last();
    await last.click();
    await p.keyboard.press('End');
    await p.keyboard.type(' Pelan.');
    await waitSaved(p);
    expect(await last.getAttribute('data-revision')).toBeNull();
  });

  it('exports the revised pages as a PDF with * beside the revised line and the revision in the header', async () => {
    const p = app.page;
    const dir = fs.mkdtempSync(path.join(app.dataDir, 'downloads-'));
    await p.getByTestId('export-format').selectOption('pdf');
    await p.getByTestId('pdf-options').waitFor();
    await p.getByTestId('pdf-revised-only').check();
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('pdf-export').click()]);
    const file = path.join(dir, 'hujan.pdf');
    await dl.saveAs(file);
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])).toBe(1);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/^\s*Blue \(\d{4}-\d{2}-\d{2}\)\s*$/m);
    expect(text).toMatch(/Angin kencang\.\s+\*\s*$/m);
    expect(text).not.toMatch(/^\s*SARI\s+\*/m);
    expect(text).not.toContain('Budi pulang.');
  });

  it('is remembered with the script: a reload resumes marking in the same set, with the indicator showing', async () => {
    const p = app.page;
    const reopen = async () => {
      await p.reload();
      await p.getByTestId('script-item').first().click();
      await p.getByTestId('script-editor').waitFor();
    };
    await p.getByTestId('revision-next').click(); // Pink, the mode on
    await expect.poll(() => p.getByTestId('revision-indicator').textContent()).toBe('Revising');
    await expect.poll(() => p.getByTestId('revision-current').textContent()).toContain('Pink');
    await expect.poll(async () => (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.revisionMode).toBe(true);
    // As after a crash: the page goes away and comes back.
    await reopen();
    expect(await p.getByTestId('revision-mode').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => p.getByTestId('revision-indicator').isVisible()).toBe(true);
    await expect.poll(() => p.getByTestId('revision-current').textContent()).toContain('Pink');
    const last = p.locator('[data-testid=script-editor] [data-element=action]').last();
    await last.click();
    await p.keyboard.press('End');
    await p.keyboard.type(' Lagi.');
    await expect.poll(() => last.getAttribute('data-revision')).toBe('2');
    await waitSaved(p);
    // Off is remembered too.
    await p.getByTestId('revision-mode').click();
    await expect.poll(() => p.getByTestId('revision-indicator').count()).toBe(0);
    await expect.poll(async () => (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.revisionMode).toBeUndefined();
    await reopen();
    expect(await p.getByTestId('revision-mode').getAttribute('aria-pressed')).toBe('false');
    expect(await p.getByTestId('revision-current').textContent()).toContain('Pink');
  });
});
