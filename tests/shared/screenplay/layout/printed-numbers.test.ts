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
});

describe('sceneNumberTexts', () => {
  it("numbers every heading by its place, keeps the writer's own numbers, and counts them too", () => {
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
      [4, '3'],
    ]);
  });

  it('is empty for a script without headings', () => {
    expect(sceneNumberTexts([{ type: 'action', text: 'Hanya aksi.' }]).size).toBe(0);
  });
});
