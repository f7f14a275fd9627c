/**
 * Paragraph joining on PDF import, on positioned lines as the extractor gives them (PDF points,
 * 12 pt Courier, 12 pt a line, action margin at 1.5"). Reproduces what Final Draft-printed PDFs
 * (an episode of 51 pages, a feature of 150) and Naskah's own CJK PDFs taught us.
 */
import { describe, expect, it } from 'vitest';
import { screenplayFromPdfPages, type PdfLine, type PdfPage } from '../../../../shared/screenplay/pdf/from-lines.ts';

const IN = 72;
/** A line of text `text` at `x` inches from the page's left, on line `row` (0 at the top). */
const line = (x: number, row: number, text: string, widthChars = text.length): PdfLine => ({ page: 1, x: x * IN, y: 720 - row * 12, right: x * IN + widthChars * 7.2, text });
const page = (lines: PdfLine[]): PdfPage => ({ width: 612, height: 792, lines });
const read = (lines: PdfLine[]) => screenplayFromPdfPages([page(lines)]).elements.map((e) => [e.type, e.text]);

// Enough action at the margin for the margin to be found.
const opening = [line(1.5, 0, 'INT. WARUNG - MALAM'), line(1.5, 2, 'Hujan deras di luar.'), line(1.5, 4, 'Sari menutup pintu.')];

describe('PDF import: paragraph joining', () => {
  it('keeps a wrapped parenthetical one element (its second line indented under its text)', () => {
    expect(read([...opening, line(3.5, 6, 'SARI'), line(3.0, 7, '(Assessing the fact that'), line(3.1, 8, 'her dad is not focused.)'), line(2.5, 9, 'Ayah?')]).slice(3)).toEqual([
      ['character', 'SARI'],
      ['parenthetical', '(Assessing the fact that her dad is not focused.)'],
      ['dialogue', 'Ayah?'],
    ]);
  });

  it('keeps a dialogue line that opens with "(" at the dialogue’s indent in its speech', () => {
    expect(read([...opening, line(3.5, 6, 'SARI'), line(2.5, 7, 'You use (MORE) at the bottom and'), line(2.5, 8, "(CONT'D) after the name.")]).slice(3)).toEqual([
      ['character', 'SARI'],
      ['dialogue', "You use (MORE) at the bottom and (CONT'D) after the name."],
    ]);
  });

  it('keeps a wrapped scene heading one element, and reads a numbered heading without INT/EXT as one', () => {
    expect(
      read([
        line(1.5, 0, 'INT. RUMAH KELUARGA BESAR DI PINGGIR KOTA, RUANG'),
        line(1.5, 1, 'TAMU - MALAM'),
        line(1.5, 3, 'Lampu berkedip.'),
        line(1.5, 5, 'Hujan.'),
        line(1.0, 7, '2', 1),
        line(1.5, 7, 'TITLE CARD'),
        line(7.2, 7, '2', 1),
        line(1.5, 9, 'Sepuluh tahun kemudian.'),
      ]),
    ).toEqual([
      ['scene_heading', 'INT. RUMAH KELUARGA BESAR DI PINGGIR KOTA, RUANG TAMU - MALAM'],
      ['action', 'Lampu berkedip.'],
      ['action', 'Hujan.'],
      ['scene_heading', 'TITLE CARD'],
      ['action', 'Sepuluh tahun kemudian.'],
    ]);
  });

  it('does not split a line at a gap of many spaces, but keeps dual-dialogue columns apart', () => {
    const gap = [line(1.5, 6, 'SUPER:'), line(3.5, 6, '1998, JAKARTA')];
    expect(read([...opening, ...gap]).slice(3)).toEqual([['action', 'SUPER: 1998, JAKARTA']]);
    const dual = [line(2.4, 6, 'SARI'), line(5.4, 6, 'BUDI'), line(1.5, 7, 'Tutup!'), line(4.6, 7, 'Buka!')];
    const els = read([...opening, ...dual]).slice(3);
    expect(els.map(([, text]) => text)).toEqual(expect.arrayContaining(['SARI', 'BUDI', 'Tutup!', 'Buka!']));
  });

  it('joins Chinese and Japanese wrapped lines without a space, keeps spaces in Korean and Cyrillic', () => {
    expect(read([...opening, line(3.5, 6, 'LI WEI'), line(2.5, 7, '这个图书馆很安静。我们说话时要小声'), line(2.5, 8, '。'), line(3.5, 10, 'MIN-JUN'), line(2.5, 11, '조용히 해'), line(2.5, 12, '주세요.'), line(3.5, 14, 'IVAN'), line(2.5, 15, 'Привет! Тихо,'), line(2.5, 16, 'пожалуйста.')]).slice(3)).toEqual([
      ['character', 'LI WEI'],
      ['dialogue', '这个图书馆很安静。我们说话时要小声。'],
      ['character', 'MIN-JUN'],
      ['dialogue', '조용히 해 주세요.'],
      ['character', 'IVAN'],
      ['dialogue', 'Привет! Тихо, пожалуйста.'],
    ]);
  });

  it('keeps the hyphen of a compound broken at the line end and a space after a dash', () => {
    expect(read([...opening, line(1.5, 6, 'It is As-'), line(1.5, 7, 'Is, not To-Be --'), line(1.5, 8, 'these folks know.')]).slice(3)).toEqual([['action', 'It is As-Is, not To-Be -- these folks know.']]);
  });
});

