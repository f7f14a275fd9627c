/**
 * Page view of a long script: a marker above exactly the blocks the shared layout engine says
 * start a page (the same engine the PDF uses), kept right after edits, drawn with its break line
 * on every page but the first, and worded in the interface language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../shared/screenplay/layout/profiles.ts';
import { generateBlocks } from '../../bench/generate.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

/** [block index, page] of every block that starts a page, as the layout engine computes it. */
function expectedStarts(elementPage: number[]): [number, number][] {
  const out: [number, number][] = [];
  elementPage.forEach((page, i) => {
    if (page !== (i === 0 ? 0 : elementPage[i - 1])) out.push([i, page]);
  });
  return out;
}

describe('page markers in page view', () => {
  let app: App;
  let id: string;

  async function shownStarts(): Promise<{ starts: [number, number][]; labels: string[]; breakLines: string[] }> {
    return app.page.locator('[data-testid=script-editor] [data-element]').evaluateAll((els) => {
      const starts: [number, number][] = [];
      const labels: string[] = [];
      const breakLines: string[] = [];
      els.forEach((el, i) => {
        const page = (el as HTMLElement).dataset.page;
        if (!page) return;
        starts.push([i, Number(page)]);
        labels.push(getComputedStyle(el, '::before').content);
        breakLines.push(getComputedStyle(el, '::before').borderTopStyle);
      });
      return { starts, labels, breakLines };
    });
  }

  async function layoutOfSavedDraft(): Promise<number[]> {
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    return paginate(draft.screenplay, PAPER_PROFILES.letter).elementPage;
  }

  beforeAll(async () => {
    app = await launchApp();
    // 600 blocks: about 21 pages, several of Slate's chunks of 100 blocks.
    id = (await app.backend.handlers['library.import']({ fileName: 'panjang.json', content: writeJsonModel(generateBlocks(600)) })).id;
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    await app.page.getByTestId('script-editor').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks exactly the blocks that start a page, with a break line on every page but the first', async () => {
    const elementPage = await layoutOfSavedDraft();
    const pages = elementPage[elementPage.length - 1];
    expect(pages).toBeGreaterThan(15);
    await expect.poll(() => app.page.getByTestId('page-count').textContent()).toBe(String(pages));
    const shown = await shownStarts();
    expect(shown.starts).toEqual(expectedStarts(elementPage));
    expect(shown.labels).toEqual(shown.starts.map(([, page]) => `"Page ${page}"`));
    expect(shown.breakLines[0]).toBe('none');
    expect(new Set(shown.breakLines.slice(1))).toEqual(new Set(['dashed']));
  });

  it('moves the markers when new blocks push the pages down', async () => {
    const p = app.page;
    await p.locator('[data-testid=script-editor] [data-element=action]').first().click();
    await p.keyboard.press('End');
    for (let i = 0; i < 25; i++) {
      await p.keyboard.press('Enter');
      await p.keyboard.type(`Thunder, line ${i + 1}.`);
    }
    await waitSaved(p);
    const elementPage = await layoutOfSavedDraft();
    expect(elementPage.length).toBe(625);
    await expect.poll(() => p.getByTestId('page-count').textContent()).toBe(String(elementPage[elementPage.length - 1]));
    await expect.poll(async () => (await shownStarts()).starts).toEqual(expectedStarts(elementPage));
  });

  it('words the markers in Bahasa Indonesia when the interface speaks it', async () => {
    const p = app.page;
    await p.getByTestId('open-settings').click();
    await p.getByTestId('language').selectOption('id');
    await expect.poll(() => p.getByTestId('open-settings').textContent()).toBe('Pengaturan');
    await p.getByRole('button', { name: 'Pustaka' }).first().click();
    await p.getByTestId('script-item').first().click();
    await p.locator('[data-page="2"]').waitFor();
    const shown = await shownStarts();
    expect(shown.labels.slice(0, 3)).toEqual(['"Halaman 1"', '"Halaman 2"', '"Halaman 3"']);
  });
});
