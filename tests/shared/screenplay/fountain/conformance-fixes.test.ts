/**
 * Parser fixes found by `npm run conformance` (fountain.io 1.1 rules); one case per fix, written
 * here in our own words rather than taken from the corpora.
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { dropInlineNotes, parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function parse(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const types = (text: string) => parse(text).elements.map((e) => [e.type, e.text]);

describe('Fountain fixes from the conformance run', () => {
  it('an inline note leaves one space between the words around it', () => {
    expect(types('Sari masuk [[cek nama]]lalu duduk.')).toEqual([['action', 'Sari masuk lalu duduk.']]);
    expect(types('Sari masuk [[cek nama]] lalu duduk.')).toEqual([['action', 'Sari masuk lalu duduk.']]);
    expect(types('Sari masuk[[cek]]. Hujan.')).toEqual([['action', 'Sari masuk. Hujan.']]);
    expect(dropInlineNotes('[[awal]] Hujan turun [[akhir]]')).toBe('Hujan turun');
    expect(dropInlineNotes('Baris satu [[n]]\nbaris dua')).toBe('Baris satu\nbaris dua');
  });

  it('"~" lines under a cue are lyrics, not dialogue with a tilde', () => {
    expect(types('PENYANYI\n~Bengawan Solo\n~riwayatmu ini\n')).toEqual([
      ['character', 'PENYANYI'],
      ['lyrics', 'Bengawan Solo\nriwayatmu ini'],
    ]);
    expect(types('PENYANYI\nSatu lagu.\n~Bengawan Solo\nTerima kasih.\n')).toEqual([
      ['character', 'PENYANYI'],
      ['dialogue', 'Satu lagu.'],
      ['lyrics', 'Bengawan Solo'],
      ['dialogue', 'Terima kasih.'],
    ]);
  });

  it('sung lines inside a speech survive a write and read back', () => {
    const script = parse('PENYANYI\nSatu lagu.\n~Bengawan Solo\nTerima kasih.\n\nHujan.\n');
    expect(parse(writeFountain(script)).elements).toEqual(script.elements);
  });

  it('reads "I./E." as a scene heading prefix', () => {
    expect(types('\nI./E. MOBIL - MALAM\n\nSari menyetir.')[0]).toEqual(['scene_heading', 'I./E. MOBIL - MALAM']);
  });

  it('a heading-shaped line with text under it is action, not a character cue', () => {
    expect(types('INT. RUMAH - MALAM\nEXT. RUMAH - MALAM\n')).toEqual([['action', 'INT. RUMAH - MALAM\nEXT. RUMAH - MALAM']]);
    // Forced with "@" it still is a cue, and the writer forces it so.
    const forced = parse('@INT. BOB\nHalo.\n');
    expect(forced.elements.map((e) => e.type)).toEqual(['character', 'dialogue']);
    expect(parse(writeFountain(forced)).elements).toEqual(forced.elements);
  });

  it('an unindented line that is not "Key: value" ends the title page', () => {
    const s = parse('Title: Warung\nContact:\n    Jl. Melati 3\nBukan bagian judul.\nJuga: bukan.\n');
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung' },
      { key: 'Contact', value: 'Jl. Melati 3' },
    ]);
    expect(s.elements.map((e) => [e.type, e.text])).toEqual([['action', 'Bukan bagian judul.\nJuga: bukan.']]);
  });
});

describe('FDX fix from the conformance run', () => {
  it('ignores header and footer paragraphs (the "Page #" label is not script)', () => {
    const fdx = `<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Version="5">
  <Content>
    <Paragraph Type="Action"><Text>Hujan.</Text></Paragraph>
  </Content>
  <HeaderAndFooter>
    <Header><Paragraph Alignment="Right"><DynamicLabel Type="Page #"/><Text>.</Text></Paragraph></Header>
    <Footer><Paragraph><Text>Draf 2</Text></Paragraph></Footer>
  </HeaderAndFooter>
</FinalDraft>`;
    const r = parseFdx(fdx);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.elements).toEqual([{ type: 'action', text: 'Hujan.' }]);
  });
});
