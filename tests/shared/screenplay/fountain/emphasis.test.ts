import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emphasisWork, isEmphasisSpace, normaliseMarks, parseEmphasis } from '../../../../shared/screenplay/fountain/emphasis-read.ts';
import { writeEmphasis } from '../../../../shared/screenplay/fountain/emphasis-write.ts';
import type { Mark, MarkStyle } from '../../../../shared/screenplay/model.ts';

const STYLES: MarkStyle[] = ['bold', 'italic', 'underline'];

/** Per character, the styles on it, as a string such as "bi" (for comparing what prints). */
function styleMap(text: string, marks: readonly Mark[]): string[] {
  const out = Array.from({ length: text.length }, () => '');
  for (const style of STYLES) for (const m of marks) if (m.style === style) for (let k = m.start; k < m.end; k++) if (!out[k].includes(style[0])) out[k] += style[0];
  return out.map((s) => [...s].sort().join(''));
}

/**
 * What must survive a trip through Fountain: every style on every non-space character, and
 * underline on white space inside an underline (between two underlined non-spaces on one line).
 */
function printable(text: string, marks: readonly Mark[]): string[] {
  const map = styleMap(text, marks);
  return map.map((styles, k) => {
    if (text[k] === '\n') return '';
    if (!isEmphasisSpace(text[k])) return styles;
    const under = styles.includes('u');
    if (!under) return '';
    let a = k;
    while (a > 0 && text[a - 1] !== '\n' && map[a - 1].includes('u') && isEmphasisSpace(text[a - 1])) a--;
    let b = k;
    while (b + 1 < text.length && text[b + 1] !== '\n' && map[b + 1].includes('u') && isEmphasisSpace(text[b + 1])) b++;
    const inside = a > 0 && map[a - 1].includes('u') && text[a - 1] !== '\n' && b + 1 < text.length && map[b + 1].includes('u') && text[b + 1] !== '\n';
    return inside ? 'u' : '';
  });
}

function roundTrip(text: string, marks: Mark[]) {
  const written = writeEmphasis(text, marks);
  const read = parseEmphasis(written);
  return { written, read };
}

describe('Fountain emphasis', () => {
  it('reads the usual forms and leaves stray markers as text', () => {
    const cases: [string, string, [number, number, MarkStyle][]][] = [
      ['*a* **b** ***c*** _d_', 'a b c d', [[0, 1, 'italic'], [2, 3, 'bold'], [4, 5, 'bold'], [4, 5, 'italic'], [6, 7, 'underline']]],
      ['*ab **cd** ef*', 'ab cd ef', [[0, 8, 'italic'], [3, 5, 'bold']]],
      ['**ab *cd* ef**', 'ab cd ef', [[0, 8, 'bold'], [3, 5, 'italic']]],
      ['_**BRICK & STEEL**_', 'BRICK & STEEL', [[0, 13, 'bold'], [0, 13, 'underline']]],
      ['***ab** cd*', 'ab cd', [[0, 2, 'bold'], [0, 5, 'italic']]],
      ['5 * 3 = 15_000', '5 * 3 = 15_000', []],
      ['*a **b*', 'a **b', [[0, 5, 'italic']]],
      ['*unclosed **and stray', '*unclosed **and stray', []],
      ['\\*kept\\* \\_too\\_ \\\\', '*kept* _too_ \\', []],
      ['*across\nlines*', '*across\nlines*', []],
      ['__a__', '__a__', []],
    ];
    for (const [raw, text, marks] of cases) {
      expect(parseEmphasis(raw), raw).toEqual({ text, marks: normaliseMarks(marks.map(([start, end, style]) => ({ start, end, style }))) });
    }
  });

  it('writes Final Draft’s Italic + BoldItalic + Bold so that it reads back with no stray stars', () => {
    // <Text Style="Italic">ab</Text><Text Style="Bold+Italic">cd</Text><Text Style="Bold">ef</Text>
    const marks: Mark[] = [
      { start: 0, end: 4, style: 'italic' },
      { start: 2, end: 6, style: 'bold' },
    ];
    const { written, read } = roundTrip('abcdef', marks);
    expect(read).toEqual({ text: 'abcdef', marks: normaliseMarks(marks) });
    expect(written).toBe('*ab**cd*****ef**');
    // Nesting is written the way every Fountain tool reads it.
    expect(writeEmphasis('ab cd ef', [{ start: 0, end: 8, style: 'italic' }, { start: 3, end: 5, style: 'bold' }])).toBe('*ab **cd** ef*');
    expect(writeEmphasis('BRICK', [{ start: 0, end: 5, style: 'underline' }, { start: 0, end: 5, style: 'bold' }])).toBe('_**BRICK**_');
  });

  it('round-trips bold, italic and underline in any overlap (property)', () => {
    const char = fc.constantFrom('a', 'b', 'Z', ' ', ' ', '*', '_', '\\', '.', '\n', 'é');
    const text = fc.array(char, { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
    const withMarks = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(
          fc.tuple(fc.nat(t.length), fc.nat(t.length), fc.constantFrom(...STYLES)).map(([a, b, style]) => ({ start: Math.min(a, b), end: Math.max(a, b), style })),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(withMarks, ([t, marks]) => {
        const { written, read } = roundTrip(t, marks);
        expect(read.text, written).toBe(t);
        expect(printable(t, read.marks), written).toEqual(printable(t, marks));
        // Writing what was read gives the same Fountain again: the form is stable.
        expect(writeEmphasis(read.text, read.marks)).toBe(written);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays linear on nested, unbalanced and long-run markers (steps counted)', () => {
    const shapes = [
      (n: number) => '*'.repeat(n),
      (n: number) => '*a '.repeat(n) + '**',
      (n: number) => '_a *b '.repeat(n) + 'c*',
      (n: number) => '*a **b ***c '.repeat(n),
      (n: number) => '*a _b '.repeat(n) + '*'.repeat(n),
      (n: number) => 'x**'.repeat(n) + '\n' + '**x'.repeat(n),
      (n: number) => '_'.repeat(n) + '*a*'.repeat(n) + '***'.repeat(n),
      (n: number) => '**a *b'.repeat(n) + ' c*'.repeat(n) + '**'.repeat(n),
    ];
    for (const shape of shapes) {
      for (const n of [1_000, 30_000]) {
        const input = shape(n);
        emphasisWork.steps = 0;
        parseEmphasis(input);
        expect(emphasisWork.steps, shape(2)).toBeLessThanOrEqual(3 * input.length);
      }
    }
  });
});
