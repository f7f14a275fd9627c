/**
 * Reports read headings with the one heading grammar and time-of-day table
 * (shared/screenplay/rules/): in a real browser, an Indonesian script's SUBUH and SENJA scenes
 * count as dawn and dusk, each time shows its light, and an EXT/INT. heading — action for the
 * Fountain reader before the rules had one home — counts as interior and exterior at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/call.ts';
import { launchApp, type App } from './harness.ts';

const FOUNTAIN = `Title: Subuh di Pelabuhan

EXT. PELABUHAN - SUBUH

Kabut tipis.

EXT/INT. MOBIL PICK-UP - PAGI

Mesin batuk.

INT. WARUNG MBAK SRI - SIANG

Kopi tumpah.

EXT. DERMAGA - SENJA

Perahu pulang.

INT. KAMAR - MALAM

Lampu padam.

INT. KAMAR - CONTINUOUS

Sunyi.
`;

describe('Reports by light', () => {
  let app: App;

  beforeAll(async () => {
    app = await launchApp({ locale: 'id-ID' });
    await call(app.backend.handlers, 'library.import', { fileName: 'subuh.fountain', content: FOUNTAIN });
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts dawn and dusk, shows each time’s light, and reads EXT/INT. as both', async () => {
    const p = app.page;
    await p.getByTestId('open-reports').click();
    await p.getByTestId('report-pages').waitFor();
    expect(await p.getByTestId('report-scenes').textContent()).toBe('6');
    expect(await p.getByTestId('report-day-night').textContent()).toBe('Siang 2 · Malam 1 · Fajar 1 · Senja 1 · Lainnya 1');
    const lights = await p.getByTestId('report-time').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-name'), tr.getAttribute('data-light'), tr.querySelectorAll('td')[2]?.textContent]));
    expect(Object.fromEntries(lights.map(([name, light, label]) => [name, [light, label]]))).toEqual({
      SUBUH: ['dawn', 'Fajar'],
      PAGI: ['day', 'Siang'],
      SIANG: ['day', 'Siang'],
      SENJA: ['dusk', 'Senja'],
      MALAM: ['night', 'Malam'],
      CONTINUOUS: ['other', 'Lainnya'],
    });
    const settings = await p.locator('[data-testid=report-settings] tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-key'), r.querySelector('td')?.textContent]));
    expect(settings).toEqual([
      ['int', '3'],
      ['ext', '2'],
      ['both', '1'],
    ]);
    if (process.env.SCREENSHOT) await p.getByTestId('reports').screenshot({ path: process.env.SCREENSHOT });
  });
});
