import { describe, expect, it } from 'vitest';
import { pageNumberText, sceneNumberTexts } from '../../../../shared/screenplay/layout/printed-numbers.ts';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';

describe('pageNumberText', () => {
  it.each([
    [1, null],
    [2, '2.'],
    [120, '120.'],
  ])('page %i → %s', (page, text) => {
    expect(pageNumberText(page)).toBe(text);
  });

  it("numbers as the script's own setting says: hidden, from page 1, from another number", () => {
    expect([1, 2, 3].map((p) => pageNumberText(p, { shown: false }))).toEqual([null, null, null]);
    expect([1, 2].map((p) => pageNumberText(p, { firstPage: true }))).toEqual(['1.', '2.']);
    // An episode that goes on from page 41 of its block: its second page prints 42.
    expect([1, 2].map((p) => pageNumberText(p, { start: 41 }))).toEqual([null, '42.']);
    expect([1, 2].map((p) => pageNumberText(p, { start: 41, firstPage: true }))).toEqual(['41.', '42.']);
  });
});

describe('sceneNumberTexts', () => {
  it("numbers every heading in order, keeps the writer's own numbers, and goes on after them", () => {
    const els: ScriptElement[] = [
      { type: 'action', text: 'Sebelum.' },
      { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
      { type: 'action', text: 'Hujan.' },
      { type: 'scene_heading', text: 'EXT. JALAN - PAGI', sceneNumber: '12A' },
      { type: 'scene_heading', text: 'INT. RUMAH - SORE' },
      { type: 'character', text: 'SARI' },
    ];
    expect([...sceneNumberTexts(els)]).toEqual([
      [1, '1'],
      [3, '12A'],
      [4, '13'],
    ]);
  });

  it('never prints a number twice: explicit 1 and 2 with an unnumbered scene between print 1, 1A, 2 (issue 14: was 1, 1, 2)', () => {
    const els: ScriptElement[] = [
      { type: 'scene_heading', text: 'INT. A - MALAM', sceneNumber: '1' },
      { type: 'scene_heading', text: 'INT. B - MALAM' },
      { type: 'scene_heading', text: 'INT. C - MALAM', sceneNumber: '2' },
    ];
    const printed = [...sceneNumberTexts(els).values()];
    expect(printed).toEqual(['1', '1A', '2']);
    expect(new Set(printed).size).toBe(printed.length);
  });

  it('a locked script letters its unnumbered scenes after the scene before them', () => {
    const els: ScriptElement[] = [
      { type: 'scene_heading', text: 'INT. A - MALAM', sceneNumber: '12' },
      { type: 'scene_heading', text: 'INT. B - MALAM' },
      { type: 'scene_heading', text: 'INT. C - MALAM', sceneNumber: '13' },
    ];
    expect([...sceneNumberTexts(els, true).values()]).toEqual(['12', '12A', '13']);
  });

  it('is empty for a script without headings', () => {
    expect(sceneNumberTexts([{ type: 'action', text: 'Hanya aksi.' }]).size).toBe(0);
  });
});