describe('PDF import: running heads', () => {
  // Final Draft's header: a title and draft line beside the page number, 0.5" from the top, on every page.
  const head = (n: number): PdfLine => ({ page: n, x: 4.4 * IN, y: 792 - 0.5 * IN, right: 7.5 * IN, text: `SENJA - DRAF JARINGAN ${n}.` });
  const pageN = (n: number, body: PdfLine[]): PdfPage => page([head(n), ...body.map((l) => ({ ...l, page: n }))]);

  it('drops the same header text on most pages, page number and all', () => {
    const pages = [1, 2, 3, 4].map((n) => pageN(n, [line(1.5, 0, `INT. WARUNG ${n} - MALAM`), line(1.5, 2, 'Hujan deras di luar.')]));
    const els = screenplayFromPdfPages(pages).elements;
    expect(els.map((e) => e.text)).not.toContainEqual(expect.stringContaining('DRAF'));
    expect(els.filter((e) => e.type === 'scene_heading')).toHaveLength(4);
  });

  it('keeps a line that stands in the top margin of only one page', () => {
    const pages = [1, 2, 3, 4].map((n) => page([line(1.5, 0, `INT. WARUNG ${n} - MALAM`), line(1.5, 2, 'Hujan deras di luar.')]));
    pages[1].lines.push({ page: 2, x: 1.5 * IN, y: 792 - 0.6 * IN, right: 4 * IN, text: 'Petir.' });
    const els = screenplayFromPdfPages(pages).elements;
    expect(els.map((e) => e.text)).toContain('Petir.');
  });
});

describe('PDF import: act cards', () => {
  // A centred card in capitals sits where a cue might: 2.4" past the margin for seven letters.
  const centred = (row: number, text: string): PdfLine => line(1.5 + 3 - (text.length * 0.1) / 2, row, text);

  it('reads a centred line with no speech under it as centred text, not a cue', () => {
    expect(read([...opening, centred(6, 'BABAK SATU'), line(1.5, 8, 'Pagi.'), centred(10, 'AKHIR BABAK SATU')]).slice(3)).toEqual([
      ['centered', 'BABAK SATU'],
      ['action', 'Pagi.'],
      ['centered', 'AKHIR BABAK SATU'],
    ]);
  });

  it('keeps a cue that happens to stand centred when a speech follows', () => {
    expect(read([...opening, centred(6, 'SARI KARTIKA SARI'), line(2.5, 7, 'Ayo.')]).slice(3)).toEqual([
      ['character', 'SARI KARTIKA SARI'],
      ['dialogue', 'Ayo.'],
    ]);
  });
});

describe('PDF import: revision marks', () => {
  it('drops the asterisks printed right of the text block beside revised lines', () => {
    const star = (row: number): PdfLine => line(7.64, row, '*');
    expect(read([...opening, line(3.5, 6, 'SARI'), star(6), line(2.5, 7, 'Tutup pintunya,'), star(7), line(2.5, 8, 'sekarang.'), star(8), line(1.5, 10, 'Dia pergi.'), star(10)]).slice(3)).toEqual([
      ['character', 'SARI'],
      ['dialogue', 'Tutup pintunya, sekarang.'],
      ['action', 'Dia pergi.'],
    ]);
  });
});
