/** What the page view draws around the text, read off the layout the PDF prints from. */
import { describe, expect, it } from 'vitest';
import { pageMarks, sameBlockMarks, sameTurns } from '../../../renderer/editor/page-marks.ts';
import { paginate } from '../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES, type PaperProfile } from '../../../shared/screenplay/layout/profiles.ts';
import type { Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';

const LETTER = PAPER_PROFILES.letter;

/** Elements with ids e0, e1, … (the page view keys its marks by element id). */
function script(els: ScriptElement[]): Screenplay {
  return { version: 1, titlePage: [], elements: els.map((e, i) => ({ ...e, id: `e${i}` })) };
}
const filler = (n: number): ScriptElement[] => Array.from({ length: n }, (_, i) => ({ type: 'action', text: `Baris pengisi ${i + 1}.` }));
const longSpeech = 'Kalimat pendek sekali untuk diuji. '.repeat(40).trim();

function marksOf(s: Screenplay, profile: PaperProfile = LETTER, sceneNumbers = false) {
  const layout = paginate(s, profile);
  return { layout, ...pageMarks(s, layout, { sceneNumbers }) };
}

describe('pageMarks', () => {
  it('turns the page inside a split speech with (MORE) below and NAME (CONT’D) above, where the PDF prints them', () => {
    const s = script([...filler(14), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: longSpeech }]);
    const { layout, turns, blocks } = marksOf(s);
    expect(layout.pages).toHaveLength(2);
    const [turn] = turns.get('e15')!;
    const firstOnPage2 = layout.pages[1].lines.find((l) => !l.added)!;
    expect(turn).toMatchObject({ page: 2, offset: firstOnPage2.start, label: '2.', head: 0 });
    expect(longSpeech.slice(0, turn.offset).trim().endsWith('.')).toBe(true);
    // In the margins, as Final Draft prints them: (MORE) on the line below the last body line, CONT'D above the first.
    const lastText = Math.max(...layout.pages[0].lines.filter((l) => !l.added).map((l) => l.y));
    expect(turn.rest).toBe(LETTER.linesPerPage - lastText - 1);
    expect(turn.more).toEqual({ text: '(MORE)', x: LETTER.elements.character.left, y: LETTER.linesPerPage - lastText - 1 });
    expect(turn.contd).toEqual([{ text: "SARI (CONT'D)", x: LETTER.elements.character.left, y: -1 }]);
    // The page starts inside the block: the block itself does not start page 2.
    expect(blocks.get('e15')).toBeUndefined();
    expect([...blocks].filter(([, m]) => m.page).map(([id, m]) => [id, m.page])).toEqual([['e0', 1]]);
  });

  it('puts the marks inside the body when the profile says so', () => {
    const profile: PaperProfile = { ...LETTER, marks: { ...LETTER.marks, inMargins: false } };
    const s = script([...filler(14), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: longSpeech }]);
    const { layout, turns } = marksOf(s, profile);
    const [turn] = turns.get('e15')!;
    expect(turn.more!.y).toBe(0);
    expect(turn.head).toBe(1);
    expect(turn.contd[0].y).toBe(0);
    expect(turn.rest).toBe(profile.linesPerPage - 1 - Math.max(...layout.pages[0].lines.filter((l) => !l.added).map((l) => l.y)));
  });

  it('starts a page on a whole block with the sheet edge, its number and the blank lines left on the page before', () => {
    // Two-line paragraphs with a blank line between: 18 fill 53 of page 1's 55 lines (a 19th would need 56), 2 are left.
    const s = script(Array.from({ length: 30 }, () => ({ type: 'action' as const, text: 'Hujan turun di atas atap seng, lampu neon di luar berkedip merah di atas meja kosong.' })));
    const { layout, blocks, lastRest } = marksOf(s);
    expect(layout.pages).toHaveLength(2);
    const start = layout.pages[1].firstElement;
    const used = Math.max(...layout.pages[0].lines.map((l) => l.y)) + 1;
    expect(start).toBe(18);
    expect(used).toBe(53);
    expect(blocks.get('e18')).toEqual({ page: 2, sheet: { label: '2.', rest: 2 } });
    // Page 1 is not numbered, as in the PDF.
    expect(blocks.get('e0')).toEqual({ page: 1 });
    expect(lastRest).toBe(LETTER.linesPerPage - (Math.max(...layout.pages[1].lines.map((l) => l.y)) + 1));
  });

  it("numbers the sheets as the script's own header says, and starts every sheet even where no number prints", () => {
    const s = script(Array.from({ length: 30 }, () => ({ type: 'action' as const, text: 'Hujan turun di atas atap seng, lampu neon di luar berkedip merah di atas meja kosong.' })));
    const hidden = marksOf(s, { ...LETTER, pageNumbers: { shown: false } });
    expect([hidden.blocks.get('e0'), hidden.blocks.get('e18'), hidden.firstLabel]).toEqual([{ page: 1 }, { page: 2, sheet: { label: '', rest: 2 } }, '']);
    const fromPage41 = marksOf(s, { ...LETTER, pageNumbers: { firstPage: true, start: 41 } });
    expect([fromPage41.blocks.get('e0'), fromPage41.blocks.get('e18'), fromPage41.firstLabel]).toEqual([{ page: 1 }, { page: 2, sheet: { label: '42.', rest: 2 } }, '41.']);
    expect(marksOf(s).firstLabel).toBe('');
  });

  it("counts the screen lines of the writer's unprinted elements on a sheet, so it stays as tall as the paper", () => {
    const para = { type: 'action' as const, text: 'Hujan turun di atas atap seng, lampu neon di luar berkedip merah di atas meja kosong.' };
    const s = script([...Array.from({ length: 10 }, () => para), { type: 'note', text: 'Potong.' }, ...Array.from({ length: 20 }, () => para)]);
    const { layout, blocks } = marksOf(s);
    // 18 paragraphs print on 53 of page 1's 55 lines; the note takes one more on screen, so one is left to fill.
    expect(layout.pages[1].firstElement).toBe(19);
    expect(Math.max(...layout.pages[0].lines.map((l) => l.y)) + 1).toBe(53);
    expect(blocks.get('e19')?.sheet).toEqual({ label: '2.', rest: 1 });
    // A note that wraps to two lines at its 60 characters, and a section: together 3 lines, more than the 2 left.
    const long = 'Catatan untuk mentor: adegan ini terlalu panjang, potong separuhnya sebelum minggu depan.';
    const more = marksOf(script([...Array.from({ length: 10 }, () => para), { type: 'note', text: long }, { type: 'section', text: 'Babak dua' }, ...Array.from({ length: 20 }, () => para)]));
    expect(more.blocks.get('e20')?.sheet).toEqual({ label: '2.', rest: 0 });
  });

  it('starts the page with the block that continues a speech from its start, the turn drawing the edge', () => {
    // The speech breaks between its two dialogue paragraphs: the second starts page 2 under "SARI (CONT'D)".
    const s = script([
      ...filler(25),
      { type: 'character', text: 'SARI' },
      { type: 'dialogue', text: 'Satu. Dua. Tiga. Empat. Lima. Enam. Tujuh. Delapan.' },
      { type: 'dialogue', text: 'Sembilan sepuluh sebelas dua belas tiga belas empat belas lima belas enam belas.' },
    ]);
    const { layout, turns, blocks } = marksOf(s);
    expect(layout.pages[1]).toMatchObject({ continued: true });
    expect(turns.get('e27')).toEqual([expect.objectContaining({ page: 2, offset: 0, more: expect.objectContaining({ text: '(MORE)' }), contd: [expect.objectContaining({ text: "SARI (CONT'D)" })] })]);
    // The block carries data-page; its sheet edge is the turn's, so it draws none of its own.
    expect(blocks.get('e27')).toEqual({ page: 2 });
  });

  it("marks the automatic CONT'D on the cue the layout gives it to, and scene numbers only when they are on", () => {
    const s = script([
      { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
      { type: 'character', text: 'SARI' },
      { type: 'dialogue', text: 'Kami tutup.' },
      { type: 'action', text: 'Dia berbalik.' },
      { type: 'character', text: 'SARI' },
      { type: 'dialogue', text: 'Sudah kubilang.' },
      { type: 'scene_heading', text: 'EXT. JALAN - PAGI', sceneNumber: '7A' },
    ]);
    const off = marksOf(s);
    expect(off.layout.autoContd).toEqual([4]);
    expect(off.blocks.get('e4')).toEqual({ autoContd: " (CONT'D)" });
    expect(off.blocks.get('e6')).toBeUndefined();
    const on = marksOf(s, LETTER, true);
    expect(on.blocks.get('e0')).toEqual({ page: 1, sceneNumber: '1' });
    expect(on.blocks.get('e6')).toEqual({ sceneNumber: '7A' });
  });

  it('shows a locked script’s numbers without the export option, as its PDF prints them', () => {
    const s: Screenplay = {
      ...script([
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '12' },
        { type: 'scene_heading', text: 'EXT. JALAN - PAGI' },
        { type: 'scene_heading', text: 'OMITTED', sceneNumber: '13' },
      ]),
      lockedSceneNumbers: true,
    };
    const { blocks } = marksOf(s);
    expect([0, 1, 2].map((i) => blocks.get(`e${i}`)?.sceneNumber)).toEqual(['12', '12A', '13']);
  });

  it('puts dual dialogue in its columns, and lyrics sung in a speech without a blank line', () => {
    const s = script([
      { type: 'action', text: 'Mereka bicara bersamaan.' },
      { type: 'character', text: 'SARI' },
      { type: 'parenthetical', text: '(marah)' },
      { type: 'dialogue', text: 'Pergi!' },
      { type: 'character', text: 'BUDI', dual: true },
      { type: 'dialogue', text: 'Tidak!', dual: true },
      { type: 'character', text: 'DEWI' },
      { type: 'dialogue', text: 'Diam.' },
      { type: 'lyrics', text: 'Lalala' },
      { type: 'action', text: 'Sunyi.' },
      { type: 'lyrics', text: 'Lagu dari radio' },
    ]);
    const { blocks } = marksOf(s);
    const dual = [...blocks].filter(([, m]) => m.dual).map(([id, m]) => [id, m.dual]);
    expect(dual).toEqual([
      ['e1', 'left'],
      ['e2', 'left'],
      ['e3', 'left'],
      ['e4', 'right'],
      ['e5', 'right'],
    ]);
    // The block after the pair goes below both columns.
    expect(blocks.get('e6')).toEqual({ clear: true });
    expect(blocks.get('e8')).toEqual({ flush: true });
    expect(blocks.get('e10')).toBeUndefined();
  });

  it('compares marks and turns by value, so an unchanged layout repaints nothing', () => {
    const s = script([...filler(14), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: longSpeech }]);
    const a = marksOf(s);
    const b = marksOf(s);
    expect(a.turns).not.toBe(b.turns);
    expect(sameTurns(a.turns, b.turns)).toBe(true);
    expect(sameBlockMarks(a.blocks.get('e0'), b.blocks.get('e0'))).toBe(true);
    const moved = marksOf(script([...filler(13), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: longSpeech }]));
    expect(sameTurns(a.turns, moved.turns)).toBe(false);
    expect(sameBlockMarks({ page: 2, sheet: { label: '2.', rest: 1 } }, { page: 2, sheet: { label: '2.', rest: 2 } })).toBe(false);
  });
});
