/** A Final Draft file's page and element settings: read into `layout`, kept through JSON and FDX, used when printing. */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import { parseJsonModel, writeJsonModel } from '../../../../shared/screenplay/json.ts';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../../../shared/screenplay/layout/print-profile.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';

/** The settings block Final Draft 12 writes (values of its default Screenplay template; a 1.5" top margin here). */
const FD = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Scene Heading"><Text>INT. WARUNG - MALAM</Text></Paragraph>
    <Paragraph Type="Action"><Text>Hujan.</Text></Paragraph>
    <Paragraph Type="Character"><Text>SARI</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Tutup.</Text></Paragraph>
  </Content>
  <ElementSettings Type="Scene Heading">
    <FontSpec AdornmentStyle="0" Font="Courier Final Draft" RevisionID="0" Size="12" Style="Bold+AllCaps"/>
    <ParagraphSpec Alignment="Left" FirstIndent="0.00" Leading="Regular" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="24" Spacing="1" StartsNewPage="No"/>
  </ElementSettings>
  <ElementSettings Type="Character">
    <FontSpec Style="AllCaps"/>
    <ParagraphSpec Alignment="Left" LeftIndent="3.50" RightIndent="7.25" SpaceBefore="12"/>
  </ElementSettings>
  <ElementSettings Type="Dialogue">
    <FontSpec Style=""/>
    <ParagraphSpec Alignment="Left" LeftIndent="2.50" RightIndent="6.00" SpaceBefore="0"/>
  </ElementSettings>
  <ElementSettings Type="New Act">
    <FontSpec Style="Underline+AllCaps"/>
    <ParagraphSpec Alignment="Center" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="12" StartsNewPage="Yes"/>
  </ElementSettings>
  <ElementSettings Type="Outline 1">
    <ParagraphSpec LeftIndent="1.25" RightIndent="7.50"/>
  </ElementSettings>
  <PageLayout BackgroundColor="#FFFFFFFFFFFF" BottomMargin="72" BreakDialogueAndActionAtSentences="Yes" DocumentLeading="Normal" FooterMargin="36" HeaderMargin="54" TopMargin="108" UsesSmartQuotes="Yes">
    <PageSize Height="11.00" Width="8.50"/>
  </PageLayout>
  <MoresAndContinueds>
    <FontSpec Style=""/>
    <DialogueBreaks AutomaticCharacterContinueds="No" BottomOfPage="Yes" DialogueBottom="(MORE)" DialogueTop="(cont'd)" TopOfNext="Yes"/>
    <SceneBreaks ContinuedNumber="No" SceneBottom="(CONTINUED)" SceneBottomOfPage="No" SceneTop="CONTINUED:" SceneTopOfNext="No"/>
  </MoresAndContinueds>
