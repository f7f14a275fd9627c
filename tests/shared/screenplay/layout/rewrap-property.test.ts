/**
 * After a break the rest of a speech re-wraps from the break (lines.ts reuses old lines once the
 * wrapping meets them again): every continued page must show exactly what wrapping the rest from
 * scratch shows — checked on random speeches with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import { wrapText } from '../../../../shared/screenplay/layout/wrap.ts';

const word = fc.constantFrom('aku', 'pergi', 'ke', 'pasar', 'besok', 'pagi-pagi', 'sekali', 'dengan', 'ibu', 'menunggu', 'kabar', 'darimu', 'x'.repeat(12));
const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', ',', '')).map(([ws, end]) => ws.join(' ') + end);
const speech = fc.array(sentence, { minLength: 60, maxLength: 400 }).map((s) => s.join(' ').replace(/^./, (c) => c.toUpperCase()));

describe('re-wrapping after a break', () => {
  it('equals wrapping the rest from scratch, on every page of a long speech', () => {
    const letter = PAPER_PROFILES.letter;
    fc.assert(
      fc.property(speech, fc.nat(30), (text, lead) => {
        const els = [...Array.from({ length: lead }, () => ({ type: 'action' as const, text: 'Hujan.' })), { type: 'character' as const, text: 'SARI' }, { type: 'dialogue' as const, text }];
        const layout = paginate({ version: 1, titlePage: [], elements: els }, letter);
        const d = els.length - 1;
        for (const page of layout.pages) {
          const lines = page.lines.filter((l) => l.elementIndex === d && !l.added);
          if (!lines.length) continue;
          const from = lines[0].start;
          const fresh = wrapText(text.slice(from), letter.elements.dialogue.width).slice(0, lines.length);
          // The page's last line may be cut at a sentence end; every other line is exactly the fresh wrap.
          lines.slice(0, -1).forEach((l, k) => expect([l.start - from, l.text]).toEqual([fresh[k].start, fresh[k].text]));
          expect(fresh.at(-1)!.text.startsWith(lines.at(-1)!.text)).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });
});
