/**
 * Revision marks on real PDF bytes, read back with poppler: a `*` at the right margin of every
 * line holding revised text and of no other, the revision's name and date in the header of revised
 * pages, and "revised pages only" printing just those pages with their own numbers.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileForPrint, renderPdf } from '../../../electron/pdf/render.ts';
import { paginate } from '../../../shared/screenplay/layout/paginate.ts';
import type { Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';
import { tempDataDir } from '../temp.ts';

function save(bytes: Uint8Array): string {
  const file = path.join(tempDataDir('naskah-rev-'), 'script.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pagesText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
/** Words with their boxes, page by page (pdftotext -bbox). */
function words(file: string): { word: string; x: number; y: number }[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((p) => [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), word: m[3] })));
}

const filler = (n: number, from = 0): ScriptElement[] => Array.from({ length: n }, (_, i) => ({ type: 'action', text: `Baris pengisi ${from + i}.` }));
const long = 'Rain hammers the tin roof of the warung while Sari counts the coins twice, slowly, as if they might change.';
const script: Screenplay = {
  version: 1,
  titlePage: [{ key: 'Title', value: 'Warung' }],
  elements: [
    { type: 'scene_heading', text: 'INT. WARUNG - NIGHT' },
    { type: 'action', text: long, revisionMarks: [{ start: long.indexOf('coins'), end: long.indexOf('coins') + 5, set: 2 }] },
    ...filler(60),
    { type: 'character', text: 'SARI', revision: 1 },
    { type: 'dialogue', text: 'Tutup.' },
    ...filler(60, 60),
  ],
  revisions: [
    { set: 1, name: 'Blue', color: '#2f6fd6', date: '2026-11-30' },
    { set: 2, name: 'Pink', color: '#d6337f', date: '2026-12-02' },
  ],
};

describe('revision marks in the PDF', () => {
  it('puts a * beside each revised line, at the right margin, and the latest revision in the header', async () => {
    const file = save(await renderPdf(script, { paper: 'letter' }));
    const layout = paginate(script, profileForPrint(script, { paper: 'letter' }));
    expect(pageCount(file)).toBe(layout.pages.length);
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    const boxes = words(file);
    const stars = boxes.map((page) => page.filter((w) => w.word === '*'));
    // Page 1: the long action wraps; only the line with "coins" holds revised text.
    expect(stars[0]).toHaveLength(1);
    const coins = boxes[0].find((w) => w.word.startsWith('coins'))!;
    expect(Math.abs(stars[0][0].y - coins.y)).toBeLessThan(1);
    // Right of the text, in the margin (Letter: action ends at 7.5 in).
    expect(stars[0][0].x).toBeGreaterThan(7.5 * 72);
    const [p1, p2, p3] = pagesText(file);
    expect(p1).toContain('Pink (2026-12-02)');
    const cuePage = [p1, p2, p3].findIndex((p) => /^\s+SARI\s+\*\s*$/m.test(p));
    expect(cuePage).toBeGreaterThan(0);
    expect([p1, p2, p3][cuePage]).toContain('Blue (2026-11-30)');
    // A page with nothing revised has neither marks nor a header label.
    const plain = layout.pages.findIndex((_, i) => i !== 0 && i !== cuePage);
    expect(stars[plain]).toHaveLength(0);
    expect(pagesText(file)[plain]).not.toMatch(/Blue|Pink/);
  });

  it('prints revised pages only, with their own page numbers and no title page', async () => {
    const layout = paginate(script, profileForPrint(script, { paper: 'letter' }));
    const file = save(await renderPdf(script, { paper: 'letter', titlePage: true, revisedOnly: true }));
    expect(pageCount(file)).toBe(2);
    const [first, second] = pagesText(file);
    expect(first).toContain('INT. WARUNG - NIGHT');
    const cuePage = layout.pages.findIndex((p) => p.lines.some((l) => l.text === 'SARI'));
    expect(second).toContain(`${layout.pages[cuePage].number}.`);
    expect(second).not.toContain('Warung\n');
  });

  it('refuses revised pages only when nothing is revised', async () => {
    const plain: Screenplay = { ...script, elements: filler(5) };
    await expect(renderPdf(plain, { paper: 'letter', revisedOnly: true })).rejects.toMatchObject({ code: 'revisions.no_revised_pages' });
  });
});
