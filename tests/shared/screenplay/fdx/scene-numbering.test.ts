/** Locked scene numbers through Final Draft files: written bytes read back, and Final Draft's own omitted-scene form. */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';
import { sceneNumbersOf } from '../../../../shared/screenplay/scene-numbers/lock.ts';

const locked: Screenplay = {
  version: 1,
  titlePage: [],
  lockedSceneNumbers: true,
  elements: [
    { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: 'A1' },
    { type: 'scene_heading', text: 'INT. RUMAH - MALAM', sceneNumber: '1' },
    { type: 'action', text: 'Hujan turun.' },
    { type: 'scene_heading', text: 'OMITTED', sceneNumber: '2' },
    { type: 'scene_heading', text: 'EXT. JALAN - PAGI', sceneNumber: '12' },
    { type: 'scene_heading', text: 'EXT. PASAR - PAGI', sceneNumber: '12A' },
    { type: 'scene_heading', text: 'EXT. GANG - PAGI', sceneNumber: '12B' },
  ],
};

describe('FDX locked scene numbers', () => {
  it('writes Number on each heading and the locked SceneNumberOptions; reads both back unchanged', () => {
    const bytes = new TextEncoder().encode(writeFdx(locked));
    const xml = new TextDecoder().decode(bytes);
    expect(xml).toContain('<Paragraph Type="Scene Heading" Number="12A">');
    expect(xml).toContain('<Paragraph Type="Scene Heading" Number="2"><Text>OMITTED</Text></Paragraph>');
    expect(xml).toMatch(/<SceneNumberOptions [^>]*NumberScheme="1A"[^>]*NaskahLocked="Yes"\/>/);
    const back = parseFdx(xml);
    expect(back.ok && back.value).toEqual(locked);
  });

  it('an unlocked script writes no SceneNumberOptions and reads back unlocked', () => {
    const open: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '4' }] };
    const xml = writeFdx(open);
    expect(xml).not.toContain('SceneNumberOptions');
    const back = parseFdx(xml);
    expect(back.ok && back.value.lockedSceneNumbers).toBeUndefined();
  });

  it("reads Final Draft's omitted scene (the cut scene nested in <OmittedScene>) as an OMITTED heading, and A/B numbers as locked", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Number="20" Type="Scene Heading"><Text>INT. DAPUR - MALAM</Text></Paragraph>
    <Paragraph Number="21" Type="Scene Heading">
      <Text>OMITTED</Text>
      <OmittedScene>
        <Paragraph Type="Scene Heading"><Text>EXT. HALAMAN - SENJA</Text></Paragraph>
        <Paragraph Type="Action"><Text>Mara menunggu.</Text></Paragraph>
      </OmittedScene>
    </Paragraph>
    <Paragraph Number="21A" Type="Scene Heading"><Text>INT. LORONG - SIANG</Text></Paragraph>
  </Content>
  <SceneNumberOptions LeftLocation="0.75" RightLocation="7.38" ShowNumbersOnLeft="Yes" ShowNumbersOnRight="Yes" NumberScheme="1A" AutoHideNumbersOnRight="No"/>
</FinalDraft>`;
    const r = parseFdx(xml);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lockedSceneNumbers).toBe(true);
    expect(r.value.elements.map((e) => [e.text, e.sceneNumber])).toEqual([
      ['INT. DAPUR - MALAM', '20'],
      ['OMITTED', '21'],
      ['INT. LORONG - SIANG', '21A'],
    ]);
  });
});

/** A small unlocked Final Draft file: `paras` are [Type, Number or undefined, text]. */
function fdx(paras: [string, string | undefined, string][]): string {
  const body = paras.map(([type, n, text]) => `    <Paragraph Type="${type}"${n === undefined ? '' : ` Number="${n}"`}><Text>${text}</Text></Paragraph>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n  <Content>\n${body}\n  </Content>\n</FinalDraft>`;
}

describe('FDX scene numbers as Final Draft prints them (unlocked)', () => {
  const H = 'Scene Heading';
  const cases: { name: string; paras: [string, string | undefined, string][]; printed: (string | undefined)[] }[] = [
    {
      name: 'a shot saved with a Number is numbered in sequence; the headings after it move up (stale saved numbers repeat)',
      paras: [
        [H, '1', 'INT. WARUNG - MALAM'],
        ['Shot', '2', 'ANGLE ON THE DOOR'],
        ['Shot', '3', 'CLOSE ON MARA'],
        [H, '2', 'EXT. JALAN - PAGI'],
        [H, '3', 'INT. RUMAH - SORE'],
      ],
      printed: ['1', '2', '3', '4', '5'],
    },
    {
      name: 'a shot without a Number prints none',
      paras: [
        [H, '1', 'INT. WARUNG - MALAM'],
        ['Shot', undefined, 'SUPERIMPOSE: 2016'],
        [H, '2', 'EXT. JALAN - PAGI'],
      ],
      printed: ['1', undefined, '2'],
    },
    {
      name: 'stale numbers that go backwards are renumbered from the first saved number',
      paras: [
        [H, '7', 'INT. WARUNG - MALAM'],
        [H, '9', 'EXT. JALAN - PAGI'],
        [H, '8', 'INT. RUMAH - SORE'],
      ],
      printed: ['7', '8', '9'],
    },
    {
      name: 'numbers that only go up are kept, gaps included',
      paras: [
        [H, '1', 'INT. WARUNG - MALAM'],
        [H, '5', 'EXT. JALAN - PAGI'],
        [H, undefined, 'INT. RUMAH - SORE'],
      ],
      printed: ['1', '5', '6'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const r = parseFdx(fdx(c.paras));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.lockedSceneNumbers).toBeUndefined();
      const printed = sceneNumbersOf(r.value.elements, false);
      expect(r.value.elements.map((_, i) => printed.get(i))).toEqual(c.printed);
    });
  }

  it('a numbered shot keeps its Number through FDX → FDX', () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '1' },
        { type: 'shot', text: 'ANGLE ON THE DOOR', sceneNumber: '2' },
        { type: 'shot', text: 'SUPERIMPOSE: 2016' },
      ],
    };
    const xml = writeFdx(script);
    expect(xml).toContain('<Paragraph Type="Shot" Number="2">');
    const back = parseFdx(xml);
    expect(back.ok && back.value.elements.map((e) => [e.type, e.sceneNumber])).toEqual([
      ['scene_heading', '1'],
      ['shot', '2'],
      ['shot', undefined],
    ]);
  });
});
