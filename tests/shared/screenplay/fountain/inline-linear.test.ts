/**
 * Emphasis parsing stays linear on every input (issue 10, "linear time"): the parser counts its
 * steps through a probe and the count is bounded by a constant times the input's length — for
 * long runs of `*`, nested markers, unbalanced openers, and any random mix of them. Steps, not
 * wall time, so the test says the same thing on a loaded machine. A second property pins the
 * rewrite to the behaviour of the previous (quadratic) walk, kept below as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseMarks, parseInline, type InlineProbe, type InlineText } from '../../../../shared/screenplay/fountain/inline.ts';
import type { Mark, MarkStyle } from '../../../../shared/screenplay/model.ts';

/** Steps per input character the linear walk may take: one scan, one walk, pointer moves. */
const STEPS_PER_CHAR = 4;

function steps(raw: string): number {
  const probe: InlineProbe = { steps: 0 };
  parseInline(raw, probe);
  return probe.steps;
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

  it('reads every input exactly as the previous walk did', () => {
    const alphabet = fc.constantFrom('*', '**', '***', '_', '\\', ' ', 'a', 'b', 'c', '\n', '\t', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const raw = parts.join('');
        expect(parseInline(raw)).toEqual(reference(raw));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The walk this module used before (quadratic on long runs and many markers): the behaviour to keep. */
function reference(raw: string): InlineText {
  if (!/[*_\\]/.test(raw)) return { text: raw, marks: [] };
  const STAR_STYLES: Record<number, MarkStyle[]> = { 1: ['italic'], 2: ['bold'], 3: ['bold', 'italic'] };
  const runLength = (i: number, ch: string) => {
    let n = 0;
    while (raw[i + n] === ch) n++;
    return n;
  };
  let out = '';
  const marks: Mark[] = [];
  const findCloser = (from: number, lineEnd: number, delim: string): number => {
    const ch = delim[0];
    for (let j = from; j < lineEnd; j++) {
      const c = raw[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c !== ch) continue;
      const n = runLength(j, ch);
      if (n === delim.length && raw[j - 1] !== ' ' && raw[j - 1] !== '\t') return j;
      j += n - 1;
    }
    return -1;
  };
  const walk = (start: number, end: number): void => {
    let i = start;
    while (i < end) {
      const c = raw[i];
      if (c === '\n') {
        out += c;
        i++;
        continue;
      }
      if (c === '\\' && i + 1 < end && '*_\\'.includes(raw[i + 1])) {
        out += raw[i + 1];
        i += 2;
        continue;
      }
      if (c === '*' || c === '_') {
        const run = c === '*' ? Math.min(runLength(i, '*'), 3) : 1;
        const delim = c.repeat(run);
        const next = raw[i + run];
        let lineEnd = raw.indexOf('\n', i);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        if (next !== undefined && next !== ' ' && next !== '\n' && next !== c) {
          const closer = findCloser(i + run, lineEnd, delim);
          if (closer > i + run) {
            const from = out.length;
            const added: MarkStyle[] = c === '*' ? STAR_STYLES[run] : ['underline'];
            walk(i + run, closer);
            for (const style of added) if (out.length > from) marks.push({ start: from, end: out.length, style });
            i = closer + run;
            continue;
          }
        }
        out += delim;
        i += run;
        continue;
      }
      out += c;
      i++;
    }
  };
  walk(0, raw.length);
  return { text: out, marks: normaliseMarks(marks) };
}
