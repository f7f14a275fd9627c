/**
 * Page view of a long script: `data-page` on exactly the blocks the shared layout engine says
 * start a page (the same engine the PDF uses) and on an inline marker where a page starts inside
 * a block, kept right after edits; every page but the first drawn as a new sheet numbered as the
 * PDF numbers it ("2.", "3.", …).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import { paginate, type LayoutResult } from '../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../shared/screenplay/layout/profiles.ts';
import { generateBlocks } from '../../bench/generate.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';

/**
 * [block index, page] of every page start, as the layout engine computes it: the block a page
 * starts with, or the block whose text it starts inside (the rest of a split speech or paragraph).
 */
function expectedStarts(layout: LayoutResult): [number, number][] {
  return layout.pages.map((p): [number, number] => {
    const first = p.continued ? p.lines.find((l) => !l.added && l.start >= 0) : undefined;
    return [first ? first.elementIndex : p.firstElement, p.number];
  });
}

describe('page markers in page view', () => {
  let app: App;
  let id: string;

  /** Every [data-page] in document order: the block it is or stands in, its page, and the page number drawn there. */
  async function shownStarts(): Promise<{ starts: [number, number][]; labels: string[] }> {
    return app.page.locator('[data-testid=script-editor]').evaluate((editor) => {
      const blocks = [...editor.querySelectorAll('[data-element]')];
      const starts: [number, number][] = [];
      const labels: string[] = [];
      for (const el of editor.querySelectorAll<HTMLElement>('[data-page]')) {
        const block = el.closest('[data-element]')!;
        starts.push([blocks.indexOf(block), Number(el.dataset.page)]);
        const number = el.matches('[data-element]') ? getComputedStyle(el, '::before').content : getComputedStyle(el.querySelector('.turn-number')!, '::before').content;
        labels.push(number);
      }
      return { starts, labels };
    });
  }

  async function layoutOfSavedDraft(): Promise<LayoutResult> {
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    return paginate(draft.screenplay, PAPER_PROFILES.letter);
  }

  beforeAll(async () => {
    app = await launchApp();
    // 600 blocks: about 21 pages, several of Slate's chunks of 100 blocks.
    id = (await app.backend.handlers['library.import']({ fileName: 'panjang.json', content: writeJsonModel(generateBlocks(600)) })).id;
    await app.page.reload();
    await app.page.getByTestId('script-item').first().click();
    // Every block in the DOM: the chunks past the first mount when the page is idle (chunk-mount.tsx).
    await app.page.locator('[data-testid=script-editor]:not([data-mounting])').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks exactly the page starts, numbering every page but the first as the PDF does', async () => {
    const layout = await layoutOfSavedDraft();
    const pages = layout.pages.length;
    expect(pages).toBeGreaterThan(15);
    await expect.poll(() => app.page.getByTestId('page-count').textContent()).toBe(String(pages));
    const shown = await shownStarts();
    expect(shown.starts).toEqual(expectedStarts(layout));
    expect(shown.labels).toEqual(shown.starts.map(([, page]) => (page === 1 ? 'none' : `"${page}."`)));
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
    const layout = await layoutOfSavedDraft();
    expect(layout.elementPage.length).toBe(625);
    await expect.poll(() => p.getByTestId('page-count').textContent()).toBe(String(layout.pages.length));
    await expect.poll(async () => (await shownStarts()).starts).toEqual(expectedStarts(layout));
  });
});