</FinalDraft>`;

describe('FDX layout', () => {
  const parsed = parseFdx(FD);
  if (!parsed.ok) throw new Error(parsed.error.code);
  const script = parsed.value;

  it('reads margins, element settings and the mores and continueds', () => {
    expect(script.layout).toEqual({
      page: { width: 8.5, height: 11, top: 1.5, bottom: 1, header: 0.75, footer: 0.5 },
      elements: {
        'Scene Heading': { left: 1.5, right: 7.5, spaceBefore: 2, align: 'left', caps: true, bold: true },
        Character: { left: 3.5, right: 7.25, spaceBefore: 1, align: 'left', caps: true },
        Dialogue: { left: 2.5, right: 6, spaceBefore: 0, align: 'left' },
        'New Act': { left: 1.5, right: 7.5, spaceBefore: 1, align: 'center', caps: true, underline: true, startsNewPage: true },
      },
      continueds: { contd: "(cont'd)", automatic: false },
    });
    // Settings are not script: the body is only its four paragraphs.
    expect(script.elements.map((e) => e.type)).toEqual(['scene_heading', 'action', 'character', 'dialogue']);
  });

  it('prints with them: lines per page from the margins, indents, space before, its marks and its automatic CONT’D', () => {
    const p = printProfile('letter', script.layout);
    expect(p.linesPerPage).toBe(51); // 11 - 1.5 - 1 = 8.5 in at 6 lines an inch
    expect(p.topMarginIn).toBe(1.5);
    expect(p.pageNumberTopIn).toBe(0.75);
    // Widths in Final Draft's 7 pt characters: 432 pt hold 61, 270 pt 38, 252 pt 35.
    expect(p.elements.scene_heading).toMatchObject({ left: 1.5, width: 61, spaceBefore: 2, upper: true, bold: true });
    expect(p.elements.character).toMatchObject({ left: 3.5, width: 38, spaceBefore: 1 });
    expect(p.elements.dialogue).toMatchObject({ left: 2.5, width: 35 });
    expect(p.marks).toMatchObject({ contd: "(cont'd)", automatic: false });
    // The app's setting does not override the script's own; an explicit choice for this print does.
    expect(printProfile('letter', script.layout, { defaultAutomaticContd: true }).marks.automatic).toBe(false);
    expect(printProfile('letter', script.layout, { automaticContd: true }).marks.automatic).toBe(true);
    // Same inputs, same profile object: the editor's incremental layout relies on it.
    expect(printProfile('letter', script.layout)).toBe(p);
    const lines = paginate(script, p).pages[0].lines;
    expect(lines.map((l) => [l.y, l.x])).toEqual([
      [0, 1.5],
      [2, 1.5],
      [4, 3.5],
      [5, 2.5],
    ]);
  });

  it('keeps them through JSON and FDX', () => {
    const json = parseJsonModel(writeJsonModel(script));
    expect(json.ok && json.value.layout).toEqual(script.layout);
    const again = parseFdx(writeFdx(script));
    expect(again.ok && again.value.layout).toEqual(script.layout);
  });

  it('reads a FirstIndent, keeps it through JSON and FDX and hangs the first line by it', () => {
    const source = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>
<Paragraph Type="Character"><Text>SARI</Text></Paragraph>
<Paragraph Type="Parenthetical"><Text>(pelan sekali, hampir tak terdengar)</Text></Paragraph>
<Paragraph Type="Dialogue"><Text>Tutup.</Text></Paragraph>
</Content><ElementSettings Type="Parenthetical"><FontSpec Style=""/><ParagraphSpec Alignment="Left" FirstIndent="-0.10" LeftIndent="3.00" RightIndent="5.50" SpaceBefore="0"/></ElementSettings></FinalDraft>`;
    const r = parseFdx(source);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.layout?.elements?.Parenthetical).toEqual({ left: 3, right: 5.5, firstIndent: -0.1, spaceBefore: 0, align: 'left' });
    const json = parseJsonModel(writeJsonModel(r.value));
    expect(json.ok && json.value.layout).toEqual(r.value.layout);
    expect(writeFdx(r.value)).toContain('FirstIndent="-0.10" LeftIndent="3.00"');
    const again = parseFdx(writeFdx(r.value));
    expect(again.ok && again.value.layout).toEqual(r.value.layout);
    // Final Draft's template prints the "(" 0.1 in left of the lines below it; the width stays 25 characters.
    const lines = paginate(r.value, printProfile('letter', r.value.layout)).pages[0].lines.filter((l) => l.type === 'parenthetical');
    expect(lines.map((l) => [l.text, l.x])).toEqual([
      ['(pelan sekali, hampir tak', 2.9],
      ['terdengar)', 3],
    ]);
  });

  it.each([
    // [SceneNumberOptions attributes, layout.sceneNumbers read, where the profile prints them]
    ['LeftLocation="0.75" RightLocation="7.38"', undefined, { left: 0.75, right: 7.375 }],
    ['LeftLocation="0.75" RightLocation="7.25"', { right: 7.25 }, { left: 0.75, right: 7.25 }],
    ['LeftLocation="1.00" RightLocation="7.50" NumberScheme="1A"', { left: 1, right: 7.5 }, { left: 1, right: 7.5 }],
    ['ShowNumbersOnLeft="Yes" ShowNumbersOnRight="Yes"', undefined, { left: 0.75, right: 7.375 }],
  ])('reads <SceneNumberOptions %s> as %o, printing from %o', (attrs, read, printed) => {
    const source = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5"><Content><Paragraph Type="Scene Heading" Number="1"><Text>INT. RUMAH - MALAM</Text></Paragraph></Content>
<ElementSettings Type="Scene Heading"><ParagraphSpec Alignment="Left" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="24"/></ElementSettings>
<SceneNumberOptions ${attrs}/></FinalDraft>`;
    const r = parseFdx(source);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.layout?.sceneNumbers).toEqual(read);
    expect(printProfile('a4', r.value.layout).sceneNumbersIn).toEqual(printed);
    const again = parseFdx(writeFdx(r.value));
    expect(again.ok && again.value.layout).toEqual(r.value.layout);
    const json = parseJsonModel(writeJsonModel(r.value));
    expect(json.ok && json.value.layout).toEqual(r.value.layout);
  });

  it('writes moved scene numbers beside a locked script’s options in one <SceneNumberOptions>', () => {
    const locked = { version: 1 as const, titlePage: [], lockedSceneNumbers: true as const, layout: { sceneNumbers: { right: 7.25 } }, elements: [{ type: 'scene_heading' as const, text: 'INT. A - MALAM', sceneNumber: '1A' }] };
    const fdx = writeFdx(locked);
    expect(fdx.match(/<SceneNumberOptions/g)).toHaveLength(1);
    expect(fdx).toContain('<SceneNumberOptions RightLocation="7.25" ShowNumbersOnLeft="Yes"');
    const back = parseFdx(fdx);
    expect(back.ok && back.value.lockedSceneNumbers).toBe(true);
    expect(back.ok && back.value.layout?.sceneNumbers).toEqual({ right: 7.25 });
  });

  it('writes Final Draft’s automatic CONT’D setting, never CONT’D in the text', () => {
    const plain = { version: 1 as const, titlePage: [], elements: [{ type: 'character' as const, text: 'SARI' }, { type: 'dialogue' as const, text: 'Satu.' }, { type: 'action' as const, text: 'Diam.' }, { type: 'character' as const, text: 'SARI' }, { type: 'dialogue' as const, text: 'Dua.' }] };
    const fdx = writeFdx(plain);
    expect(fdx).toMatch(/<MoresAndContinueds>\s*<DialogueBreaks AutomaticCharacterContinueds="Yes" BottomOfPage="Yes" DialogueBottom="\(MORE\)" DialogueTop="\(CONT'D\)" TopOfNext="Yes"\/>/);
    expect(fdx).not.toMatch(/<Text>[^<]*CONT'D/);
    expect(writeFdx(plain, { automaticContd: false })).toContain('AutomaticCharacterContinueds="No"');
    // A Naskah script without its own layout gains none on the way through FDX (Final Draft's defaults apply there).
    const back = parseFdx(fdx);
    expect(back.ok && back.value.layout).toBeUndefined();
  });

  it("reads the page numbers from Final Draft's header, keeps them through JSON and FDX, and always writes a header", () => {
    const header = (attrs: string, label = '<DynamicLabel Type="Page #"/>') =>
      FD.replace('</FinalDraft>', `  <HeaderAndFooter FooterFirstPage="Yes" FooterVisible="No" ${attrs}>
    <Header><Paragraph Alignment="Right">${label}<Text>.</Text></Paragraph></Header>
    <Footer><Paragraph Alignment="Right"><Text></Text></Paragraph></Footer>
  </HeaderAndFooter>
</FinalDraft>`);
    const numbers = (xml: string) => {
      const r = parseFdx(xml);
      return r.ok ? r.value.layout?.pageNumbers : 'refused';
    };
    // Final Draft's usual header says nothing new.
    expect(numbers(header('HeaderFirstPage="No" HeaderVisible="Yes" StartingPage="1"'))).toBeUndefined();
    expect(numbers(header('HeaderFirstPage="No" HeaderVisible="No" StartingPage="1"'))).toEqual({ shown: false });
    expect(numbers(header('HeaderFirstPage="No" HeaderVisible="Yes" StartingPage="1"', '<DynamicLabel Type="Last Revised"/>'))).toEqual({ shown: false });
    expect(numbers(header('HeaderFirstPage="Yes" HeaderVisible="Yes" StartingPage="41"'))).toEqual({ firstPage: true, start: 41 });
    // What was read is printed and written back; a script without it gets Final Draft's usual header.
    const read = parseFdx(header('HeaderFirstPage="Yes" HeaderVisible="Yes" StartingPage="41"'));
    if (!read.ok) throw new Error('refused');
    expect(printProfile('letter', read.value.layout).pageNumbers).toEqual({ firstPage: true, start: 41 });
    expect(numbers(writeFdx(read.value))).toEqual({ firstPage: true, start: 41 });
    const json = parseJsonModel(writeJsonModel(read.value));
    expect(json.ok && json.value.layout?.pageNumbers).toEqual({ firstPage: true, start: 41 });
    const plain = writeFdx({ version: 1, titlePage: [], elements: [{ type: 'action', text: 'x' }] });
    expect(plain).toMatch(/<HeaderAndFooter [^>]*HeaderFirstPage="No" HeaderVisible="Yes" StartingPage="1">\s*<Header>\s*<Paragraph Alignment="Right">\s*<DynamicLabel Type="Page #"\/>/);
    expect(numbers(plain)).toBeUndefined();
  });

  it('ignores impossible settings rather than refusing the file', () => {
    const broken = FD.replace('TopMargin="108"', 'TopMargin="9000"');
    const r = parseFdx(broken);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.layout).toBeUndefined();
    expect(r.ok && printProfile('letter', r.value.layout)).toBe(printProfile('letter'));
    expect(PAPER_PROFILES.letter.linesPerPage).toBe(55);
  });
});

describe('Final Draft’s own element types print with their own settings', () => {
  // A television template: New Act starts a new page, underlined and in capitals; End of Act does not.
  const tv = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="New Act"><Text>Babak satu</Text></Paragraph>
    <Paragraph Type="Scene Heading"><Text>INT. WARUNG - MALAM</Text></Paragraph>
    <Paragraph Type="Action"><Text>Hujan.</Text></Paragraph>
    <Paragraph Type="End of Act"><Text>Akhir babak satu</Text></Paragraph>
    <Paragraph Type="New Act"><Text>Babak dua</Text></Paragraph>
    <Paragraph Type="Action"><Text>Reda.</Text></Paragraph>
  </Content>
  <ElementSettings Type="New Act">
    <FontSpec Style="Underline+AllCaps"/>
    <ParagraphSpec Alignment="Center" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="12" StartsNewPage="Yes"/>
  </ElementSettings>
  <ElementSettings Type="End of Act">
    <FontSpec Style="Underline+AllCaps"/>
    <ParagraphSpec Alignment="Center" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="24" StartsNewPage="No"/>
  </ElementSettings>
</FinalDraft>`;
  const parsed = parseFdx(tv);
  if (!parsed.ok) throw new Error(parsed.error.code);
  const script = parsed.value;
  const profile = printProfile('letter', script.layout);
  const pages = paginate(script, profile).pages.map((p) => p.lines.map((l) => [l.y, l.text]));

  it('starts each New Act on a new page, in capitals, and gives End of Act its two blank lines', () => {
    expect(pages).toEqual([
      [
        [0, 'BABAK SATU'],
        [2, 'INT. WARUNG - MALAM'],
        [4, 'Hujan.'],
        [7, 'AKHIR BABAK SATU'],
      ],
      [
        [0, 'BABAK DUA'],
        [2, 'Reda.'],
      ],
    ]);
  });

  it('keeps the type’s settings to elements still of the type it reads as', () => {
    const changed = { ...script, elements: script.elements.map((e, i) => (i === 4 ? { ...e, type: 'action' as const } : e)) };
    const again = paginate(changed, profile).pages;
    expect(again).toHaveLength(1);
    expect(again[0].lines.map((l) => l.text)).toContain('BABAK DUA');
  });
});
