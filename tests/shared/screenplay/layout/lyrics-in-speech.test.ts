import { describe, expect, it } from 'vitest';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

describe('lyrics under a cue', () => {
  it('stay in the speech: no blank line between the cue and the sung line', () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'character', text: 'PENYANYI' },
        { type: 'lyrics', text: 'Bengawan Solo' },
        { type: 'dialogue', text: 'Terima kasih.' },
      ],
    };
    const lines = paginate(script, PAPER_PROFILES.letter).pages[0].lines;
    expect(lines.map((l) => [l.y, l.type])).toEqual([
      [0, 'character'],
      [1, 'lyrics'],
      [2, 'dialogue'],
    ]);
    expect(lines[1].x).toBe(PAPER_PROFILES.letter.elements.lyrics.left);
  });
});
