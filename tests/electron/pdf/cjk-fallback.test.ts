/**
 * Ideographs Noto Sans KR lacks (黙, most Simplified Chinese) print through Noto Sans JP and SC,
 * chosen by the script's language. Checked on real PDFs with poppler's pdffonts and pdftotext.
 * That those fonts are opened only when a script needs them is lazy-fonts.test.ts (a process of its own).
 */
import { describe, expect, it } from 'vitest';
import { fallbackOrder, splitByCoverage } from '../../../electron/pdf/fonts.ts';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { poppler, script } from './poppler.ts';

describe('CJK fallback fonts', () => {
  it('picks the forms of the script’s language and the next font for what one lacks', () => {
    expect(fallbackOrder('彼は黙っていた')).toEqual(['jp', 'sc', 'kr']);
    expect(fallbackOrder('조용히 漢字')).toEqual(['kr', 'jp', 'sc']);
    expect(fallbackOrder('这个图书馆')).toEqual(['sc', 'jp', 'kr']);
    // 黙 is not in Noto Sans KR: even a Korean-first order draws it in JP; 这 is in neither KR nor JP.
    expect(splitByCoverage('黙这', ['kr', 'jp', 'sc'])).toEqual([
      { text: '黙', fallback: true, family: 'jp' },
      { text: '这', fallback: true, family: 'sc' },
    ]);
  });

  it('prints Japanese, Simplified Chinese, Korean and Cyrillic with no missing glyph', async () => {
    const pdf = await renderPdf(
      script(`Title: 沈黙の夜

INT. 図書館 - 夜

彼は黙っていた。

HANAKO
黙れ！

LI WEI
这个图书馆很安静。我们说话时要小声。

MIN-JUN
조용히 해 주세요.

IVAN
Привет!
`),
      { paper: 'letter', titlePage: true },
    );
    const fonts = poppler('pdffonts', pdf);
    for (const name of ['NotoSansJP-Regular', 'NotoSansSC-Regular', 'NotoSansKR-Regular', 'CourierPrime-Regular']) expect(fonts).toContain(name);
    const text = poppler('pdftotext', pdf).replace(/\s+/g, '');
    for (const words of ['沈黙の夜', '彼は黙っていた。', '黙れ！', '这个图书馆很安静。我们说话时要小声', '조용히해주세요.', 'Привет!']) expect(text).toContain(words);
  });
});
