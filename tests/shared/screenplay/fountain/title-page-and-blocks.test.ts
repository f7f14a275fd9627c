import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function parse(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('Fountain title page', () => {
  it('is recognised after a leading boneyard, on the same line or before it', () => {
    for (const source of ['/* draft notes\nover two lines */\nTitle: Hujan\nAuthor: Sari\n\nINT. A - DAY\n\nTeks.\n', '/* x */ Title: Hujan\nAuthor: Sari\n\nINT. A - DAY\n\nTeks.\n']) {
      const s = parse(source);
      expect(s.titlePage).toEqual([
        { key: 'Title', value: 'Hujan' },
        { key: 'Author', value: 'Sari' },
      ]);
      expect(s.elements.map((e) => e.type)).toEqual(['scene_heading', 'action']);
    }
  });

  it('is recognised after a leading note, which stays a note at the top of the script', () => {
    const s = parse('[[Revisi untuk mentor:\n  \nbabak dua]]\n\nTitle: Hujan\nCredit: Ditulis oleh\nAuthor: Sari\n\nINT. A - DAY\n\nTeks.\n');
    expect(s.titlePage.map((f) => f.key)).toEqual(['Title', 'Credit', 'Author']);
    expect(s.elements[0]).toEqual({ type: 'note', text: 'Revisi untuk mentor:\n\nbabak dua' });
    expect(parse(writeFountain(s))).toEqual(s);
  });

  it('is not invented by the writer: a first action shaped like a key stays action after leading notes', () => {
    const s: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'note', text: 'n' }, { type: 'action', text: 'Title: bukan halaman judul' }] };
    expect(parse(writeFountain(s))).toEqual(s);
  });
});

describe('Fountain blocks over several lines', () => {
  it('round-trip synopses, notes with empty lines and wrapped parentheticals', () => {
    const s: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
        { type: 'synopsis', text: 'Sari menutup warung.\nBudi datang terlambat.' },
        { type: 'note', text: 'cek lokasi\n\nsebelum syuting' },
        { type: 'character', text: 'SARI' },
        { type: 'parenthetical', text: '(melihat ke sekeliling\nruangan)' },
        { type: 'dialogue', text: 'Sudah tutup.' },
      ],
    };
    const text = writeFountain(s);
    expect(text).toContain('= Sari menutup warung.\n= Budi datang terlambat.');
    expect(parse(text)).toEqual(s);
  });
});
