/**
 * Fountain → model → Fountain → model, on richer models than the writer's own property test
 * (tests/shared/screenplay/fountain/write.test.ts): every element type, dual dialogue, emphasis
 * marks, title pages, and text with Fountain's special characters. What the writer produces must
 * read back to the same model; and any text, once read, must be a fixpoint of write-then-read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../shared/screenplay/fountain/write.ts';
import type { Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';
import { expectTypedResult, mutatedText } from './mutate.ts';

function read(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const reparse = (s: Screenplay) => read(writeFountain(s));

const word = fc.oneof(fc.stringMatching(/^[A-Za-z][a-z]{0,7}$/), fc.constantFrom('Sari', 'warung', 'hujan', 'ke-2', "Budi's", 'jam 5.30', 'rp.15.000', '50%', 'é', 'ñoño', 'jalan!', 'ya?'));
const line = fc.array(word, { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));
const upper = line.map((t) => t.toUpperCase().replace(/[^A-Z0-9 ]/g, '').trim() || 'SARI');
const name = fc.constantFrom('SARI', 'BUDI', 'IBU', 'PAK RT', 'DR. WATI');

const emphasised = line.chain((t) =>
  fc.record({ start: fc.nat(t.length - 1), len: fc.integer({ min: 1, max: 6 }), style: fc.constantFrom('bold', 'italic', 'underline') }).map(({ start, len, style }) => {
    // Marks must start and end on non-space characters to be expressible with * and _.
    let s = start;
    let e = Math.min(t.length, start + len);
    while (s < e && t[s] === ' ') s++;
    while (e > s && t[e - 1] === ' ') e--;
    const el: ScriptElement = { type: 'action', text: t };
    if (e > s) el.marks = [{ start: s, end: e, style }];
    return [el];
  }),
);

const block: fc.Arbitrary<ScriptElement[]> = fc.oneof(
  line.map((t): ScriptElement[] => [{ type: 'action', text: t }]),
  fc.tuple(line, line).map(([a, b]): ScriptElement[] => [{ type: 'action', text: `${a}\n${b}` }]),
  upper.map((t): ScriptElement[] => [{ type: 'scene_heading', text: `INT. ${t} - MALAM` }]),
  fc.tuple(upper, fc.integer({ min: 1, max: 99 })).map(([t, n]): ScriptElement[] => [{ type: 'scene_heading', text: `EXT. ${t} - DAY`, sceneNumber: String(n) }]),
  fc.tuple(name, line, fc.option(line, { nil: undefined })).map(([n, d, p]): ScriptElement[] => [
    { type: 'character', text: n },
    ...(p ? [{ type: 'parenthetical' as const, text: `(${p})` }] : []),
    { type: 'dialogue', text: d },
  ]),
  fc.tuple(name, line, name, line).map(([a, da, b, db]): ScriptElement[] => [
    { type: 'character', text: a },
    { type: 'dialogue', text: da },
    { type: 'character', text: b, dual: true },
    { type: 'dialogue', text: db, dual: true },
  ]),
  fc.constantFrom<ScriptElement[]>([{ type: 'transition', text: 'CUT TO:' }], [{ type: 'transition', text: 'FADE OUT.' }], [{ type: 'page_break', text: '' }]),
  line.map((t): ScriptElement[] => [{ type: 'centered', text: t }]),
  fc.tuple(line, fc.integer({ min: 1, max: 3 })).map(([t, d]): ScriptElement[] => [{ type: 'section', text: t, depth: d }]),
  line.map((t): ScriptElement[] => [{ type: 'synopsis', text: t }]),
  line.map((t): ScriptElement[] => [{ type: 'lyrics', text: t }]),
  line.map((t): ScriptElement[] => [{ type: 'note', text: t }]),
  emphasised,
);

const titlePage = fc.option(
  fc.tuple(line, line).map(([t, a]) => [
    { key: 'Title', value: t },
    { key: 'Author', value: a },
  ]),
  { nil: [] as Screenplay['titlePage'] },
);

describe('Fountain round trip (property)', () => {
  it('model → Fountain → model is the identity on well-formed models', () => {
    fc.assert(
      fc.property(titlePage, fc.array(block, { maxLength: 20 }), (tp, blocks) => {
        // Not expressible in Fountain, so not generated: a page break with nothing before it, and
        // two lyrics elements in a row (consecutive "~" lines are one element with a line break).
        const elements = blocks.flat().filter((el, i, all) => !((el.type === 'page_break' || el.type === 'lyrics') && (i === 0 ? el.type === 'page_break' : all[i - 1].type === el.type)));
        const model: Screenplay = { version: 1, titlePage: tp, elements };
        const once = reparse(model);
        expect(once).toEqual(model);
        expect(reparse(once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('any parsed text is a fixpoint: Fountain → model → Fountain → model is stable', () => {
    const seed = writeFountain({
      version: 1,
      titlePage: [{ key: 'Title', value: 'Pulang' }],
      elements: [
        { type: 'scene_heading', text: 'INT. RUMAH - MALAM', sceneNumber: '1' },
        { type: 'action', text: 'Budi *duduk* sendirian.', marks: [] },
        { type: 'character', text: 'BUDI' },
        { type: 'parenthetical', text: '(pelan)' },
        { type: 'dialogue', text: 'Ibu belum pulang?' },
        { type: 'character', text: 'SITI', dual: true },
        { type: 'dialogue', text: 'Belum.', dual: true },
        { type: 'transition', text: 'CUT TO:' },
        { type: 'lyrics', text: 'La la' },
        { type: 'note', text: 'cek' },
      ],
    });
    fc.assert(
      fc.property(fc.oneof(mutatedText(seed), fc.string({ maxLength: 200 })), (text) => {
        const r = parseFountain(text);
        expectTypedResult(r);
        if (!r.ok) return;
        const once = r.value;
        const twice = reparse(once);
        expect(reparse(twice)).toEqual(twice);
      }),
      { numRuns: 400 },
    );
  });
});
