/**
 * Reports, sides and paste in a real browser: the Reports view shows exactly what scriptStats
 * computes on the saved draft (the numbers `naskah stats` prints), sides download as text and
 * PDF, PDF export honours its options, and pasted Fountain becomes screenplay blocks.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call as callMethod } from '../../electron/call.ts';
import type { Input, MethodName } from '../../shared/api.ts';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../shared/screenplay/layout/profiles.ts';
import { scriptStats } from '../../shared/screenplay/stats.ts';
import { launchApp, type App } from './harness.ts';
import { blocks, waitSaved } from './keys.ts';

const FOUNTAIN = `Title: Hujan di Warung
Author: Dewi

INT. WARUNG - MALAM

Hujan deras di atap seng.

SARI
(lelah)
Kami sudah tutup.

BUDI
Satu kopi saja, Bu.

SARI
Duduklah.

EXT. JALAN - PAGI

BUDI (V.O.)
Aku kembali keesokan harinya.

INT./EXT. MOBIL - SORE

IBU
Kau terlambat.

BUDI
Macet, Bu.

INT. WARUNG - CONTINUOUS

SARI
Lagi?
`;

const PASTE = 'EXT. PASAR - SIANG\n\nPedagang berteriak.\n\nIBU\n(ke Budi)\nBawa ini pulang.';

describe('reports, sides and paste', () => {
  let app: App;
  let id: string;
  let dir: string;

  const call = <M extends MethodName>(method: M, input: Input<M>) => callMethod(app.backend.handlers, method, input);

  async function statsOfSavedDraft() {
    const { paper } = await call('settings.get', {});
    const draft = await call('draft.load', { scriptId: id });
    return { paper, screenplay: draft.screenplay, stats: scriptStats(draft.screenplay, PAPER_PROFILES[paper]) };
  }

  async function downloadOf(page: Page, click: () => Promise<void>, name: string): Promise<{ file: string; suggested: string }> {
    const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = path.join(dir, name);
    await dl.saveAs(file);
    return { file, suggested: dl.suggestedFilename() };
  }

  beforeAll(async () => {
    app = await launchApp();
    dir = fs.mkdtempSync(path.join(app.dataDir, 'downloads-'));
    id = (await call('library.import', { fileName: 'hujan.fountain', content: FOUNTAIN })).id;
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the numbers scriptStats computes on the saved draft, with a sortable character table', async () => {
    const p = app.page;
    const { stats } = await statsOfSavedDraft();
    await p.getByTestId('open-reports').click();
    await p.getByTestId('report-pages').waitFor();
    expect(await p.getByTestId('report-pages').textContent()).toBe(String(stats.pages));
    expect(await p.getByTestId('report-runtime').textContent()).toBe(`${stats.runtimeMinutes} min`);
    expect(await p.getByTestId('report-scenes').textContent()).toBe(String(stats.scenes));
    expect(await p.getByTestId('report-words').textContent()).toBe(String(stats.words));
    expect(await p.getByTestId('report-dialogue-words').textContent()).toBe(String(stats.dialogueWords));
    const settings = await p.locator('[data-testid=report-settings] tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-key'), r.querySelector('td')?.textContent]));
    expect(settings).toEqual([
      ['int', String(stats.interior)],
      ['ext', String(stats.exterior)],
      ['both', String(stats.both)],
    ]);
    const rows = (testId: string) =>
      p.getByTestId(testId).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(Object.fromEntries((await rows('report-time')).map(([k, v]) => [k, Number(v)]))).toEqual(stats.timesOfDay);
    expect(await p.getByTestId('report-day-night').textContent()).toBe('Day 2 · Night 1 · Other 1'); // PAGI, SORE · MALAM · CONTINUOUS
    expect(await rows('report-location')).toEqual(stats.locations.map((l) => [l.name, String(l.scenes)]));
    const cast = stats.characters.map((c) => [c.name, String(c.speeches), String(c.words), String(c.scenes)]);
    expect(await rows('report-character')).toEqual(cast);
    // The figures themselves, so a bug shared by the view and scriptStats cannot hide.
    expect(stats.characters.find((c) => c.name === 'BUDI')).toEqual({ name: 'BUDI', speeches: 3, words: 10, scenes: 3 });

    await p.getByTestId('sort-words').click();
    const byWords = [...cast].sort((a, b) => Number(b[2]) - Number(a[2]) || a[0].localeCompare(b[0]));
    expect(await rows('report-character')).toEqual(byWords);
    await p.getByTestId('sort-words').click();
    expect(await rows('report-character')).toEqual([...cast].sort((a, b) => Number(a[2]) - Number(b[2]) || b[0].localeCompare(a[0])));
    await p.getByTestId('sort-name').click();
    expect((await rows('report-character')).map((r) => r[0])).toEqual(['BUDI', 'IBU', 'SARI']);
    await p.screenshot({ path: path.join(dir, 'reports.png') });
  });

  it('exports a character’s sides as text and as PDF', async () => {
    const p = app.page;
    await p.getByTestId('sides-character').selectOption('BUDI');
    const text = await downloadOf(p, () => p.getByTestId('sides-text').click(), 'budi.txt');
    expect(text.suggested).toBe('BUDI sides.txt');
    const content = fs.readFileSync(text.file, 'utf8');
    expect(content.split('\n')[0]).toBe('Sides: BUDI (lines: 3)');
    expect(content).toContain('    Cue: SARI: “Kami sudah tutup.”\n  1. BUDI\n     Satu kopi saja, Bu.');
    expect(content).toContain('  2. BUDI (V.O.)\n     Aku kembali keesokan harinya.');
    expect(content).toContain('    Cue: IBU: “Kau terlambat.”\n  3. BUDI\n     Macet, Bu.');

    await p.getByTestId('sides-character').selectOption('SARI');
    const pdf = await downloadOf(p, () => p.getByTestId('sides-pdf').click(), 'sari.pdf');
    expect(pdf.suggested).toBe('SARI sides.pdf');
    expect(fs.readFileSync(pdf.file).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' });
    for (const line of ['1. SARI', '(lelah)', 'Kami sudah tutup.', '3. SARI', 'Lagi?']) expect(pdfText).toContain(line);
    await p.keyboard.press('Escape');
    await p.getByTestId('reports').waitFor({ state: 'detached' });
  });

  it('exports a PDF without its title page and with scene numbers in both margins', async () => {
    const p = app.page;
    await p.getByTestId('export-format').selectOption('pdf');
    await p.getByTestId('pdf-options').waitFor();
    await p.getByTestId('pdf-title-page').uncheck();
    await p.getByTestId('pdf-scene-numbers').check();
    await p.screenshot({ path: path.join(dir, 'pdf-options.png') });
    const pdf = await downloadOf(p, () => p.getByTestId('pdf-export').click(), 'hujan.pdf');
    const { paper, screenplay } = await statsOfSavedDraft();
    const info = execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(paginate(screenplay, PAPER_PROFILES[paper]).pages.length);
    const text = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('Hujan di Warung');
    expect(text).toMatch(/^\s*1\s+INT\. WARUNG - MALAM\s+1\s*$/m);
    expect(text).toMatch(/^\s*4\s+INT\. WARUNG - CONTINUOUS\s+4\s*$/m);
  });

  it('turns pasted Fountain into screenplay blocks, undone in one step', async () => {
    const p = app.page;
    const before = await blocks(p);
    const lastBlock = p.locator('[data-testid=script-editor] [data-element]').last();
    await lastBlock.click();
    await p.keyboard.press('End');
    // Plain text (from a text editor, a chat): Chromium's paste event carries only text/plain.
    await p.getByTestId('script-editor').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PASTE);
    const pasted: [string, string][] = [
      ['scene_heading', 'EXT. PASAR - SIANG'],
      ['action', 'Pedagang berteriak.'],
      ['character', 'IBU'],
      ['parenthetical', '(ke Budi)'],
      ['dialogue', 'Bawa ini pulang.'],
    ];
    // Polled: the editor commits the pasted blocks in its own render, after the event returns.
    await expect.poll(() => blocks(p)).toEqual([...before, ...pasted]);
    await p.screenshot({ path: path.join(dir, 'paste.png') });

    await p.keyboard.press('Control+z');
    await expect.poll(() => blocks(p)).toEqual(before);
    await lastBlock.click();
    await p.keyboard.press('End');

    // Copied from a web page or a mail the clipboard also holds HTML, and Chromium delivers the
    // paste as a beforeinput "insertFromPaste" instead: same result.
    await p.getByTestId('script-editor').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      data.setData('text/html', `<pre>${text}</pre>`);
      el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    }, PASTE);
    // A beforeinput is not one of React's own events: its render comes after the event, once more polled
    // (a CI run read the blocks before it once).
    await expect.poll(() => blocks(p)).toEqual([...before, ...pasted]);
    await waitSaved(p);
    await expect.poll(async () => (await statsOfSavedDraft()).stats.scenes).toBe(5);
    const ids = await p.locator('[data-testid=script-editor] [data-element]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);

    // The Reports view follows the saved draft: IBU now speaks twice, in two scenes.
    await p.getByTestId('open-reports').click();
    await p.locator('[data-testid=report-character][data-name=IBU]').waitFor();
    expect(await p.locator('[data-testid=report-character][data-name=IBU] td').allTextContents()).toEqual(['IBU', '2', '5', '2']);
    expect(await p.getByTestId('report-scenes').textContent()).toBe('5');
  });
});
