import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

const SAMPLE = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="4">
  <Content>
    <Paragraph Number="1" Type="Scene Heading"><SceneProperties Length="1/8" Page="1"/><Text>INT. WARUNG - MALAM</Text></Paragraph>
    <Paragraph Type="Action"><Text>Hujan </Text><Text Style="Bold+Underline">deras</Text><Text>.</Text></Paragraph>
    <Paragraph Type="General"><Text>Catatan umum.</Text></Paragraph>
    <Paragraph>
      <DualDialogue>
        <Paragraph Type="Character"><Text>SARI</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Tutup!</Text></Paragraph>
        <Paragraph Type="Character"><Text>BUDI</Text></Paragraph>
        <Paragraph Type="Parenthetical"><Text>(bersamaan)</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Buka!</Text></Paragraph>
      </DualDialogue>
    </Paragraph>
    <Paragraph Type="Transition" StartsNewPage="Yes"><Text>CUT TO:</Text></Paragraph>
    <Paragraph Type="Shot"><Text>CLOSE ON SARI</Text></Paragraph>
  </Content>
  <TitlePage>
    <Content>
      <Paragraph Alignment="Center"><Text>Warung Sari</Text></Paragraph>
      <Paragraph Alignment="Center"><Text></Text></Paragraph>
      <Paragraph Alignment="Center"><Text>written by</Text></Paragraph>
      <Paragraph Alignment="Center"><Text></Text></Paragraph>
      <Paragraph Alignment="Center"><Text>Dewi Lestari</Text></Paragraph>
      <Paragraph Alignment="Left"><Text></Text></Paragraph>
      <Paragraph Alignment="Left"><Text>dewi@example.id</Text></Paragraph>
    </Content>
  </TitlePage>
</FinalDraft>`;

function ok(text: string): Screenplay {
  const r = parseFdx(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('FDX', () => {
  it('reads paragraph types, styles, dual dialogue, scene numbers, page breaks and the title page', () => {
    const s = ok(SAMPLE);
    expect(s.elements).toEqual([
      { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '1' },
      { type: 'action', text: 'Hujan deras.', marks: [{ start: 6, end: 11, style: 'bold' }, { start: 6, end: 11, style: 'underline' }] },
      { type: 'action', text: 'Catatan umum.', fdxType: 'General' },
      { type: 'character', text: 'SARI' },
      { type: 'dialogue', text: 'Tutup!' },
      { type: 'character', text: 'BUDI', dual: true },
      { type: 'parenthetical', text: '(bersamaan)', dual: true },
      { type: 'dialogue', text: 'Buka!', dual: true },
      { type: 'page_break', text: '' },
      { type: 'transition', text: 'CUT TO:' },
      { type: 'shot', text: 'CLOSE ON SARI' },
    ]);
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung Sari' },
      { key: 'Credit', value: 'written by' },
      { key: 'Author', value: 'Dewi Lestari' },
      { key: 'Contact', value: 'dewi@example.id' },
    ]);
  });

  it('re-imports its own output identically', () => {
    const s = ok(SAMPLE);
    const withExtras: Screenplay = {
      ...s,
      elements: [...s.elements, { type: 'note', text: 'cek <tanda> & "kutip"' }, { type: 'centered', text: 'TAMAT' }, { type: 'section', text: 'Babak 2', depth: 1 }],
    };
    expect(ok(writeFdx(withExtras))).toEqual(withExtras);
  });

  it('reports malformed XML with its line number, refuses DOCTYPE and non-FDX roots', () => {
    const bad = parseFdx('<FinalDraft>\n<Content>\n<Paragraph><Text>x</Paragraph>\n</Content></FinalDraft>');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('screenplay.bad_xml');
      expect(bad.error.params.line).toBe('3');
    }
    const laughs = parseFdx('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><FinalDraft><Content/></FinalDraft>');
    expect(laughs.ok).toBe(false);
    expect(parseFdx('<html><body/></html>')).toEqual({ ok: false, error: { code: 'screenplay.not_fdx', params: { root: 'html' } } });
    expect(parseFdx('').ok).toBe(false);
  });
});
