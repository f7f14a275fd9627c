/**
 * The Reports view's exports in a real browser: each table downloads as CSV with the rows the
 * table shows, and the print stylesheet prints the report alone (Chromium's own PDF of the page
 * in print media: real PDF bytes, holding the report's figures and not the editor's page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';

const FOUNTAIN = `INT. WARUNG - MALAM

Hujan deras di atap seng.

SARI
Kami sudah tutup.

BUDI
Satu kopi saja, Bu.

EXT. JALAN - PAGI

SARI
Duduklah.
`;

describe('reports export', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
    await app.backend.handlers['library.import']({ fileName: 'warung.fountain', content: FOUNTAIN });
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
    await app.page.locator('[data-testid=script-editor] .block-text').first().click();
    await app.page.keyboard.press('Control+k');
    await app.page.getByTestId('command-palette').waitFor();
    await app.page.keyboard.type('reports');
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('report-characters').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('each table downloads as CSV', async () => {
    const p = app.page;
    const dir = fs.mkdtempSync(path.join(app.dataDir, 'csv-'));
    const csvOf = async (table: string) => {
      const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId(`report-csv-${table}`).click()]);
      const file = path.join(dir, dl.suggestedFilename());
      await dl.saveAs(file);
      return { name: dl.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
    };
    const chars = await csvOf('characters');
    expect(chars.name).toBe('report-characters.csv');
    expect(chars.text.split('\r\n')).toEqual(['"Character","Speeches","Words","Scenes"', '"SARI",2,4,2', '"BUDI",1,4,1', '']);
    expect((await csvOf('locations')).text.split('\r\n')).toEqual(['"Location","Scenes"', '"JALAN",1', '"WARUNG",1', '']);
    const scenes = (await csvOf('scenes')).text;
    expect(scenes).toContain('"Setting","INT. (interior)",1\r\n');
    expect(scenes).toContain('"Time of day","MALAM",1\r\n');
  });

  it('prints the report alone (print stylesheet)', async () => {
    const p = app.page;
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('.toolbar').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await p.getByTestId('report-print').isVisible()).toBe(false);
    const bytes = await p.pdf({ format: 'A4' });
    await p.emulateMedia({ media: 'screen' });
    expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain('Reports');
    expect(text).toContain('SARI');
    expect(text).toContain('WARUNG');
    // The editor behind the report is not printed.
    expect(text).not.toContain('Hujan deras');
  });
});
