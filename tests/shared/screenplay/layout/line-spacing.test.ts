/**
 * Final Draft's document line spacing (Tight): text lines 11 pt apart, blank lines before elements
 * still 12 pt — what its Tight prints measure (11 pt inside a speech, 23 pt across one blank line).
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import { parseJsonModel, writeJsonModel } from '../../../../shared/screenplay/json.ts';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../../../shared/screenplay/layout/print-profile.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';
import type { ScriptLayout } from '../../../../shared/screenplay/script-layout.ts';

const fdx = (leading: string, margins = ' BottomMargin="72" TopMargin="72"') => `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Scene Heading"><Text>INT. DAPUR - PAGI</Text></Paragraph>
    <Paragraph Type="Action"><Text>Air mendidih.</Text></Paragraph>
    <Paragraph Type="Character"><Text>IBU</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Matikan kompornya.</Text></Paragraph>
  </Content>
  <PageLayout${margins} DocumentLeading="${leading}" FooterMargin="36" HeaderMargin="36">
    <PageSize Height="11.00" Width="8.50"/>
  </PageLayout>
</FinalDraft>`;

const layoutOf = (xml: string): ScriptLayout | undefined => {
  const r = parseFdx(xml);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.layout;
};
const tight: ScriptLayout = { page: { width: 8.5, height: 11, top: 1, bottom: 1 }, lineHeight: 11 };
const script = (elements: ScriptElement[], layout?: ScriptLayout): Screenplay => ({ version: 1, titlePage: [], elements, ...(layout ? { layout } : {}) });

describe('document line spacing from Final Draft', () => {
  it('reads Tight as 11 pt lines; Normal and the unmeasured settings add nothing', () => {
    expect(layoutOf(fdx('Tight'))?.lineHeight).toBe(11);
    expect(layoutOf(fdx('Normal'))?.lineHeight).toBeUndefined();
    expect(layoutOf(fdx('Loose'))?.lineHeight).toBeUndefined();
    expect(layoutOf(fdx('constructor'))?.lineHeight).toBeUndefined();
    // Without margins the spacing alone is still a layout.
    expect(layoutOf(fdx('Tight', ''))).toEqual({ lineHeight: 11 });
  });

  it('keeps it through FDX and JSON', () => {
    const r = parseFdx(fdx('Tight'));
    if (!r.ok) throw new Error(r.error.code);
    expect(writeFdx(r.value)).toContain('DocumentLeading="Tight"');
    const again = parseFdx(writeFdx(r.value));
    expect(again.ok && again.value.layout).toEqual(r.value.layout);
    const json = parseJsonModel(writeJsonModel(r.value));
    expect(json.ok && json.value.layout).toEqual(r.value.layout);
    const bare = parseFdx(writeFdx(script([{ type: 'action', text: 'Sepi.' }], { lineHeight: 11 })));
    expect(bare.ok && bare.value.layout).toEqual({ lineHeight: 11 });
  });

  it('fits 58 lines between 1 in margins, with blank lines of 12 pt', () => {
    const p = printProfile('letter', tight);
    expect(p.linesPerInch).toBeCloseTo(72 / 11, 10);
    expect(p.linesPerPage).toBe(58); // 648 pt / 11
    expect(p.elements.action.spaceBefore * 11).toBeCloseTo(12, 1);
    expect(p.elements.dialogue.spaceBefore).toBe(0);
    expect(printProfile('letter', { ...tight, lineHeight: 12 }).linesPerPage).toBe(54);
  });

  it('places lines 11 pt apart and 23 pt across a blank line, as Final Draft prints Tight', () => {
    const r = parseFdx(fdx('Tight'));
    if (!r.ok) throw new Error(r.error.code);
    const p = printProfile('letter', r.value.layout);
    const pt = paginate(r.value, p).pages[0].lines.map((l) => Math.round((l.y * 72) / p.linesPerInch));
    expect(pt).toEqual([0, 23, 46, 57]);
  });

  it('breaks a page only between whole lines, however the blank lines add up', () => {
    // Six lines of speech after 26 one-line paragraphs: 26 + 25 blank lines of 12/11 = 53.3 lines, cue at 54.4.
    const filler: ScriptElement[] = Array.from({ length: 26 }, (_, i) => ({ type: 'action', text: `Baris ${i}.` }));
    const speech = Array.from({ length: 6 }, (_, i) => `Kalimat nomor ${i} cukup panjang untuk satu baris.`).join(' ');
    const layout = paginate(script([...filler, { type: 'character', text: 'IBU' }, { type: 'dialogue', text: speech }], tight), printProfile('letter', tight));
    for (const page of layout.pages) for (const l of page.lines) if (!l.added) expect(l.y).toBeLessThanOrEqual(57);
    const first = layout.pages[0].lines.filter((l) => l.elementIndex === 27 && !l.added);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(layout.pages[0].lines.at(-1)).toMatchObject({ added: 'more' });
    // Every y is on the 1/1024 grid: sums stay exact.
    for (const page of layout.pages) for (const l of page.lines) expect(Number.isInteger(l.y * 1024)).toBe(true);
  });
});
