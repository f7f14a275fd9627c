/**
 * What the Fountain reader makes of hostile shapes that used to take it seconds to minutes
 * (backtracking regexes over runs of spaces, a lazy note regex rescanning the text at every
 * unclosed "[[", a note body searched again for "]]" at every line). The sizes are those that
 * were slow; the assertions pin the results, not the time — the work is linear now, and
 * bench:parse prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function read(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const spaces = (n: number) => ' '.repeat(n);

describe('hostile Fountain', () => {
  it('a line with a long run of spaces inside it (43 s at 200 k before)', () => {
    const line = `a${spaces(1_000_000)}b`;
    expect(read(`${line}   \n`).elements).toEqual([{ type: 'action', text: line }]);
  });

  it('a forced heading with a long run of spaces, with and without a scene number', () => {
    const heading = `A${spaces(500_000)}B`;
    expect(read(`\n.${heading}\n`).elements).toEqual([{ type: 'scene_heading', text: heading }]);
    expect(read(`\n.${heading} #12A#\n`).elements).toEqual([{ type: 'scene_heading', text: heading, sceneNumber: '12A' }]);
    expect(read(`\n.${heading}#${spaces(10)}#\n`).elements[0].sceneNumber).toBeUndefined();
  });

  it('a cue ending in a caret after a long run of spaces', () => {
    expect(read(`SARI${spaces(1_000_000)}^\nHalo.\n`).elements).toEqual([
      { type: 'character', text: 'SARI', dual: true },
      { type: 'dialogue', text: 'Halo.', dual: true },
    ]);
  });

  it('many "[[" that never close are text', () => {
    const text = '[[a '.repeat(250_000).trim();
    expect(read(`${text}\n`).elements).toEqual([{ type: 'action', text }]);
    // Notes that do close are still dropped, whatever unclosed ones follow.
    expect(read(`Halo [[catatan]] dunia [[${'x [['.repeat(100_000)}\n`).elements[0].text.startsWith('Halo dunia [[x [[')).toBe(true);
  });

  it('a note opened over 200 000 lines without closing is action', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `baris ${i}`);
    const els = read(`[[${lines.join('\n')}\n`).elements;
    expect(els).toHaveLength(1);
    expect(els[0].type).toBe('action');
    expect(els[0].text === `[[${lines.join('\n')}`).toBe(true);
  });

  it('a note over many lines that closes is one note', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `baris ${i}`);
    expect(read(`[[${lines.join('\n')}]]\n`).elements).toEqual([{ type: 'note', text: lines.join('\n') }]);
  });
});
