/**
 * FDX title pages as web and student tools write them: paragraphs straight in the <TitlePage>, each
 * naming its field in its Type (`<Paragraph Type="Author">`). They were skipped, so the script
 * arrived with no title page (adityasajoo/screenplay-extractor's test2.fdx). Final Draft's own title
 * pages (untyped paragraphs in a <Content>) still go through the layout heuristics.
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function parse(xml: string): Screenplay {
  const r = parseFdx(xml);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const body = '<Content><Paragraph Type="Scene Heading"><Text>INT. KANTOR - PAGI</Text></Paragraph></Content>';

describe('FDX title page: typed paragraphs', () => {
  it('reads paragraphs straight in the TitlePage by their Type', () => {
    const s = parse(`<FinalDraft DocumentType="Script"><TitlePage>
      <Paragraph Type="Title"><Text>Warung Kopi</Text></Paragraph>
      <Paragraph Type="Credit"><Text>Written by</Text></Paragraph>
      <Paragraph Type="Author"><Text>Dewi</Text></Paragraph>
      <Paragraph Type="Contact"><Text>Jl. Melati 3</Text></Paragraph>
      <Paragraph Type="Contact"><Text>Jakarta</Text></Paragraph>
    </TitlePage>${body}</FinalDraft>`);
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung Kopi' },
      { key: 'Credit', value: 'Written by' },
      { key: 'Author', value: 'Dewi' },
      { key: 'Contact', value: 'Jl. Melati 3\nJakarta' },
    ]);
    expect(s.elements).toEqual([{ type: 'scene_heading', text: 'INT. KANTOR - PAGI' }]);
  });

  it('reads typed paragraphs inside a Content the same way', () => {
    const s = parse(`<FinalDraft><TitlePage><Content>
      <Paragraph Type="Title"><Text>Warung Kopi</Text></Paragraph>
      <Paragraph Type="Author"><Text>Dewi</Text></Paragraph>
    </Content></TitlePage>${body}</FinalDraft>`);
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung Kopi' },
      { key: 'Author', value: 'Dewi' },
    ]);
  });

  it('keeps the layout heuristics when any line has no field Type', () => {
    const s = parse(`<FinalDraft><TitlePage><Content>
      <Paragraph Alignment="Center" Type="General"><Text>Warung Kopi</Text></Paragraph>
      <Paragraph Alignment="Center"><Text></Text></Paragraph>
      <Paragraph Alignment="Center" Type="Author"><Text>written by</Text></Paragraph>
      <Paragraph Alignment="Center"><Text></Text></Paragraph>
      <Paragraph Alignment="Center"><Text>Dewi</Text></Paragraph>
    </Content></TitlePage>${body}</FinalDraft>`);
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung Kopi' },
      { key: 'Credit', value: 'written by' },
      { key: 'Author', value: 'Dewi' },
    ]);
  });
});
