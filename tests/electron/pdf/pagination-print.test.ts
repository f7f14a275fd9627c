/**
 * The PDF prints exactly the engine's pages: (MORE) and "NAME (CONT'D)" where a speech splits, the
 * automatic CONT'D, and a Final Draft file's own page geometry; checked on real PDFs with poppler.
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
  const file = path.join(tempDataDir('naskah-pdf-'), 'script.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** Top of each word's box in points, page by page, from pdftotext -bbox. */
function wordTops(file: string): { word: string; x: number; y: number }[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((p) => [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), word: m[3] })));
}

const filler = (n: number): ScriptElement[] => Array.from({ length: n }, (_, i) => ({ type: 'action', text: `Baris pengisi ${i}.` }));
const speech = Array.from({ length: 14 }, (_, i) => `Kalimat ke-${i} dari cerita yang panjang ini.`).join(' ');
const script: Screenplay = {
  version: 1,
  titlePage: [],
  elements: [
    { type: 'character', text: 'SARI (V.O.)' },
    { type: 'dialogue', text: 'Mulai.' },
    { type: 'action', text: 'Hening.' },
    { type: 'character', text: 'SARI' },
    { type: 'dialogue', text: 'Lagi.' },
    ...filler(20),
    { type: 'character', text: 'BUDI' },
    { type: 'dialogue', text: speech },
  ],
};

describe('printed pagination', () => {
  it('prints the engine’s pages with (MORE), NAME (CONT’D) and the automatic CONT’D', async () => {
    const file = save(await renderPdf(script, { paper: 'letter' }));
    const layout = paginate(script, profileForPrint(script, { paper: 'letter' }));
    expect(pages(file)).toBe(layout.pages.length);
    const [p1, p2] = text(file).split('\f');
    expect(p1).toMatch(/^\s+SARI \(CONT'D\)\s*$/m);
    expect(p1.trimEnd()).toMatch(/\(MORE\)$/);
    expect(p2).toMatch(/^\s+BUDI \(CONT'D\)\s*$/m);
    // Final Draft's places: CONT'D in the top margin above the first body line, MORE below the page's last line.
    const tops = wordTops(file);
    const contd = tops[1].find((w) => w.word === 'BUDI')!;
    const firstBody = tops[1].find((w) => w.word.startsWith('Kalimat'))!;
    expect(firstBody.y).toBeCloseTo(72, 0);
    expect(contd.y).toBeCloseTo(60, 0);
  });

  it("numbers the pages as the script's own header says", async () => {
    const numbersOf = async (pageNumbers: NonNullable<Screenplay['layout']>['pageNumbers']) =>
      wordTops(save(await renderPdf({ ...script, layout: { pageNumbers } }, { paper: 'letter' }))).map((words) => words.filter((w) => /^\d+\.$/.test(w.word) && w.y < 72).map((w) => w.word));
    expect(await numbersOf(undefined)).toEqual([[], ['2.']]);
    expect(await numbersOf({ shown: false })).toEqual([[], []]);
    expect(await numbersOf({ firstPage: true, start: 41 })).toEqual([['41.'], ['42.']]);
  });

  it('leaves the automatic CONT’D out when the print says so', async () => {
    const file = save(await renderPdf(script, { paper: 'letter', automaticContd: false }));
    expect(text(file)).not.toMatch(/SARI \(CONT'D\)/);
  });

  it('prints a Final Draft file’s own margins, indents and marks', async () => {
    const fd: Screenplay = {
      ...script,
      layout: {
        page: { width: 8.5, height: 11, top: 1.5, bottom: 1, header: 0.75 },
        elements: { Dialogue: { left: 2, right: 6 }, 'Scene Heading': { bold: true, caps: true } },
        continueds: { contd: '(lanj.)' },
      },
    };
    const file = save(await renderPdf(fd, { paper: 'letter' }));
    const tops = wordTops(file);
    expect(Math.min(...tops[0].map((w) => w.y))).toBeCloseTo(108, 0); // 1.5 in
    const mulai = tops[0].find((w) => w.word === 'Mulai.')!;
    expect(mulai.x).toBeCloseTo(144, 0); // dialogue from 2.0 in
    // Its own mark, in the cue's capitals.
    expect(text(file)).toMatch(/SARI \(LANJ\.\)/);
    expect(pages(file)).toBe(paginate(fd, profileForPrint(fd, { paper: 'letter' })).pages.length);
    const number = tops[1].find((w) => w.word === '2.')!;
    expect(number.y).toBeLessThan(60);
    expect(number.y).toBeGreaterThan(48);
  });
});
