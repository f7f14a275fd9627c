/**
 * Emphasis parsing stays linear on every input (issue 10, "linear time"): the parser counts its
 * steps through a probe and the count is bounded by a constant times the input's length — for
 * long runs of `*`, nested markers, unbalanced openers, and any random mix of them. Steps, not
 * wall time, so the test says the same thing on a loaded machine. (What the reader makes of
 * overlapping markers is pinned in emphasis.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emphasisWork } from '../../../../shared/screenplay/fountain/emphasis-read.ts';
import { parseInline } from '../../../../shared/screenplay/fountain/inline.ts';

/** Steps per input character the linear walk may take: one scan, one walk, pointer moves. */
const STEPS_PER_CHAR = 4;

function steps(raw: string): number {
  emphasisWork.steps = 0;
  parseInline(raw);
  return emphasisWork.steps;
}

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const ADVERSARIAL: Record<string, (n: number) => string> = {
  'one long run of stars': (n) => '*'.repeat(n),
  'one long run of underscores': (n) => '_'.repeat(n),
  'nested markers of every kind': (n) => repeatTo('*a _b **c ***d ', n),
  'nested openers, closers at the end': (n) => repeatTo('*_**', n / 2) + 'x' + repeatTo('**_*', n / 2),
  'unbalanced openers': (n) => repeatTo('*a ', n),
  'openers that never close': (n) => repeatTo('**a _b ', n),
  'escapes between markers': (n) => repeatTo('\\**\\_', n),
  'markers over many lines': (n) => repeatTo('*a\n_b **\n', n),
  'alternating runs of four': (n) => repeatTo('****a', n),
};

describe('emphasis parsing is linear', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      const small = make(10_000);
      const large = make(100_000);
      expect(steps(small)).toBeLessThanOrEqual(STEPS_PER_CHAR * small.length);
      expect(steps(large)).toBeLessThanOrEqual(STEPS_PER_CHAR * large.length);
      // Ten times the input, about ten times the work (a quadratic walk would do a hundred).
      expect(steps(large) / steps(small)).toBeLessThan(11);
    });
  }

  it('a run of 100 000 stars is literal text', () => {
    const raw = `a ${'*'.repeat(100_000)} b`;
    expect(parseInline(raw)).toEqual({ text: raw, marks: [] });
  });

  it('any mix of markers: steps bounded by the length', () => {
    const alphabet = fc.constantFrom('*', '**', '***', '****', '_', '__', '\\', ' ', 'a', 'b', '\n', '\t');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (parts) => {
        const raw = parts.join('');
        expect(steps(raw)).toBeLessThanOrEqual(STEPS_PER_CHAR * raw.length + 1);
      }),
      { numRuns: 500 },
    );
  });
});
