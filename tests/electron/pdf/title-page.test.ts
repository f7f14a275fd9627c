/**
 * The printed title page: every field where Final Draft and afterwriting put it, emphasis drawn
 * instead of printed as markers. Positions read back from the real PDF with pdftotext -bbox.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import { tempDataDir } from '../temp.ts';

const BRICK = `Title:
\t_**BRICK & STEEL**_
\t_**FULL RETIRED**_
Credit: Written by
Author: Stu Maschwitz
Source: Story by KTM
Draft date: 1/27/2012
Notes: A sample from fountain.io
Copyright: (c) 2012 Stu Maschwitz
Revision: Blue pages
Contact:
\tNext Level Productions
\t1588 Mission Dr.
\tSolvang, CA 93463

EXT. BRICK'S PATIO - DAY

A gorgeous day.
`;

interface Word {
  text: string;
  x0: number;
  x1: number;
  y0: number;
}

async function page1(): Promise<{ words: Word[]; fonts: string; width: number; height: number }> {
  const r = parseFountain(BRICK);
  if (!r.ok) throw new Error(r.error.code);
  const file = path.join(tempDataDir('naskah-title-'), 'brick.pdf');
  fs.writeFileSync(file, await renderPdf(r.value, { paper: 'letter', titlePage: true }));
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!.map(Number);
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), text: m[4].replace(/&amp;/g, '&') }));
  const fonts = execFileSync('pdffonts', ['-f', '1', '-l', '1', file], { encoding: 'utf8' });
  return { words, fonts, width, height };
}

describe('PDF title page', () => {
  it('prints every field in its place, emphasis drawn and never printed as markers', async () => {
    const { words, fonts, width, height } = await page1();
    const all = words.map((w) => w.text).join(' ');
    expect(all).not.toMatch(/[*_]/);
    const at = (text: string) => {
      const w = words.find((x) => x.text === text);
      if (!w) throw new Error(`${text} not printed: ${all}`);
      return w;
    };
    // Title and credits centred a third of the way down; the unknown key (Revision) under them.
    const brick = at('BRICK');
    const steel = at('STEEL');
    expect(Math.abs((brick.x0 + steel.x1) / 2 - width / 2)).toBeLessThan(0.7 * 72);
    expect(brick.y0).toBeGreaterThan(height / 3 - 20);
    expect(brick.y0).toBeLessThan(height / 2);
    for (const w of ['Written', 'Maschwitz', 'KTM', 'Blue']) expect(Math.abs(at(w).y0 - brick.y0)).toBeLessThan(height / 4);
    // Notes, copyright, contact at the foot, left; the date at the foot, right.
    expect(at('Next').x0).toBeLessThan(width / 4);
    const notes = words.find((x) => x.text === 'A' && Math.abs(x.y0 - at('sample').y0) < 1)!;
    for (const w of [notes, at('(c)'), at('Solvang,')]) {
      expect(Math.abs(w.x0 - at('Next').x0)).toBeLessThan(2);
      expect(w.y0).toBeGreaterThan(height * 0.75);
    }
    expect(at('sample').y0).toBeLessThan(at('(c)').y0);
    expect(at('(c)').y0).toBeLessThan(at('Next').y0);
    expect(at('1/27/2012').x1).toBeGreaterThan(width - 1.2 * 72);
    expect(at('1/27/2012').y0).toBeGreaterThan(height * 0.85);
    // The title's emphasis: bold (Courier Prime Bold on this page).
    expect(fonts).toContain('CourierPrime-Bold');
  });
});
