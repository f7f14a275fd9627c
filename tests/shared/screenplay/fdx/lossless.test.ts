/**
 * Lossless FDX, with small fixtures that reproduce what real files taught us: a Final Draft 8
 * feature with index cards and inline script notes, a Final Draft 10+ file with ranged notes, TV
 * templates' act elements, element styles in capitals, title pages as Final Draft lays them out.
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function read(xml: string): Screenplay {
  const r = parseFdx(xml);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const fdx = (content: string, rest = '') => `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>${content}</Content>${rest}</FinalDraft>`;

const P = (type: string, text: string, inner = '') => `<Paragraph Type="${type}">${inner}<Text>${text}</Text></Paragraph>`;
const summaryP = (text: string, style = '') => `<Paragraph Alignment="Left" FirstIndent="0.00" LeftIndent="0.00" RightIndent="1.39"><Text AdornmentStyle="0" Font="Courier Final Draft" Style="${style}">${text}</Text></Paragraph>`;

describe('FDX index cards', () => {
  // As in a Final Draft 8 feature: a card title, summary paragraphs with an empty one between, arc beats.
  const CARD = `<SceneProperties Color="#00000000FFFF" Length="2/8" Page="1" Title="Opening image"><Summary>${summaryP('Calm fields of wheat.')}${summaryP('In darkness.')}${summaryP('')}${summaryP('Set location and time.', 'Italic')}</Summary><SceneArcBeats><CharacterArcBeat Name="WALTER">Walter buries his pain.</CharacterArcBeat><CharacterArcBeat Name="SARI"><Paragraph Alignment="Left"><Text>Sari hides.</Text></Paragraph></CharacterArcBeat></SceneArcBeats></SceneProperties>`;
  const SOURCE = fdx(P('Scene Heading', 'EXT. MAST FARM - NIGHT', CARD) + P('Action', 'Wheat fields.'));

  it('become the synopses right after their heading, never printed text', () => {
    expect(read(SOURCE).elements).toEqual([
      { type: 'scene_heading', text: 'EXT. MAST FARM - NIGHT' },
      { type: 'synopsis', text: 'Opening image', fdxType: 'Title' },
      { type: 'synopsis', text: 'Calm fields of wheat.\nIn darkness.' },
      { type: 'synopsis', text: 'Set location and time.', marks: [{ start: 0, end: 22, style: 'italic' }] },
      { type: 'action', text: 'Wheat fields.' },
    ]);
  });

  it('are written back as the heading’s card and read back the same', () => {
    const script = read(SOURCE);
    const written = writeFdx(script);
    expect(written).toContain('<SceneProperties Title="Opening image"><Summary>');
    expect(written).not.toContain('Type="Synopsis"');
    expect(read(written)).toEqual(script);
  });

  it('go through Fountain as = lines under the heading', () => {
    const fountain = writeFountain(read(SOURCE));
    expect(fountain).toContain('EXT. MAST FARM - NIGHT\n\n= Opening image\n\n= Calm fields of wheat.\n= In darkness.\n\n= Set location and time.\n');
    const back = parseFountain(fountain);
    expect(back.ok && back.value.elements.map((e) => [e.type, e.text])).toEqual(read(SOURCE).elements.map((e) => [e.type, e.text]));
  });
});

describe('FDX element types', () => {
  const SOURCE = fdx(
    P('New Act', 'ACT ONE') +
      P('Cold Opening', 'COLD OPEN') +
      P('Scene Heading', 'INT. KANTOR - PAGI') +
      P('General', 'Umum.') +
      P('Cast List', '(SARI, BUDI)') +
      P('Shot', 'CLOSE ON SARI') +
      P('Recap', 'PREVIOUSLY') +
      P('Beat', 'Beat one') +
      P('End of Act', 'END OF ACT ONE'),
    '<ElementSettings Type="Recap"><FontSpec Style="AllCaps"/><ParagraphSpec Alignment="Center"/></ElementSettings><ElementSettings Type="Beat"><FontSpec Style=""/><ParagraphSpec Alignment="Left"/></ElementSettings>',
  );

  it('read as the closest Naskah type and keep Final Draft’s in fdxType', () => {
    expect(read(SOURCE).elements).toEqual([
      { type: 'centered', text: 'ACT ONE', fdxType: 'New Act' },
      { type: 'centered', text: 'COLD OPEN', fdxType: 'Cold Opening' },
      { type: 'scene_heading', text: 'INT. KANTOR - PAGI' },
      { type: 'action', text: 'Umum.', fdxType: 'General' },
      { type: 'action', text: '(SARI, BUDI)', fdxType: 'Cast List' },
      { type: 'shot', text: 'CLOSE ON SARI' },
      // A template's own types read as its <ElementSettings> say (which come after the script).
      { type: 'centered', text: 'PREVIOUSLY', fdxType: 'Recap' },
      { type: 'action', text: 'Beat one', fdxType: 'Beat' },
      { type: 'centered', text: 'END OF ACT ONE', fdxType: 'End of Act' },
    ]);
  });

  it('survive FDX → FDX', () => {
    const script = read(SOURCE);
    const written = writeFdx(script);
    for (const type of ['New Act', 'Cold Opening', 'General', 'Cast List', 'Shot', 'Recap', 'Beat', 'End of Act']) expect(written).toContain(`Type="${type}"`);
    expect(read(written)).toEqual(script);
  });

  it('are not written once the element’s type was changed in the editor', () => {
    const script = read(SOURCE);
    script.elements[3] = { ...script.elements[3], type: 'transition' }; // was General
    const written = writeFdx(script);
    expect(written).toContain('<Paragraph Type="Transition"><Text>Umum.</Text>');
    expect(read(written).elements[3]).toEqual({ type: 'transition', text: 'Umum.' });
  });

  it('keep a JSON model field that the schema accepts', async () => {
    const { parseJsonModel, writeJsonModel } = await import('../../../../shared/screenplay/json.ts');
    const script = read(SOURCE);
    const back = parseJsonModel(writeJsonModel(script));
    expect(back.ok && back.value).toEqual(script);
  });
});

describe('FDX script notes', () => {
  it('keep Final Draft 8’s notes inside a paragraph where they were: before its text or after it', () => {
    const note = (name: string, lines: string[]) =>
      `<ScriptNote Color="#FFFFC8C80000" Name="${name}" Type="Info">${lines.map((l) => summaryP(l)).join('')}</ScriptNote>`;
    const s = read(
      fdx(
        `<Paragraph Type="Scene Heading">${note('geography', ['Near Plattsmouth.', '', 'Rivers nearby.'])}<Text>EXT. FARM - NIGHT</Text></Paragraph>` +
          `<Paragraph Type="Action"><Text>Wheat fields. </Text>${note('', ['check the crop'])}<Text>Calm.</Text></Paragraph>`,
        `<UnanchoredScriptNotes>${note('alternate titles', ['- The Swarm'])}</UnanchoredScriptNotes>`,
      ),
    );
    expect(s.elements).toEqual([
      { type: 'note', text: 'geography\nNear Plattsmouth.\n\nRivers nearby.' },
      { type: 'scene_heading', text: 'EXT. FARM - NIGHT' },
      { type: 'action', text: 'Wheat fields. Calm.' },
      { type: 'note', text: 'check the crop' },
      // Notes anchored nowhere go at the end of the script.
      { type: 'note', text: 'alternate titles\n- The Swarm' },
    ]);
  });

  it('place Final Draft 10’s ranged notes after the paragraph they start in (a dual dialogue counts two)', () => {
    // Paragraph starts: "Hum." 0, dual block 5 (two units), "OMITTED" 8 (+2 for the omitted scene), "Go." 18.
    const notes = ['0,4', '5,7', '9,10', '18,18', '18,21', '0,0', 'broken'].map((r, i) => `<ScriptNote ID="${i}" Range="${r}"><Paragraph><Text>n${i}</Text></Paragraph></ScriptNote>`);
    const s = read(
      fdx(
        P('Action', 'Hum.') +
          '<Paragraph><DualDialogue>' +
          P('Character', 'MARA') +
          P('Dialogue', 'Ya.') +
          P('Character', 'JON') +
          P('Dialogue', 'Tidak.') +
          '</DualDialogue></Paragraph>' +
          `<Paragraph Type="Scene Heading"><Text>OMITTED</Text><OmittedScene>${P('Scene Heading', 'EXT. YARD - DAY')}${P('Action', 'Gone.')}</OmittedScene></Paragraph>` +
          P('Action', 'Go.'),
        `<ScriptNotes>${notes.join('')}</ScriptNotes>`,
      ),
    );
    expect(s.elements.map((e) => (e.type === 'note' ? e.text : `${e.type}:${e.text}`))).toEqual([
      'n5',
      'action:Hum.',
      'n0',
      'character:MARA',
      'dialogue:Ya.',
      'character:JON',
      'dialogue:Tidak.',
      'n1',
      'scene_heading:OMITTED',
      'n2',
      'n3',
      'action:Go.',
      'n4',
      'n6',
    ]);
  });

  it('are written as Final Draft script notes (never printed) and read back where they were', () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'note', text: 'before everything' },
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
        { type: 'note', text: 'after the heading\n\nsecond paragraph' },
        { type: 'character', text: 'SARI' },
        { type: 'dialogue', text: 'Tutup.' },
        { type: 'note', text: 'last' },
      ],
    };
    const written = writeFdx(script);
    expect(written).not.toContain('Type="Note"');
    expect(written).toContain('<ScriptNote ID="2" Range="19,19">');
    expect(read(written)).toEqual(script);
    // Naskah's older files wrote notes as paragraphs of type Note: still read.
    expect(read(fdx(P('Note', 'lama'))).elements).toEqual([{ type: 'note', text: 'lama' }]);
  });
});

describe('FDX text', () => {
  it('shows in capitals what Final Draft shows in capitals (element and run styles)', () => {
    const s = read(
      fdx(
        P('Scene Heading', 'EXT. Mast farm - nIGHT') + P('Character', 'Henry') + '<Paragraph Type="Action"><Text Style="AllCaps+Bold">title:</Text><Text> Nebraska.</Text></Paragraph>',
        '<ElementSettings Type="Scene Heading"><FontSpec Style="AllCaps"/></ElementSettings><ElementSettings Type="Character"><FontSpec Style="AllCaps"/></ElementSettings><ElementSettings Type="Action"><FontSpec Style=""/></ElementSettings>',
      ),
    );
    expect(s.elements).toEqual([
      { type: 'scene_heading', text: 'EXT. MAST FARM - NIGHT' },
      { type: 'character', text: 'HENRY' },
      { type: 'action', text: 'TITLE: Nebraska.', marks: [{ start: 0, end: 6, style: 'bold' }] },
    ]);
  });

  it('carries Italic + BoldItalic + Bold through Fountain and back with no stray stars', () => {
    const source = fdx('<Paragraph Type="Action"><Text Style="Italic">ab</Text><Text Style="Bold+Italic">cd</Text><Text Style="Bold">ef</Text><Text> </Text><Text Style="Underline+Bold">gh</Text></Paragraph>');
    const script = read(source);
    const fountain = writeFountain(script);
    const back = parseFountain(fountain);
    expect(back.ok && back.value.elements).toEqual(script.elements);
    expect(back.ok && back.value.elements[0].text).toBe('abcdef gh');
    expect(read(writeFdx(back.ok ? back.value : script))).toEqual(script);
  });

  it('never reads Final Draft’s own furniture as script: header, watermark, arc beats, omitted scenes', () => {
    const s = read(
      fdx(
        `<Paragraph Type="Scene Heading"><Text>OMITTED</Text><OmittedScene>${P('Action', 'cut scene')}</OmittedScene></Paragraph>`,
        '<Watermarking><DynamicContent><Paragraph><Text>DRAFT</Text></Paragraph></DynamicContent></Watermarking><HeaderAndFooter><Header><Paragraph><Text>header</Text></Paragraph></Header></HeaderAndFooter>',
      ),
    );
    expect(s.elements).toEqual([{ type: 'scene_heading', text: 'OMITTED' }]);
  });
});

describe('FDX title page', () => {
  // Final Draft's own layout: 16 empty lines, centred title and credits, the foot of the page left-aligned.
  const blank = (n: number, alignment = 'Left') => Array.from({ length: n }, () => `<Paragraph Alignment="${alignment}"><Text></Text></Paragraph>`).join('');
  const line = (alignment: string, text: string, style = '') => `<Paragraph Alignment="${alignment}"><Text Style="${style}">${text}</Text></Paragraph>`;
  const FINAL_DRAFT = `<TitlePage><Content>${blank(16)}${line('Center', 'E02 - Buckets and Flavors', 'Underline+AllCaps')}${blank(3, 'Center')}${line('Center', 'Written by')}${blank(1, 'Center')}${line('Center', 'Daniel Markham')}${blank(1, 'Center')}${line('Center', 'INITIAL DRAFT')}${line('Center', '2016-01-15')}${blank(18)}${line('Left', 'Copyright (c) 2026')}${blank(1)}${line('Full', '1800 Fescue Circle')}${line('Full', '540-297-9187')}</Content></TitlePage>`;

  it('reads Final Draft’s layout into fields, emphasis kept as Fountain markup', () => {
    expect(read(fdx(P('Action', 'x'), FINAL_DRAFT)).titlePage).toEqual([
      { key: 'Title', value: '_E02 - BUCKETS AND FLAVORS_' },
      { key: 'Credit', value: 'Written by' },
      { key: 'Author', value: 'Daniel Markham' },
      { key: 'Draft date', value: 'INITIAL DRAFT\n2016-01-15' },
      { key: 'Copyright', value: 'Copyright (c) 2026' },
      { key: 'Contact', value: '1800 Fescue Circle\n540-297-9187' },
    ]);
  });

  it('keeps every field’s key and order through FDX, and writes emphasis as styled runs', () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [
        { key: 'Title', value: '_**BRICK & STEEL**_\nFULL RETIRED' },
        { key: 'Contact', value: 'Stu Maschwitz\nstu@example.com' },
        { key: 'Credit', value: 'Written by' },
        { key: 'Author', value: 'Stu Maschwitz' },
        { key: 'Revision', value: 'Blue' },
        { key: 'Notes', value: 'Sample\n\nwith an empty line' },
        { key: 'Draft date', value: '1/20/2012' },
        { key: 'Copyright', value: '(c) 2012' },
      ],
      elements: [{ type: 'action', text: 'x' }],
    };
    const written = writeFdx(script);
    expect(written).toContain('<Text Style="Bold+Underline">BRICK &amp; STEEL</Text>');
    expect(read(written).titlePage).toEqual(script.titlePage);
    // Laid out as Final Draft does: the title 16 lines down, the contact at the foot of the page.
    const paragraphs = written.slice(written.indexOf('<TitlePage>'), written.indexOf('</TitlePage>')).match(/<Paragraph /g) ?? [];
    expect(paragraphs.length).toBe(54);
  });
});

describe('broken FDX', () => {
  const code = (xml: string) => {
    const r = parseFdx(xml);
    return r.ok ? 'ok' : r.error.code;
  };
  it('gets one clear error per kind of damage, never a hang', () => {
    const good = fdx(P('Scene Heading', 'INT. A - DAY') + P('Action', 'Teks.'));
    expect(code(good.slice(0, good.length / 2))).toBe('screenplay.fdx_truncated');
    expect(code('')).toBe('screenplay.fdx_empty');
    expect(code('   \n')).toBe('screenplay.fdx_empty');
    expect(code('INT. A - DAY\n\nThis is Fountain.')).toBe('screenplay.fdx_not_xml');
    expect(code('\u0000\u0001PK')).toBe('screenplay.binary_file');
    expect(code(fdx('<Paragraph Type="Action"><Text>&xxe;</Text></Paragraph>'))).toBe('screenplay.fdx_entity');
    expect(code('<?xml version="1.0"?><!DOCTYPE f [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><FinalDraft><Content><Paragraph><Text>&xxe;</Text></Paragraph></Content></FinalDraft>')).toBe('screenplay.fdx_doctype');
    expect(code('<FinalDraft><Content><Paragraph><Text>x</Paragraph></Content></FinalDraft>')).toBe('screenplay.bad_xml');
    expect(code('<html><body/></html>')).toBe('screenplay.not_fdx');
    // Deep nesting and many runs are read in one pass (the test's time limit catches a hang).
    expect(code('<FinalDraft><Content>' + '<Paragraph>'.repeat(100_000))).toBe('screenplay.fdx_truncated');
    expect(code(fdx(`<Paragraph Type="Action">${'<Text Style="Bold">x</Text>'.repeat(50_000)}</Paragraph>`))).toBe('ok');
  });
});

describe('titleOf', () => {
  it('drops the Fountain emphasis a title-page value may carry (a two-line title is one title)', async () => {
    const { titleOf } = await import('../../../../shared/screenplay/model.ts');
    expect(titleOf({ titlePage: [{ key: 'Title', value: '_**BRICK & STEEL**_\n_**FULL RETIRED**_' }] })).toBe('BRICK & STEEL FULL RETIRED');
  });
});

describe('FDX sections', () => {
  it('keep their depth through Naskah’s own FDX', () => {
    const script: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'section', text: 'Babak 1', depth: 1 }, { type: 'section', text: 'Sekuen', depth: 2 }, { type: 'action', text: 'x' }] };
    expect(read(writeFdx(script))).toEqual(script);
  });
});
