import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';

function reparse(s: Screenplay): Screenplay {
  const r = parseFountain(writeFountain(s));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('writeFountain', () => {
  it('round-trips every element type it can express', () => {
    const s: Screenplay = {
      version: 1,
      titlePage: [
        { key: 'Title', value: 'Angin Malam' },
        { key: 'Contact', value: 'Jl. Melati 3\nJakarta' },
      ],
      elements: [
        { type: 'section', text: 'Babak 1', depth: 1 },
        { type: 'synopsis', text: 'Sari sendirian.' },
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '1' },
        { type: 'scene_heading', text: 'KILAS BALIK' },
        { type: 'action', text: 'SARI MENANGIS\nlalu tertawa.' },
        { type: 'action', text: 'Harga: 5 * 3 = 15_000', marks: [{ start: 0, end: 5, style: 'bold' }] },
        { type: 'character', text: 'SARI (V.O.)' },
        { type: 'parenthetical', text: '(pelan)' },
        { type: 'dialogue', text: 'Satu.\n\nDua.' },
        { type: 'character', text: 'BUDI', dual: true },
        { type: 'dialogue', text: 'Tiga.', dual: true },
        { type: 'character', text: 'McClane' },
        { type: 'dialogue', text: 'Yippee.' },
        { type: 'transition', text: 'CUT TO:' },
        { type: 'transition', text: 'FADE OUT.' },
        { type: 'centered', text: 'TAMAT' },
        { type: 'lyrics', text: 'La la\nla' },
        { type: 'note', text: 'periksa' },
        { type: 'page_break', text: '' },
        { type: 'action', text: 'INT. looks like a heading but is action' },
      ],
    };
    expect(reparse(s)).toEqual(s);
  });

  it('is stable: Fountain → model → Fountain → model (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const element: fc.Arbitrary<ScriptElement> = fc.oneof(
      line.map((t) => ({ type: 'action' as const, text: t })),
      line.map((t) => ({ type: 'scene_heading' as const, text: `INT. ${t.toUpperCase()} - DAY` })),
      fc.tuple(word, line).map(([n, t]) => [
        { type: 'character' as const, text: n.toUpperCase() },
        { type: 'dialogue' as const, text: t },
      ]) as unknown as fc.Arbitrary<ScriptElement>,
      line.map((t) => ({ type: 'transition' as const, text: `${t.toUpperCase()} TO:` })),
      line.map((t) => ({ type: 'centered' as const, text: t })),
    );
    fc.assert(
      fc.property(fc.array(element, { maxLength: 25 }), (els) => {
        const elements = els.flat() as ScriptElement[];
        const model: Screenplay = { version: 1, titlePage: [], elements };
        const once = reparse(model);
        expect(once).toEqual(model);
        expect(reparse(once)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const r = parseFountain(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  // What it makes of it, not how long it takes: the emphasis walk is proven linear by counting its
  // steps (inline-linear.test.ts), and `npm run bench:limits` times this very input.
  it('reads pathological input: runs of markers, boneyard openers and unclosed notes', () => {
    const nasty = '*'.repeat(50_000) + '\n' + '_a'.repeat(50_000) + '\n' + '/*'.repeat(20_000) + '[['.repeat(20_000);
    const r = parseFountain(nasty);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.elements).toHaveLength(1);
    const [action] = r.value.elements;
    const [stars, underlined, boneyard, ...rest] = action.text.split('\n');
    expect(action.type).toBe('action');
    expect(stars).toBe('*'.repeat(50_000));
    // "_a_" underlines one "a"; the "a" between two of them stays plain.
    expect(underlined).toBe('a'.repeat(50_000));
    expect(action.marks).toHaveLength(25_000);
    // Offsets count from the element's start: the second line begins at 50 001.
    expect(action.marks?.every((m, i) => m.style === 'underline' && m.start === 50_001 + 2 * i && m.end === m.start + 1)).toBe(true);
    // "/*/*/" is one boneyard; the star after it is text. The last opener never closes, so it
    // drops the rest, the "[[" included.
    expect(boneyard).toBe('*'.repeat(boneyard.length));
    expect(boneyard.length).toBeGreaterThan(6_000);
    expect(rest).toEqual([]);
  });
});
