/** "PDF with notes": the order and placement of the numbered notes (electron/services/review-notes-export.ts). */
import { describe, expect, it } from 'vitest';
import { numberNotes } from '../../../electron/services/review-notes-export.ts';
import { anchorFor } from '../../../shared/review/make-anchor.ts';
import type { TextAnchor } from '../../../shared/review/anchor.ts';
import { findById, sampleScript } from '../../shared/review/fixtures.ts';

const script = sampleScript();

function on(id: string, quote: string): TextAnchor {
  const start = findById(script, id).text.indexOf(quote);
  const made = anchorFor(script, id, start, start + quote.length);
  if (!made.ok) throw new Error(made.error.code);
  return made.value;
}

const note = (anchor: Parameters<typeof numberNotes>[1][number]['anchor'], body: string) => ({
  anchor,
  author: 'Bu Ratna',
  severity: 'suggestion' as const,
  body,
  replies: [],
});

describe('numberNotes', () => {
  it('numbers notes in reading order, with general and detached notes last', () => {
    const numbered = numberNotes(script, [
      note({ kind: 'general' }, 'general'),
      note(on('a3', 'Pintu terbuka'), 'late'),
      note({ ...on('a1', 'Budi'), elementId: 'gone', quote: 'tidak ada di mana pun', sceneHeadingText: null, sceneIndex: null }, 'lost'),
      note(on('a1', 'Lampu berkedip'), 'early-2'),
      note(on('a1', 'Budi duduk'), 'early-1'),
    ]);
    expect(numbered.map((n) => [n.number, n.body, n.status])).toEqual([
      [1, 'early-1', 'exact'],
      [2, 'early-2', 'exact'],
      [3, 'late', 'exact'],
      [4, 'general', 'general'],
      [5, 'lost', 'detached'],
    ]);
  });
});
