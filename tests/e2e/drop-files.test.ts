/**
 * Files dropped on the window in browser mode: the same actions (and translated errors) as files
 * opened from the system. The drop is a real DragEvent carrying a DataTransfer with File objects,
 * dispatched in the page — what Chromium delivers when a file manager's file is dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call } from '../../electron/call.ts';
import { launchApp, type App } from './harness.ts';
import { blocks } from './keys.ts';
import { packEntries, rawZip } from '../electron/course/pack-fixture.ts';

interface DroppedFile {
  name: string;
  base64: string;
}

const file = (name: string, content: string | Buffer): DroppedFile => ({ name, base64: Buffer.from(content).toString('base64') });

/** dragenter → dragover → drop on `selector`, as a file manager's drop arrives. */
async function drop(page: Page, files: DroppedFile[], selector = '.app-main'): Promise<void> {
  await page.evaluate(
    ({ files, selector }) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      const target = document.querySelector(selector) ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { files, selector },
  );
}

const KOPI = 'Title: Kopi Pagi\n\nINT. DAPUR - PAGI\n\nAir mendidih.\n';

describe('drag and drop onto the window (browser mode)', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  const library = async () => {
    await app.page.goto(app.url);
    await app.page.getByTestId('new-script').waitFor();
  };
  const titles = () => app.page.locator('.script-title').allTextContents();

  it('shows the drop overlay while files are dragged over, and hides it when they leave', async () => {
    // The app's drag listeners are there once it has drawn its first screen (on a busy machine, well after the page loaded).
    await library();
    await app.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'a.fountain'));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect(app.page.getByTestId('drop-overlay').textContent()).resolves.toContain('Drop to open in Naskah');
    await app.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'a.fountain'));
      document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await app.page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
  });

  it('a dropped Fountain file opens as a script; dropping that very file again shows it instead of a copy', async () => {
    await drop(app.page, [file('kopi.fountain', KOPI)]);
    await app.page.getByTestId('script-editor').waitFor();
    expect(await blocks(app.page)).toEqual([
      ['scene_heading', 'INT. DAPUR - PAGI'],
      ['action', 'Air mendidih.'],
    ]);
    await drop(app.page, [file('kopi.fountain', KOPI)], '[data-testid="script-editor"]');
    await expect(app.page.getByTestId('open-notice').textContent()).resolves.toContain('“Kopi Pagi” is already in your library from this file');
    // Dropped on the editor, the file was opened, not pasted into the script.
    expect(await blocks(app.page)).toEqual([
      ['scene_heading', 'INT. DAPUR - PAGI'],
      ['action', 'Air mendidih.'],
    ]);
    await library();
    // The list arrives after the library's first screen: poll it.
    await expect.poll(titles).toEqual(['Kopi Pagi']);
  });

  it('a Final Draft file dropped on an open script switches to the new script', async () => {
    await app.page.locator('.script-title', { hasText: 'Kopi Pagi' }).click();
    await app.page.getByTestId('script-editor').waitFor();
    const fdx = '<?xml version="1.0" encoding="UTF-8"?><FinalDraft DocumentType="Script" Version="5"><Content><Paragraph Type="Scene Heading"><Text>EXT. PASAR - SIANG</Text></Paragraph><Paragraph Type="Action"><Text>Ramai.</Text></Paragraph></Content></FinalDraft>';
    await drop(app.page, [file('pasar.fdx', fdx)], '[data-testid="script-editor"]');
    await expect.poll(() => blocks(app.page)).toEqual([
      ['scene_heading', 'EXT. PASAR - SIANG'],
      ['action', 'Ramai.'],
    ]);
  });

  it('a screenplay PDF is read by PDF import when dropped', async () => {
    const made = await call(app.backend.handlers, 'library.import', { fileName: 'hujan.fountain', content: 'INT. HALTE - MALAM\n\nHujan deras.\n' });
    const pdf = await call(app.backend.handlers, 'library.export', { id: made.id, format: 'pdf' });
    await library();
    await drop(app.page, [{ name: 'hujan.pdf', base64: pdf.content }]);
    await app.page.getByTestId('script-editor').waitFor();
    await expect.poll(() => blocks(app.page)).toEqual([
      ['scene_heading', 'INT. HALTE - MALAM'],
      ['action', 'Hujan deras.'],
    ]);
  });

  it('a file Naskah does not open is refused with a translated error naming it, and nothing is imported', async () => {
    await library();
    // The scripts the tests above opened: the list arrives after the screen.
    await app.page.getByTestId('script-item').first().waitFor();
    const before = await titles();
    expect(before.length).toBeGreaterThan(0);
    await drop(app.page, [file('model.json', '{"version":1,"titlePage":[],"elements":[]}')]);
    await expect(app.page.getByTestId('open-error').textContent()).resolves.toMatch(/Naskah does not open model\.json: it opens \.fountain, \.fdx, .*\.pdf\./);
    await library();
    // The list arrives after the screen: wait for it to hold as many scripts as before (no more, checked next).
    await expect.poll(async () => (await titles()).length).toBe(before.length);
    expect(await titles()).toEqual(before);
  });

  it('a broken script is refused with the import\'s own translated error', async () => {
    await drop(app.page, [file('rusak.fdx', '<FinalDraft><Content>')]);
    await expect(app.page.getByTestId('open-error').textContent()).resolves.toMatch(/^The Final Draft file stops too early \(line 1\)/);
  });

  it('the errors follow the interface language (Indonesian)', async () => {
    await call(app.backend.handlers, 'settings.set', { language: 'id' });
    await library();
    await drop(app.page, [file('catatan.txt', 'INT. A - DAY')]);
    await expect(app.page.getByTestId('open-error').textContent()).resolves.toMatch(/^Naskah tidak membuka catatan\.txt: yang dibuka adalah \.fountain/);
    await call(app.backend.handlers, 'settings.set', { language: 'en' });
  });

  it('a dropped course pack is inspected and waits for the user\'s decision on the courses screen', async () => {
    await library();
    await drop(app.page, [{ name: 'kelas.naskahpack', base64: (await rawZip(packEntries())).toString('base64') }]);
    const dialog = app.page.getByTestId('pack-inspect');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('Test course');
    await app.page.getByTestId('pack-install').click();
    await app.page.getByTestId('pack-item').waitFor();
    // Taken once: coming back to the courses screen later shows no stale dialog.
    await app.page.locator('.brand').click();
    await app.page.getByTestId('new-script').waitFor();
    await app.page.getByTestId('open-courses').click();
    await app.page.getByTestId('pack-item').waitFor();
    expect(await app.page.getByTestId('pack-inspect').count()).toBe(0);
  });

  it('a dropped progress report is imported into its course\'s class view', async () => {
    const report = await call(app.backend.handlers, 'course.exportReport', { packId: 'id.naskah.test-pack', trainee: 'Sari', format: 'json' });
    await library();
    await drop(app.page, [file(report.fileName, report.content)]);
    await expect(app.page.getByTestId('open-notice').textContent()).resolves.toContain('The progress report of Sari was added to the class view.');
    await app.page.locator('[data-testid="class-row"][data-trainee="Sari"]').waitFor();
  });
});
