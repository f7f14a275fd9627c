/**
 * Final Draft's metrics that its files do not state (layout/final-draft.ts), measured on a Final
 * Draft 12 print: 7 pt characters, a line holding what fits strictly inside its indents, and its
 * default margins when a file has no <PageLayout>.
 */
import { describe, expect, it } from 'vitest';
import { finalDraftCells } from '../../../../shared/screenplay/layout/final-draft.ts';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../../../shared/screenplay/layout/print-profile.ts';
import { wrapText } from '../../../../shared/screenplay/layout/wrap.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';
import type { ScriptLayout } from '../../../../shared/screenplay/script-layout.ts';

// What a Final Draft file without <PageLayout> carries: one element's settings.
const fromFinalDraft: ScriptLayout = { elements: { 'Scene Heading': { left: 1.5, right: 7.5, spaceBefore: 2, caps: true } } };

describe('Final Draft metrics', () => {
  it('sets the characters that fit strictly inside the indents at 7 pt each', () => {
    expect(finalDraftCells(1.5, 7.5)).toBe(61); // 432 pt: 61 × 7 = 427
    expect(finalDraftCells(2.5, 6)).toBe(35); // 252 pt: 36 × 7 is not less
    expect(finalDraftCells(3, 5.5)).toBe(25); // 180 pt
    expect(finalDraftCells(3.5, 7.25)).toBe(38);
  });

  it('gives every left-aligned element of a Final Draft script those widths, its own or the defaults', () => {
    const p = printProfile('a4', fromFinalDraft);
    expect(p.elements.scene_heading.width).toBe(61);
    expect(p.elements.action.width).toBe(61);
    expect(p.elements.dialogue.width).toBe(35);
    expect(p.elements.parenthetical.width).toBe(25);
    // Transitions print as Final Draft prints them without settings: left-aligned from 5.5 in to 7.1 in.
    expect(p.elements.transition).toMatchObject({ left: 5.5, width: 16, align: 'left' });
    // Scripts without Final Draft settings keep 10 to the inch and right-aligned transitions.
    expect(printProfile('a4').elements.action.width).toBe(60);
    expect(printProfile('a4').elements.transition).toMatchObject({ width: 60, align: 'right' });
  });

  it('uses Final Draft’s 1 in margins when the file states none: 58 lines on A4, 54 on Letter', () => {
    expect(printProfile('a4', fromFinalDraft).linesPerPage).toBe(58);
    expect(printProfile('letter', fromFinalDraft).linesPerPage).toBe(54);
    expect(printProfile('a4', fromFinalDraft).topMarginIn).toBe(1);
    expect(printProfile('a4').linesPerPage).toBe(59);
  });

  it('leaves a layout of marks alone (Naskah’s own FDX of a Fountain script) with the paper’s metrics', () => {
    const marksOnly: ScriptLayout = { continueds: { automatic: false } };
    expect(printProfile('letter', marksOnly).linesPerPage).toBe(55);
    expect(printProfile('letter', marksOnly).elements.action.width).toBe(60);
    expect(printProfile('letter', marksOnly).elements.action.hyphenHangs).toBeUndefined();
    // Line spacing is Final Draft's own setting: it brings the rest of its metrics.
    expect(printProfile('letter', { lineHeight: 11 }).elements.action.width).toBe(61);
  });

  it('keeps a 61-character action line whole in a Final Draft script and wraps it otherwise', () => {
    const text = 'Hujan turun di atas atap seng dan anjing menggonggong keras!!';
    expect(text).toHaveLength(61);
    const script = (layout?: ScriptLayout): Screenplay => ({ version: 1, titlePage: [], elements: [{ type: 'action', text }], ...(layout ? { layout } : {}) });
    const fd = script(fromFinalDraft);
    expect(paginate(fd, printProfile('a4', fd.layout)).pages[0].lines.map((l) => l.text)).toEqual([text]);
    expect(paginate(script(), printProfile('a4')).pages[0].lines.map((l) => l.text)).toEqual(['Hujan turun di atas atap seng dan anjing menggonggong', 'keras!!']);
  });

  it('lets the hyphen a line breaks after stand one character past the width', () => {
    // "rumah-" ends at the 36th character: one past the 35 of a dialogue line.
    const text = 'Aku sudah lelah melihat semua rumah-rumah kosong di ujung jalan.';
    expect(wrapText(text, 35).map((l) => l.text)).toEqual(['Aku sudah lelah melihat semua', 'rumah-rumah kosong di ujung jalan.']);
    expect(wrapText(text, 35, true).map((l) => l.text)).toEqual(['Aku sudah lelah melihat semua rumah-', 'rumah kosong di ujung jalan.']);
    // Never a letter past the width: only the hyphen may stand there.
    expect(wrapText('Aku sudah lelah melihat semua rumahku-rumahmu.', 35, true)[0].text).toBe('Aku sudah lelah melihat semua');
    const script: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'character', text: 'SARI' }, { type: 'dialogue', text }], layout: fromFinalDraft };
    const lines = paginate(script, printProfile('a4', script.layout)).pages[0].lines.filter((l) => l.type === 'dialogue').map((l) => l.text);
    expect(lines).toEqual(['Aku sudah lelah melihat semua rumah-', 'rumah kosong di ujung jalan.']);
    expect(printProfile('a4').elements.dialogue.hyphenHangs).toBeUndefined();
  });
});
