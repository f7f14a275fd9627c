/**
 * The page view lays a script out as the PDF prints it: a Final Draft file's own margins, and the
 * automatic (CONT'D) setting from Settings — the page count the editor shows is the layout engine's
 * for that profile, before and after the setting changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';

/** 150 speeches of one character with a line of action between: each cue after the first prints CONT'D, which wraps these long cues. */
function fdx(topPt: number): string {
  const paras: string[] = ['<Paragraph Type="Scene Heading"><Text>INT. WARUNG - MALAM</Text></Paragraph>'];
  for (let i = 0; i < 150; i++) {
    paras.push('<Paragraph Type="Character"><Text>PAK HARJO (ON THE PHONE, FAR AWAY)</Text></Paragraph>');
    paras.push(`<Paragraph Type="Dialogue"><Text>Kalimat nomor ${i} yang diucapkan lewat telepon.</Text></Paragraph>`);
    paras.push('<Paragraph Type="Action"><Text>Dia diam sebentar.</Text></Paragraph>');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>${paras.join('')}</Content><PageLayout BottomMargin="72" HeaderMargin="36" TopMargin="${topPt}"><PageSize Height="11.00" Width="8.50"/></PageLayout></FinalDraft>`;
}

describe('page view with the print profile', () => {
  let app: App;
  let id: string;
  const shown = async () => Number((await app.page.getByTestId('page-count').textContent())?.match(/\d+/)?.[0]);
  const expected = async (automaticContd: boolean) => {
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    const settings = await app.backend.handlers['settings.get']({});
    return paginate(draft.screenplay as Screenplay, printProfile(settings.paper, draft.screenplay.layout, { defaultAutomaticContd: automaticContd })).pages.length;
  };

  beforeAll(async () => {
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'telepon.fdx', content: fdx(216) })).id;
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts the pages the PDF prints: the file’s 3 in top margin and the automatic CONT’D', async () => {
    const withContd = await expected(true);
    // The file's own margins matter: with the paper's default margins it would be shorter.
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    const { layout: _l, ...plain } = draft.screenplay;
    expect(paginate(plain as Screenplay, printProfile((await app.backend.handlers['settings.get']({})).paper)).pages.length).toBeLessThan(withContd);
    await expect.poll(shown).toBe(withContd);
  });

  it('follows the setting: off, the cues no longer wrap and the count drops', async () => {
    const p = app.page;
    const before = await shown();
    await p.getByTestId('open-settings').click();
    const box = p.getByTestId('automatic-contd');
    await expect.poll(() => box.isChecked()).toBe(true);
    // The setting is saved first, then shown: click and wait for it.
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(false);
    await expect.poll(async () => (await app.backend.handlers['settings.get']({})).automaticContd).toBe(false);
    await p.getByRole('button', { name: /Library|Pustaka/ }).first().click();
    await p.getByTestId('script-item').first().click();
    await p.getByTestId('script-editor').waitFor();
    const off = await expected(false);
    expect(off).toBeLessThan(before);
    await expect.poll(shown).toBe(off);
  });
});
