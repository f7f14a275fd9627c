import { describe, expect, it } from 'vitest';
import { innerBreaks } from '../../../../shared/screenplay/layout/breaks.ts';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';

const filler = (n: number): ScriptElement[] => Array.from({ length: n }, () => ({ type: 'action', text: 'Baris pengisi.' }));

describe('innerBreaks', () => {
  it('names the element, the offset and the marks where a speech splits across a page', () => {
    const speech = 'Kalimat pendek sekali. '.repeat(30).trim();
    const layout = paginate({ version: 1, titlePage: [], elements: [...filler(24), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: speech }] }, PAPER_PROFILES.letter);
    const breaks = innerBreaks(layout);
    expect(breaks).toHaveLength(1);
    const [b] = breaks;
    expect(b).toMatchObject({ page: 2, elementIndex: 25, more: '(MORE)', contd: "SARI (CONT'D)" });
    expect(b.offset).toBeGreaterThan(0);
    expect(speech.slice(0, b.offset).trim().endsWith('.')).toBe(true);
    expect(layout.pages[1].lines.find((l) => !l.added)!.start).toBe(b.offset);
  });

  it('is empty when every page starts with a whole element', () => {
    const layout = paginate({ version: 1, titlePage: [], elements: filler(200) }, PAPER_PROFILES.letter);
    expect(layout.pages.length).toBeGreaterThan(1);
    expect(innerBreaks(layout)).toEqual([]);
  });
});
