/**
 * The page view shows the PDF's pages, in real Chromium: a sheet per page as tall as its paper,
 * the split speech's (MORE) and "NAME (CONT'D)" and the automatic (CONT'D) as marks that are
 * neither editable nor part of the text, the page count of the exported PDF, dual dialogue side by
 * side, scene numbers when the PDF export numbers them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJsonModel } from '../../shared/screenplay/json.ts';
import { PAPER_PROFILES, type Paper } from '../../shared/screenplay/layout/profiles.ts';
import type { ScriptElement } from '../../shared/screenplay/model.ts';
import { launchApp, type App } from './harness.ts';

const SPEECH = 'Kalimat pendek sekali untuk diuji. '.repeat(40).trim();
const PX_PER_IN = 96;

/** Words no dictionary holds, each used once (so not the script's vocabulary either): zqab, zqac, … */
const NONSENSE = Array.from({ length: 160 }, (_, i) => `zq${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
/** Sentences of them (capitalised, so each ends a sentence the speech may break after). */
const MISSPELT_SPEECH = Array.from({ length: 40 }, (_, i) => { const s = NONSENSE.slice(i * 4, i * 4 + 4).join(' '); return `${s[0].toUpperCase()}${s.slice(1)}.`; }).join(' ');

function elements(speech = SPEECH): ScriptElement[] {
  const els: ScriptElement[] = [{ type: 'scene_heading', text: 'INT. WARUNG - MALAM' }];
  for (let i = 0; i < 14; i++) els.push({ type: 'action', text: `Rain drums on the tin roof, line ${i + 1}. The neon sign flickers red over the tables.` });
  els.push({ type: 'character', text: 'SARI' }, { type: 'dialogue', text: speech });
  els.push({ type: 'action', text: 'She turns away.' }, { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'And another thing.' });
  els.push({ type: 'character', text: 'BUDI' }, { type: 'dialogue', text: 'Left side speaks first, and at some length.' });
  els.push({ type: 'character', text: 'DEWI', dual: true }, { type: 'dialogue', text: 'Right side at the same time.', dual: true });
  for (let s = 0; s < 6; s++) {
    els.push({ type: 'scene_heading', text: `EXT. JALAN RAYA ${s + 1} - PAGI` });
    for (let i = 0; i < 8; i++) els.push({ type: 'action', text: `Morning traffic, beat ${i + 1}. Motorbikes weave between the buses and a vendor calls out.` });
  }
  // The writer's own, never printed, on the last page: its sheet stays as tall as the paper.
  els.push({ type: 'note', text: 'Mentor: the ending needs one more beat, a look back at the station before the bus leaves.' }, { type: 'section', text: 'Act two' });
  return els;
}

describe('page view shows the PDF’s pages', () => {
  let app: App;
  let id: string;

  async function open(paper: Paper, sceneNumbers = false, title = 'Halaman'): Promise<void> {
    await app.backend.handlers['settings.set']({ paper });
    await app.page.goto(app.url);
    await app.page.evaluate((on) => localStorage.setItem('naskah.pdfChoices', JSON.stringify({ titlePage: true, sceneNumbers: on })), sceneNumbers);
    await app.page.reload();
    await app.page.getByTestId('script-item').filter({ hasText: title }).first().click();
    await app.page.locator('[data-testid=script-editor] [data-page="2"]').waitFor();
  }

  async function pdfPages(paper: Paper): Promise<number> {
    const file = await app.backend.handlers['library.export']({ id, format: 'pdf', paper, titlePage: false });
    return (Buffer.from(file.content, 'base64').toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  }

  /** Page starts shown (block or inline marker), the status bar's count, and the page container's height and sheet gap. */
  async function shown() {
    return app.page.evaluate(() => {
      const paper = document.querySelector<HTMLElement>('.paper')!;
      const starts = [...document.querySelectorAll<HTMLElement>('[data-testid=script-editor] [data-page]')].map((e) => Number(e.dataset.page));
      return {
        starts,
        count: Number(document.querySelector('[data-testid=page-count]')!.textContent),
        top: paper.getBoundingClientRect().top + window.scrollY,
        height: paper.getBoundingClientRect().height,
        gap: parseFloat(getComputedStyle(paper).getPropertyValue('--sheet-gap')),
      };
    });
  }

  beforeAll(async () => {
    app = await launchApp();
    id = (await app.backend.handlers['library.import']({ fileName: 'halaman.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Halaman' }], elements: elements() }) })).id;
    await open('letter');
  });
  afterAll(async () => {
    await app?.close();
  });

  it("splits the long speech with (MORE) and SARI (CONT'D) where the PDF prints them, as marks outside the text", async () => {
    const p = app.page;
    const turn = p.locator('.page-turn[data-page="2"]');
    await expect(turn.count()).resolves.toBe(1);
    const info = await turn.evaluate((el) => {
      const block = el.closest('[data-element]') as HTMLElement;
      const paper = document.querySelector('.paper')!.getBoundingClientRect();
      const at = (sel: string) => {
        const e = el.querySelector(sel)!;
        return { text: getComputedStyle(e, '::before').content, top: e.getBoundingClientRect().top - paper.top, left: e.getBoundingClientRect().left - paper.left };
      };
      return {
        block: block.dataset.element,
        editable: (el as HTMLElement).isContentEditable,
        text: block.querySelector('.block-text')!.textContent!.replace(/\uFEFF/g, ''),
        more: at('.turn-more'),
        contd: at('.turn-contd'),
        number: at('.turn-number'),
        gap: parseFloat(getComputedStyle(document.querySelector('.paper')!).getPropertyValue('--sheet-gap')),
      };
    });
    expect(info.block).toBe('dialogue');
    expect(info.editable).toBe(false);
    // The block's text is the speech alone: the marks are drawn, not written.
    expect(info.text).toBe(SPEECH);
    expect(info.more.text).toBe('"(MORE)"');
    expect(info.contd.text).toBe(`"SARI (CONT'D)"`);
    expect(info.number.text).toBe('"2."');
    // Where the PDF puts them: (MORE) on the line below the 55th body line of page 1, at the cue's indent;
    // CONT'D on the line above page 2's first body line. 1 in = 96 px, a line = 12 pt = 16 px.
    const letter = PAPER_PROFILES.letter;
    const sheet2 = 11 * PX_PER_IN + info.gap;
    expect(info.more.top).toBeCloseTo(letter.topMarginIn * PX_PER_IN + letter.linesPerPage * 16, 0);
    expect(info.more.left).toBeCloseTo(letter.elements.character.left * PX_PER_IN, 0);
    expect(info.contd.top).toBeCloseTo(sheet2 + letter.topMarginIn * PX_PER_IN - 16, 0);
    expect(info.number.top).toBeCloseTo(sheet2 + letter.pageNumberTopIn * PX_PER_IN, 0);

    // The character who speaks again after action gets the automatic CONT'D, drawn beside the cue.
    const cue = p.locator('[data-element=character]').nth(1);
    await expect(cue.locator('.block-text').evaluate((e) => [e.textContent?.replace(/\uFEFF/g, ''), getComputedStyle(e, '::after').content])).resolves.toEqual([
      'SARI',
      `" (CONT'D)"`,
    ]);
  });

  it('edits around a page turn without touching the marks; the saved text has none of them', async () => {
    const p = app.page;
    // The text right after the turn, i.e. the first words on page 2.
    const after = p.locator('.page-turn[data-page="2"]').locator('xpath=..').locator('[data-slate-string]');
    await p.locator('.page-turn[data-page="2"] .turn-contd').scrollIntoViewIfNeeded();
    const box = (await after.boundingBox())!;
    await p.mouse.click(box.x + 2, box.y + 4);
    await p.keyboard.press('Home');
    await p.keyboard.type('Nah. ');
    await expect
      .poll(async () => (await app.backend.handlers['draft.load']({ scriptId: id })).screenplay.elements.find((e) => e.type === 'dialogue')!.text)
      .toMatch(/^Kalimat .*Nah\. Kalimat/);
    const draft = await app.backend.handlers['draft.load']({ scriptId: id });
    const texts = draft.screenplay.elements.map((e) => e.text).join('\n');
    expect(texts).not.toMatch(/MORE|CONT'D/);
    expect(draft.screenplay.elements.filter((e) => e.type === 'character').map((e) => e.text)).toEqual(['SARI', 'SARI', 'BUDI', 'DEWI']);
  });

  it('shows as many pages as the exported PDF has, on Letter and on A4, each sheet as tall as its paper', async () => {
    const heights: Record<Paper, number> = { letter: 0, a4: 0 };
    for (const paper of ['letter', 'a4'] as const) {
      await open(paper);
      const pages = await pdfPages(paper);
      expect(pages).toBeGreaterThan(2);
      await expect.poll(async () => (await shown()).count).toBe(pages);
      const s = await shown();
      expect(s.starts).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      // n sheets and n − 1 gaps between them.
      heights[paper] = (s.height - (pages - 1) * s.gap) / pages;
      expect(heights[paper]).toBeCloseTo((PAPER_PROFILES[paper].heightPt / 72) * PX_PER_IN, 0);
    }
    expect(heights.a4).toBeGreaterThan(heights.letter);
  });

  it('sets dual dialogue side by side', async () => {
    await open('letter');
    const [left, right] = await app.page.evaluate(() =>
      ['BUDI', 'DEWI'].map((name) => {
        const cue = [...document.querySelectorAll('[data-element=character]')].find((e) => e.textContent?.includes(name))!;
        const line = cue.nextElementSibling!.querySelector('[data-slate-string]')!.getBoundingClientRect();
        const c = cue.querySelector('[data-slate-string]')!.getBoundingClientRect();
        return { cueTop: c.top, cueLeft: c.left, lineTop: line.top, lineLeft: line.left, column: (cue as HTMLElement).dataset.dual };
      }),
    );
    expect([left.column, right.column]).toEqual(['left', 'right']);
    expect(right.cueTop).toBeCloseTo(left.cueTop, 0);
    expect(right.lineTop).toBeCloseTo(left.lineTop, 0);
    const d = PAPER_PROFILES.letter.dual;
    expect(right.lineLeft - left.lineLeft).toBeCloseTo((d.lefts[1] - d.lefts[0]) * PX_PER_IN, 0);
  });

  it('numbers the scenes when the PDF export does, in both margins', async () => {
    const headings = () =>
      app.page.locator('[data-element=scene_heading] .block-text').evaluateAll((els) => els.map((e) => [getComputedStyle(e, '::before').content, getComputedStyle(e, '::after').content]));
    expect((await headings())[0]).toEqual(['none', 'none']);
    await open('letter', true);
    const shownNumbers = await headings();
    expect(shownNumbers).toEqual(shownNumbers.map((_, i) => [`"${i + 1}"`, `"${i + 1}"`]));
  });

  // Painted, not only styled: the editor's chunks skip the painting of what is off screen
  // (content-visibility), which also clips what they paint to their box. What stands outside the
  // text column — the gap between sheets, the scene numbers in the margins — was styled but never
  // seen, and the sheets ran into each other as one strip of paper with a grey band over the text.
  it('paints the gap between sheets across the whole sheet and the scene numbers in the margins', async () => {
    // Longer than one chunk of the editor (100 blocks): a script this short is not chunked at all.
    const long: ScriptElement[] = Array.from({ length: 6 }, (_, s): ScriptElement[] => [
      { type: 'scene_heading', text: `INT. RUANG ${s + 1} - MALAM` },
      ...Array.from({ length: 30 }, (_, i): ScriptElement => ({ type: 'action', text: `Beat ${i + 1} of scene ${s + 1}.` })),
    ]).flat();
    await app.backend.handlers['library.import']({ fileName: 'lembar.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Lembar' }], elements: long }) });
    await open('letter', true, 'Lembar');
    const p = app.page;
    await expect.poll(() => p.locator('[data-testid=script-editor] .chunk-lowest').count()).toBeGreaterThan(1);
    const sheet = p.locator('[data-testid=script-editor] .block[data-sheet]').first();
    await sheet.scrollIntoViewIfNeeded();
    const at = await sheet.evaluate((block) => {
      const paper = document.querySelector<HTMLElement>('.paper')!;
      // The foot of the sheet before: its blank lines and bottom margin, as editor.css draws them.
      const probe = document.createElement('div');
      probe.style.height = `calc(${block.style.getPropertyValue('--rest')} * var(--line-height) + var(--margin-bottom))`;
      paper.append(probe);
      const foot = probe.getBoundingClientRect().height;
      probe.remove();
      return { left: paper.getBoundingClientRect().left, gapY: block.getBoundingClientRect().top + foot + 12, oneInch: 96 };
    });
    /** 8 × 8 CSS pixels of the screen. */
    const square = (x: number, y: number) => p.screenshot({ clip: { x, y: y - 4, width: 8, height: 8 } });
    const desk = await square(at.left - 40, at.gapY);
    // In the gap, over the sheet's left margin (no text there): the desk, as beside the sheet.
    expect((await square(at.left + 20, at.gapY)).equals(desk)).toBe(true);
    // A line above the gap, the same place is paper.
    expect((await square(at.left + 20, at.gapY - 40)).equals(desk)).toBe(false);
    // The first heading's number stands in the left margin (0.75 in from the sheet's edge): it is painted.
    await p.locator('[data-element=scene_heading]').first().scrollIntoViewIfNeeded();
    const headingTop = await p.locator('[data-element=scene_heading] .block-text').first().evaluate((e) => e.getBoundingClientRect().top);
    const lineHeight = 16;
    const margin = (y: number) => p.screenshot({ clip: { x: at.left + 0.6 * at.oneInch, y, width: 0.6 * at.oneInch, height: lineHeight } });
    expect((await margin(headingTop)).equals(await margin(headingTop + 2 * lineHeight))).toBe(false);
  });

  it('draws a page turn once when spelling marks split the text after it', async () => {
    // Misspellings on both sides of the turn split the speech's text into several leaves, each of
    // which carries the turn's decoration: each of them once drew the turn (two sheets "2.").
    await app.backend.handlers['library.import']({ fileName: 'ejaan.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Ejaan' }], elements: elements(MISSPELT_SPEECH) }) });
    await open('letter', false, 'Ejaan');
    const block = app.page.locator('[data-element=dialogue]').filter({ has: app.page.locator('.page-turn[data-page="2"]') });
    await expect.poll(() => block.locator('[data-spell]').count(), { timeout: 30_000 }).toBeGreaterThan(20);
    await expect(block.locator('.page-turn').count()).resolves.toBe(1);
    await expect(block.locator('.turn-number').allTextContents()).resolves.toHaveLength(1);
  });

  it("numbers the sheets as the script's own header says, page 1 too, without moving its text", async () => {
    await app.backend.handlers['library.import']({ fileName: 'episode.json', content: writeJsonModel({ version: 1, titlePage: [{ key: 'Title', value: 'Episode' }], elements: elements(), layout: { pageNumbers: { firstPage: true, start: 41 } } }) });
    await open('letter', false, 'Episode');
    const shownNumbers = () =>
      app.page.evaluate(() => {
        const paper = document.querySelector('.paper')!;
        const first = document.querySelector('[data-testid=script-editor] [data-element]')!;
        return {
          first: getComputedStyle(paper, '::before').content,
          sheets: [...document.querySelectorAll<HTMLElement>('.block[data-sheet], .page-turn .turn-number')].map((e) => e.dataset.sheet ?? e.dataset.text),
          textTop: first.getBoundingClientRect().top - paper.getBoundingClientRect().top,
        };
      });
    const numbered = await shownNumbers();
    expect(numbered.first).toBe('"41."');
    expect(numbered.sheets[0]).toBe('42.');
    await open('letter');
    const usual = await shownNumbers();
    expect(usual.first).toBe('none');
    expect(usual.sheets[0]).toBe('2.');
    expect(numbered.textTop).toBeCloseTo(usual.textTop, 1);
  });
});
