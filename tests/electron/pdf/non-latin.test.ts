/**
 * Characters Courier Prime lacks (Hangul here) must reach the paper through the fallback font,
 * next to Indonesian text in Courier; checked on a real PDF with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { courierHas, splitByCoverage } from '../../../electron/pdf/fonts.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import { tempDataDir } from '../temp.ts';

const SCRIPT = `Title: 안녕 Jakarta
Author: Dewi

INT. WARUNG KOPI - MALAM

Sari menuang kopi. Hujan deras di luar.

MIN-JUN
안녕하세요! 저는 서울에서 왔어요.

SARI
Selamat datang, silakan duduk.

MIN-JUN
감사합니다. 한국어로 된 긴 대사가 줄 바꿈이 잘 되는지 확인하기 위해 이 문장은 일부러 길게 썼습니다.
`;

function pdfText(bytes: Uint8Array): string {
  const file = path.join(tempDataDir('naskah-pdf-'), 'script.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('PDF text outside Courier Prime', () => {
  it('knows which characters Courier Prime lacks', () => {
    expect(courierHas('a'.codePointAt(0)!)).toBe(true);
    expect(courierHas('안'.codePointAt(0)!)).toBe(false);
    expect(splitByCoverage('Halo 안녕!')).toEqual([
      { text: 'Halo ', fallback: false },
      { text: '안녕', fallback: true, family: 'kr' },
      { text: '!', fallback: false },
    ]);
  });

  it('prints Korean dialogue and title next to Indonesian text', async () => {
    const parsed = parseFountain(SCRIPT);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const text = pdfText(await renderPdf(parsed.value, { paper: 'a4', titlePage: true }));
    expect(text).toContain('안녕 Jakarta');
    expect(text).toContain('안녕하세요! 저는 서울에서 왔어요.');
    expect(text).toContain('Sari menuang kopi. Hujan deras di luar.');
    expect(text).toContain('Selamat datang, silakan duduk.');
    // The long Korean line wraps (two cells a syllable) and every syllable is still there.
    const korean = text.replace(/[^\uac00-\ud7a3]/g, '');
    expect(korean).toContain('감사합니다한국어로된긴대사가줄바꿈이잘되는지확인하기위해이문장은일부러길게썼습니다');
    const longLines = text.split('\n').filter((l) => /[\uac00-\ud7a3]/.test(l) && !l.includes('안녕'));
    expect(longLines.length).toBeGreaterThanOrEqual(3);
  });
});
