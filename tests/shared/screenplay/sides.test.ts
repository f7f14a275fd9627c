import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { cueName } from '../../../shared/screenplay/rules/cue.ts';
import { sidesFor, speakers } from '../../../shared/screenplay/sides.ts';
import { sidesScript, sidesText, type SidesLabels } from '../../../shared/screenplay/sides-text.ts';

const SCRIPT = `INT. WARUNG - MALAM

SARI
Kita tutup.

BUDI (O.S.)
Buka sebentar saja.
Aku kehujanan.

SARI
(menghela napas)
Masuklah.
~Hujan, hujan, pergilah

Budi masuk.

SARI (CONT'D)
Duduk di sana.

EXT. JALAN - MALAM #7#

SARI (V.O.)
Malam itu aku tidak tidur.

BUDI
Aku juga tidak.

SARI ^
Sudah kuduga.
`;

function parse(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const LABELS: SidesLabels = {
  title: (c, n) => `Sides ${c} ${n}`,
  scene: (n, num) => (num ? `S#${num}` : `S${n}`),
  cue: 'Cue',
  noCue: '-',
};

describe('sides', () => {
  it('names speakers without extensions or the dual caret', () => {
    expect(cueName("Sari (V.O.) (CONT'D)")).toBe('SARI');
    expect(cueName('SARI ^')).toBe('SARI');
    expect(speakers(parse(SCRIPT))).toEqual(['SARI', 'BUDI']);
  });

  it("numbers one character's speeches with scene, cue and parentheticals", () => {
    const r = sidesFor(parse(SCRIPT), 'sari');
    if (!r.ok) throw new Error(r.error.code);
    const { entries } = r.value;
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
    expect(entries.map((e) => e.cue)).toEqual(['SARI', 'SARI', "SARI (CONT'D)", 'SARI (V.O.)', 'SARI']);
    // The first line opens the scene: no cue. The second answers Budi's last line.
    expect(entries[0].previous).toBeUndefined();
    expect(entries[1].previous).toEqual({ character: 'BUDI', text: 'Aku kehujanan.' });
    expect(entries[1].lines).toEqual([
      { type: 'parenthetical', text: '(menghela napas)' },
      { type: 'dialogue', text: 'Masuklah.' },
      { type: 'lyrics', text: 'Hujan, hujan, pergilah' },
    ]);
    // Sari spoke last, so her next speech has no one else's cue before it.
    expect(entries[2].previous).toBeUndefined();
    // A new scene does not carry a cue over, and keeps its forced number.
    expect(entries[3].scene).toEqual({ heading: 'EXT. JALAN - MALAM', ordinal: 2, sceneNumber: '7' });
    expect(entries[3].previous).toBeUndefined();
    expect(entries[4].previous).toEqual({ character: 'BUDI', text: 'Aku juga tidak.' });
  });

  it('refuses a character who never speaks, naming those who do', () => {
    const r = sidesFor(parse(SCRIPT), 'DEWI');
    expect(r).toEqual({ ok: false, error: { code: 'screenplay.unknown_character', params: { name: 'DEWI', known: 'SARI, BUDI' } } });
  });

  it('formats as text with each scene heading once', () => {
    const r = sidesFor(parse(SCRIPT), 'BUDI');
    if (!r.ok) throw new Error(r.error.code);
    const text = sidesText(r.value, LABELS);
    expect(text.split('\n')).toEqual([
      'Sides BUDI 2',
      '',
      'S1 — INT. WARUNG - MALAM',
      '',
      '    Cue: SARI: “Kita tutup.”',
      '  1. BUDI (O.S.)',
      '     Buka sebentar saja.',
      '     Aku kehujanan.',
      '',
      'S#7 — EXT. JALAN - MALAM',
      '',
      '    Cue: SARI: “Malam itu aku tidak tidur.”',
      '  2. BUDI',
      '     Aku juga tidak.',
      '',
    ]);
  });

  it('builds a screenplay for the PDF with numbered cues', () => {
    const r = sidesFor(parse(SCRIPT), 'BUDI');
    if (!r.ok) throw new Error(r.error.code);
    const s = sidesScript(r.value, LABELS, 'Hujan di Warung');
    expect(s.titlePage).toEqual([]);
    expect(s.elements.map((e) => [e.type, e.text])).toEqual([
      ['centered', 'Hujan di Warung'],
      ['centered', LABELS.title('BUDI', 2)],
      ['scene_heading', 'S1 — INT. WARUNG - MALAM'],
      ['action', 'Cue: SARI: “Kita tutup.”'],
      ['character', '1. BUDI (O.S.)'],
      ['dialogue', 'Buka sebentar saja.\nAku kehujanan.'],
      ['scene_heading', 'S#7 — EXT. JALAN - MALAM'],
      ['action', 'Cue: SARI: “Malam itu aku tidak tidur.”'],
      ['character', '2. BUDI'],
      ['dialogue', 'Aku juga tidak.'],
    ]);
  });
});
