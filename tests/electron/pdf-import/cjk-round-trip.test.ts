/**
 * Japanese, Chinese, Korean and Cyrillic through Naskah's own PDF and back: the text comes back
 * as written, without the spaces pdf.js reads into glyphs spread over Courier's cells.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { readPdfScript } from '../../../electron/pdf-import/read-pdf.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

const SCRIPT: Screenplay = {
  version: 1,
  titlePage: [],
  elements: [
    { type: 'scene_heading', text: 'INT. 図書館 - 夜' },
    { type: 'action', text: '彼は黙っていた。静かな夜だった。窓の外では雨が降り続いていて、誰も何も言わなかった。' },
    { type: 'character', text: 'HANAKO' },
    { type: 'dialogue', text: '黙れ！ここは図書館よ。' },
    { type: 'character', text: 'LI WEI' },
    { type: 'dialogue', text: '这个图书馆很安静。我们说话时要小声。' },
    { type: 'character', text: 'MIN-JUN' },
    { type: 'dialogue', text: '조용히 해 주세요. 漢字도 있어요.' },
    { type: 'character', text: 'IVAN' },
    { type: 'dialogue', text: 'Привет! Тихо, пожалуйста.' },
    { type: 'action', text: 'Sari menutup pintu perpustakaan.' },
  ],
};

describe('CJK and Cyrillic PDF round trip', () => {
  it('reads back every element as written', async () => {
    const r = await readPdfScript(await renderPdf(SCRIPT, { paper: 'a4' }));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.elements.map((e) => [e.type, e.text])).toEqual(SCRIPT.elements.map((e) => [e.type, e.text]));
  });
});
