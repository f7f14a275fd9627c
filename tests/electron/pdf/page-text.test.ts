/**
 * The page's one text object: Courier lines written straight into the content stream must give
 * the same paper as pdfkit's own `doc.text()` — same glyphs (the italic face's ligatures
 * included), same places, the same subset fonts and text that pdftotext reads back.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onePagePdf } from './one-page-pdf.ts';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { PageText } from '../../../electron/pdf/page-text.ts';
import { courierHas, splitByCoverage } from '../../../electron/pdf/fonts.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import { tempDataDir } from '../temp.ts';

const ASCII = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
const LINES: [face: string, text: string][] = [
  ['regular', 'INT. WARUNG KOPI - MALAM'],
  ['italic', 'office fi ffl -- the italic face ligates these'],
  ['bold', '  leading spaces and a trailing one '],
  ['boldItalic', 'Selamat datang, silakan duduk.'],
  // Over 93 glyphs in one face, so that the subset's codes reach those a PDF literal string
  // escapes (10 and 13, 40 and 41, 92), besides the characters themselves: \ ( ).
  ['regular', 'Back\\slash (parentheses) and *stars* — “quotes”, café'],
  ['regular', ASCII.slice(0, 48)],
  ['regular', ASCII.slice(48)],
];

const write = onePagePdf;

function pdfFile(bytes: Uint8Array, name: string): string {
  const file = path.join(tempDataDir('naskah-page-text-'), name);
  fs.writeFileSync(file, bytes);
  return file;
}

const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe('PageText', () => {
  it('takes printable ASCII for Courier Prime without asking the font: the font has every such character', () => {
    for (let cp = 0x20; cp <= 0x7e; cp++) expect(courierHas(cp), String.fromCharCode(cp)).toBe(true);
    expect(splitByCoverage('INT. RUMAH - MALAM\t(V.O.) ~{}')).toEqual([{ text: 'INT. RUMAH - MALAM\t(V.O.) ~{}', fallback: false }]);
    expect(splitByCoverage('')).toEqual([]);
  });


  it('draws what doc.text() draws, in one text object', async () => {
    const ours = await write((doc) => {
      const text = new PageText(doc);
      LINES.forEach(([face, line], i) => text.draw(face, 12, line, 108, 72 + 12 * i));
      text.flush();
    });
    const pdfkits = await write((doc) => {
      LINES.forEach(([face, line], i) => doc.font(face).fontSize(12).text(line, 108, 72 + 12 * i, { lineBreak: false }));
    });
    expect(ours.toString('latin1').match(/\bBT\b/g)).toHaveLength(1);
    expect(pdfkits.toString('latin1').match(/\bBT\b/g)).toHaveLength(LINES.length);

    const [a, b] = [pdfFile(ours, 'ours.pdf'), pdfFile(pdfkits, 'pdfkit.pdf')];
    expect(tool('pdftotext', ['-layout', a, '-'])).toBe(tool('pdftotext', ['-layout', b, '-']));
    for (const [, line] of LINES) expect(tool('pdftotext', ['-layout', a, '-'])).toContain(line.trim());
    // The same embedded subsets, each with its ToUnicode map.
    const fonts = (file: string) => tool('pdffonts', [file]).split('\n').slice(2).map((l) => l.replace(/\s+\d+\s+\d+\s*$/, ''));
    expect(fonts(a)).toEqual(fonts(b));
    expect(fonts(a).filter(Boolean)).toHaveLength(4);
    // Pixel for pixel.
    const png = (file: string) => {
      execFileSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', file, file]);
      return fs.readFileSync(`${file}.pgm`);
    };
    expect(png(a).equals(png(b))).toBe(true);
  });

  it('keeps drawing order where pdfkit draws in between (fallback fonts, underlines)', async () => {
    const parsed = parseFountain('INT. RUMAH - MALAM\n\nSari _menulis_ surat: 안녕하세요 dan pergi.\n\nDia tidur.\n');
    if (!parsed.ok) throw new Error(parsed.error.code);
    const file = pdfFile(await renderPdf(parsed.value, { paper: 'letter' }), 'mixed.pdf');
    // The fallback run is spread over its cells, so pdftotext reads gaps between its syllables.
    const text = tool('pdftotext', ['-layout', file, '-']).replace(/(?<=[가-힣]) (?=[가-힣])/g, '');
    expect(text).toMatch(/Sari menulis surat: 안녕하세요 dan pergi\./);
    expect(text.indexOf('INT. RUMAH')).toBeLessThan(text.indexOf('Dia tidur.'));
    // Raw order (content-stream order) too: pdfkit's runs were not written before the page's text.
    const raw = tool('pdftotext', ['-raw', file, '-']);
    expect(raw.indexOf('INT. RUMAH')).toBeLessThan(raw.indexOf('menulis'));
    expect(raw.indexOf('menulis')).toBeLessThan(raw.indexOf('Dia tidur.'));
  });
});
