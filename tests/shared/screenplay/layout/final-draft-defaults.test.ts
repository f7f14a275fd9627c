/**
 * What a script from Final Draft prints with where its file describes an element type not at all
 * (layout/final-draft.ts FINAL_DRAFT_ELEMENTS, measured on a Final Draft 12 print of an FDX whose
 * ElementSettings hold only Scene Heading), and where its scene numbers stand. A Fountain script
 * and Naskah's own FDX of one keep Naskah's table.
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../../../shared/screenplay/layout/print-profile.ts';
import { PAPER_PROFILES, styleOf } from '../../../../shared/screenplay/layout/profiles.ts';
import type { ElementType, Screenplay } from '../../../../shared/screenplay/model.ts';

const settings = (type: string, spec: string, style = '') =>
  `<ElementSettings Type="${type}"><FontSpec Font="Courier Final Draft" Size="12" Style="${style}"/><ParagraphSpec ${spec}/></ElementSettings>`;

/** A Final Draft file as the same-draft pair's: no <PageLayout>, settings for Scene Heading only, plus `more`. */
function fdx(more = ''): Screenplay {
  const source = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="1"><Content>
<Paragraph Type="Scene Heading" Number="1"><Text>INT. WARUNG - MALAM</Text></Paragraph>
<Paragraph Type="Action"><Text>Hujan turun.</Text></Paragraph>
<Paragraph Type="Character"><Text>SARI</Text></Paragraph>
<Paragraph Type="Parenthetical"><Text>(pelan)</Text></Paragraph>
<Paragraph Type="Dialogue"><Text>Tutup pintunya.</Text></Paragraph>
<Paragraph Type="General"><Text>Catatan umum.</Text></Paragraph>
<Paragraph Type="Shot"><Text>CLOSE ON PINTU</Text></Paragraph>
<Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
</Content>${settings('Scene Heading', 'Alignment="Left" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="24"', 'AllCaps')}${more}</FinalDraft>`;
  const r = parseFdx(source);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const fountain = (() => {
  const r = parseFountain('INT. WARUNG - MALAM\n\nHujan turun.\n\nSARI\n(pelan)\nTutup pintunya.\n\n> CUT TO:\n');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
})();

describe('Final Draft’s defaults for element types its file does not describe', () => {
  const p = printProfile('a4', fdx().layout);
  // [type, left edge in inches (points on the print), characters per line, alignment, blank lines before]
  const cases: [ElementType, number, number, 'left' | 'right' | 'center', number][] = [
    ['action', 1.5, 61, 'left', 1], // 108 pt
    ['character', 3.5, 38, 'left', 1], // 252 pt (Naskah's own table: 3.7 in)
    ['parenthetical', 3, 25, 'left', 0], // 216 pt (Naskah: 3.1 in)
    ['dialogue', 2.5, 35, 'left', 0], // 180 pt
    ['transition', 5.5, 16, 'left', 1], // 396 pt, left-aligned (Naskah: right-aligned to 7.5 in)
    ['shot', 1.5, 61, 'left', 1], // 108 pt
  ];
  it.each(cases)('%s starts at %s in, %s characters wide, %s-aligned, %s blank lines before', (type, left, width, align, before) => {
    expect(p.elements[type]).toMatchObject({ left, width, align, spaceBefore: before });
    expect(p.elements[type].upper).toBe(PAPER_PROFILES.a4.elements[type].upper);
  });

  it('prints General as Final Draft does: Action’s indents, no blank line before', () => {
    const script = fdx();
    const general = script.elements.find((e) => e.fdxType === 'General')!;
    expect(general.type).toBe('action');
    expect(styleOf(p, general)).toMatchObject({ left: 1.5, width: 61, spaceBefore: 0 });
    const lines = paginate(script, p).pages[0].lines;
    const action = lines.find((l) => l.text === 'Tutup pintunya.')!;
    expect(lines.find((l) => l.text === 'Catatan umum.')!.y).toBe(action.y + 1);
  });

  it('keeps the file’s own settings where it has them', () => {
    const own = printProfile('a4', fdx(settings('Character', 'Alignment="Left" LeftIndent="4.00" RightIndent="7.00" SpaceBefore="24"', 'AllCaps') + settings('General', 'Alignment="Left" LeftIndent="1.50" RightIndent="7.50" SpaceBefore="12"')).layout);
    // 3 in = 216 pt holds 30 characters at 7 pt (30 × 7 < 216, 31 × 7 is not).
    expect(own.elements.character).toMatchObject({ left: 4, width: 30, spaceBefore: 2 });
    expect(own.ownTypes?.General?.style.spaceBefore).toBe(1);
    // The types the file still leaves out keep Final Draft's defaults.
    expect(own.elements.parenthetical.left).toBe(3);
    expect(own.elements.transition).toMatchObject({ left: 5.5, align: 'left' });
  });

  it('takes what a type’s own settings leave out from Final Draft’s defaults, field by field', () => {
    // Character described by its font only, Transition by its alignment only.
    const own = printProfile('a4', fdx(`<ElementSettings Type="Character"><FontSpec Font="Courier Final Draft" Size="12" Style="AllCaps"/></ElementSettings>` + settings('Transition', 'Alignment="Right"', 'AllCaps')).layout);
    expect(own.elements.character).toMatchObject({ left: 3.5, align: 'left' });
    expect(own.elements.transition).toMatchObject({ left: 5.5, align: 'right' });
  });

  it('places scene numbers where Final Draft does: left from 0.75 in, right ending at 7.375 in', () => {
    expect(p.sceneNumbersIn).toEqual({ left: 0.75, right: 7.375 });
  });

  it('leaves a Fountain script, a layout of marks only and the paper profiles as they were', () => {
    for (const profile of [printProfile('a4', fountain.layout), printProfile('letter', { continueds: { automatic: false } }), PAPER_PROFILES.letter]) {
      expect(profile.elements.character).toMatchObject({ left: 3.7, width: 38 });
      expect(profile.elements.parenthetical).toMatchObject({ left: 3.1, width: 25 });
      expect(profile.elements.transition).toMatchObject({ left: 1.5, width: 60, align: 'right' });
      expect(profile.sceneNumbersIn).toBeUndefined();
      expect(profile.ownTypes).toBeUndefined();
    }
  });

  it("prints CONT'D as Final Draft does: with its typographic apostrophe, and in capitals where the cue is", () => {
    const cues = (script: Screenplay) =>
      paginate(script, printProfile('a4', script.layout)).pages.flatMap((p) => p.lines.filter((l) => l.text.startsWith('SARI')).map((l) => l.text));
    const twice = (more = '', name = 'SARI'): Screenplay => {
      const base = fdx(more);
      const speech = [{ type: 'character', text: name }, { type: 'dialogue', text: 'Lagi.' }] as const;
      return { ...base, elements: [{ type: 'scene_heading', text: 'INT. WARUNG - MALAM' }, ...speech, { type: 'action', text: 'Hening.' }, ...speech] };
    };
    expect(cues(twice())).toEqual(['SARI', 'SARI (CONT’D)']);
    // A script's own mark ("(cont'd)", as Final Draft's templates write it) prints in the cue's capitals.
    const own = `<MoresAndContinueds><DialogueBreaks AutomaticCharacterContinueds="Yes" DialogueBottom="(MORE)" DialogueTop="(cont'd)"/></MoresAndContinueds>${settings('Character', 'Alignment="Left" LeftIndent="3.50" RightIndent="7.25" SpaceBefore="12"', 'AllCaps')}`;
    expect(cues(twice(own, 'Sari'))).toEqual(['SARI', "SARI (CONT'D)"]);
    // A Fountain script keeps Naskah's own mark.
    const f = { ...fountain, elements: [...fountain.elements.filter((e) => e.type !== 'transition'), { type: 'action' as const, text: 'Hening.' }, { type: 'character' as const, text: 'SARI' }, { type: 'dialogue' as const, text: 'Lagi.' }] };
    expect(cues(f)).toEqual(['SARI', "SARI (CONT'D)"]);
  });
});
