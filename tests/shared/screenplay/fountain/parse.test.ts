import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function parse(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const types = (text: string) => parse(text).elements.map((e) => [e.type, e.text]);

describe('parseFountain', () => {
  it('reads a title page with multi-line values, then the body', () => {
    const s = parse('Title: Warung\nAuthor: Dewi\nContact:\n    Jl. Melati 3\n    Jakarta\n\nINT. WARUNG - MALAM\n\nHujan.\n');
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung' },
      { key: 'Author', value: 'Dewi' },
      { key: 'Contact', value: 'Jl. Melati 3\nJakarta' },
    ]);
    expect(s.elements.map((e) => e.type)).toEqual(['scene_heading', 'action']);
  });

  it('recognises scene headings, forced headings and scene numbers', () => {
    const s = parse('EXT. PASAR - PAGI #12A#\n\n.FLASHBACK\n\nI/E MOBIL - SIANG\n\nINT/EXT RUMAH - SORE\n\n..not a heading\n');
    expect(s.elements).toEqual([
      { type: 'scene_heading', text: 'EXT. PASAR - PAGI', sceneNumber: '12A' },
      { type: 'scene_heading', text: 'FLASHBACK' },
      { type: 'scene_heading', text: 'I/E MOBIL - SIANG' },
      { type: 'scene_heading', text: 'INT/EXT RUMAH - SORE' },
      { type: 'action', text: '..not a heading' },
    ]);
  });

  it('reads characters with extensions, parentheticals, dialogue and two-space blank lines', () => {
    expect(types('SARI (V.O.)\n(pelan)\nBaris satu.\n  \nBaris dua.\n\n@McCLANE\nYippee.\n')).toEqual([
      ['character', 'SARI (V.O.)'],
      ['parenthetical', '(pelan)'],
      ['dialogue', 'Baris satu.\n\nBaris dua.'],
      ['character', 'McCLANE'],
      ['dialogue', 'Yippee.'],
    ]);
  });

  it('marks the second speaker of dual dialogue', () => {
    const s = parse('BRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n');
    expect(s.elements.map((e) => [e.type, e.dual ?? false])).toEqual([
      ['character', false],
      ['dialogue', false],
      ['character', true],
      ['dialogue', true],
    ]);
  });

  it('reads transitions, centered text, lyrics, page breaks, sections, synopses and notes', () => {
    expect(types('CUT TO:\n\n> BURN TO WHITE.\n\n> THE END <\n\n~Willy Wonka!\n~Pembuat coklat\n\n===\n\n## Babak 2\n\n= Sari menutup warung.\n\n[[ ingat: hujan ]]\n')).toEqual([
      ['transition', 'CUT TO:'],
      ['transition', 'BURN TO WHITE.'],
      ['centered', 'THE END'],
      ['lyrics', 'Willy Wonka!\nPembuat coklat'],
      ['page_break', ''],
      ['section', 'Babak 2'],
      ['synopsis', 'Sari menutup warung.'],
      ['note', 'ingat: hujan'],
    ]);
    expect(parse('## Babak 2\n').elements[0].depth).toBe(2);
  });

  it('keeps action line breaks and forced action; drops boneyard and inline notes', () => {
    expect(types('!SARI MENANGIS\nlalu tertawa.\n\nSatu /* dibuang */baris.[[catatan]]\n\n/* seluruh\nblok */\nAkhir.\n')).toEqual([
      ['action', 'SARI MENANGIS\nlalu tertawa.'],
      ['action', 'Satu baris.'],
      ['action', 'Akhir.'],
    ]);
  });

  it('turns emphasis into marks and honours escapes', () => {
    const el = parse('Dia *sangat* **marah** dan ***takut*** _sekali_ \\*bukan\\*.\n').elements[0];
    expect(el.text).toBe('Dia sangat marah dan takut sekali *bukan*.');
    expect(el.marks).toEqual([
      { start: 4, end: 10, style: 'italic' },
      { start: 11, end: 16, style: 'bold' },
      { start: 21, end: 26, style: 'bold' },
      { start: 21, end: 26, style: 'italic' },
      { start: 27, end: 33, style: 'underline' },
    ]);
  });

  it('accepts BOM, CRLF and CR line endings and tabs', () => {
    const a = parse('\uFEFFINT. A - DAY\r\n\r\nAction.\r\n');
    const b = parse('INT. A - DAY\r\rAction.\r');
    expect(a.elements).toEqual(b.elements);
    expect(parse('\tIndented action.\n').elements[0].text).toBe('    Indented action.');
  });

  it('refuses binary input and oversized input with typed errors', () => {
    expect(parseFountain('abc\u0000def')).toEqual({ ok: false, error: { code: 'screenplay.binary_file', params: {} } });
    const r = parseFountain('x'.repeat(8_000_001));
    expect(r.ok).toBe(false);
  });
});
