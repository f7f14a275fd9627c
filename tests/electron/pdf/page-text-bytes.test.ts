/**
 * The page text's byte writer: a page whose text outgrows the writer's first buffer, glyph codes
 * that a PDF literal string must escape, and faces switching mid-page must give the paper pdfkit's
 * own `doc.text()` gives — same text read back, same pixels.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onePagePdf } from './one-page-pdf.ts';
import { PageText } from '../../../electron/pdf/page-text.ts';
import { tempDataDir } from '../temp.ts';

const write = onePagePdf;

const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

// Every printable ASCII character in one face, so that the subset's codes reach those a literal
// string escapes (10, 13, 40, 41, 92), then lines that reuse them, faces alternating.
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const LINES: [face: string, text: string][] = [];
for (let i = 0; i < 60; i++) {
  const face = i % 3 === 0 ? 'bold' : 'regular';
  LINES.push([face, i % 2 ? ASCII.slice(0, 61) : `(${i}) back\\slash ${ASCII.slice(30, 85)}`]);
}

describe('PageText bytes', () => {
  it('writes a page of more text than its first buffer holds as pdfkit would', async () => {
    const ours = await write((doc) => {
      const text = new PageText(doc);
      LINES.forEach(([face, line], i) => text.draw(face, 12, line, 36, 24 + 12 * i));
      text.flush();
    });
    const pdfkits = await write((doc) => {
      LINES.forEach(([face, line], i) => doc.font(face).fontSize(12).text(line, 36, 24 + 12 * i, { lineBreak: false }));
    });
    // One text object, and more content than the writer's first 8 KB buffer.
    const content = ours.toString('latin1');
    expect(content.match(/\bBT\b/g)).toHaveLength(1);
    expect(content.slice(content.indexOf('BT\n'), content.indexOf('\nET\n')).length).toBeGreaterThan(8192);

    const dir = tempDataDir('naskah-page-text-bytes-');
    const [a, b] = ['ours.pdf', 'pdfkit.pdf'].map((name, i) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, i === 0 ? ours : pdfkits);
      return file;
    });
    expect(tool('pdftotext', ['-layout', a, '-'])).toBe(tool('pdftotext', ['-layout', b, '-']));
    for (const [, line] of LINES) expect(tool('pdftotext', ['-layout', a, '-'])).toContain(line.trim());
    const png = (file: string) => {
      execFileSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', file, file]);
      return fs.readFileSync(`${file}.pgm`);
    };
    expect(png(a).equals(png(b))).toBe(true);
  });
});
