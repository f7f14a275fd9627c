/**
 * The editor's incremental layout must equal a layout from scratch after any edit — page view and
 * PDF never disagree. fast-check builds scripts of every element kind (speeches long enough to
 * split, dual dialogue, transitions, page breaks, the same character again after action) and edits
 * them at random: change a text, insert, delete, change a type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, repaginateFrom } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import { printProfile } from '../../../../shared/screenplay/layout/print-profile.ts';
import type { ElementType, Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';

const SENTENCES = ['Sari menutup pintu.', 'Hujan turun lagi!', 'Kenapa kamu diam?', 'Aku tidak tahu', 'Lalu dia pergi -- tanpa pamit.', 'Besok kita ke pasar.'];
const text = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 14 }).map((s) => s.join(' '));
const name = fc.constantFrom('SARI', 'BUDI', 'SARI (V.O.)', "BUDI (CONT'D)");

/** A small unit of script: a scene, an action, a speech, a dual pair, a transition, a page break. */
const unit: fc.Arbitrary<ScriptElement[]> = fc.oneof(
  { weight: 2, arbitrary: text.map((t) => [{ type: 'scene_heading' as const, text: `INT. RUMAH ${t.length % 7} - MALAM` }]) },
  { weight: 4, arbitrary: text.map((t) => [{ type: 'action' as const, text: t }]) },
  {
    weight: 6,
    arbitrary: fc.tuple(name, fc.array(fc.tuple(fc.boolean(), text), { minLength: 1, maxLength: 4 })).map(([n, parts]) => [
      { type: 'character' as const, text: n },
      ...parts.flatMap(([paren, t]) => (paren ? [{ type: 'parenthetical' as const, text: '(pelan)' }, { type: 'dialogue' as const, text: t }] : [{ type: 'dialogue' as const, text: t }])),
    ]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(text, text).map(([a, b]) => [
      { type: 'character' as const, text: 'SARI' },
      { type: 'dialogue' as const, text: a },
      { type: 'character' as const, text: 'BUDI', dual: true as const },
      { type: 'dialogue' as const, text: b, dual: true as const },
    ]),
  },
  { weight: 1, arbitrary: fc.constant<ScriptElement[]>([{ type: 'transition', text: 'CUT TO:' }]) },
  { weight: 1, arbitrary: fc.constant<ScriptElement[]>([{ type: 'shot', text: 'CLOSE ON SARI' }]) },
  { weight: 1, arbitrary: fc.constant<ScriptElement[]>([{ type: 'page_break', text: '' }]) },
  { weight: 1, arbitrary: fc.constant<ScriptElement[]>([{ type: 'note', text: 'catatan' }]) },
);

const script = fc.array(unit, { minLength: 20, maxLength: 120 }).map((us): Screenplay => ({ version: 1, titlePage: [], elements: us.flat() }));

const TYPES: ElementType[] = ['action', 'dialogue', 'character', 'parenthetical', 'transition', 'scene_heading'];
type Edit = { kind: 'text' | 'insert' | 'delete' | 'type'; at: number; text: string; type: ElementType };
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('text', 'insert', 'delete', 'type'), at: fc.nat(), text, type: fc.constantFrom(...TYPES) });

function apply(s: Screenplay, e: Edit): { script: Screenplay; first: number } {
  const els = [...s.elements];
  const at = e.at % Math.max(1, els.length);
  if (e.kind === 'text' && els[at]) els[at] = { ...els[at], text: e.kind === 'text' && at % 2 ? e.text : els[at].text.slice(0, Math.floor(els[at].text.length / 2)) };
  else if (e.kind === 'insert') els.splice(at, 0, { type: e.type, text: e.type === 'character' ? 'SARI' : e.text });
  else if (e.kind === 'delete') els.splice(at, 1);
  else if (els[at]) els[at] = { type: e.type, text: els[at].text };
  return { script: { ...s, elements: els }, first: at };
}

const pagesOf = (l: ReturnType<typeof paginate>) => l.pages.map((p) => ({ number: p.number, continued: p.continued, firstElement: p.firstElement, lines: p.lines }));

describe('repaginateFrom', () => {
  for (const [label, profile] of [
    ['US Letter', PAPER_PROFILES.letter],
    ['A4 with a Final Draft layout', printProfile('a4', { page: { width: 8.27, height: 11.69, top: 1, bottom: 1 }, elements: { 'Scene Heading': { spaceBefore: 2 } } })],
    ['US Letter with Final Draft’s Tight line spacing', printProfile('letter', { page: { width: 8.5, height: 11, top: 1, bottom: 1 }, lineHeight: 11, elements: { 'Scene Heading': { spaceBefore: 2 } } })],
  ] as const) {
    it(`equals a layout from scratch after random edits (${label})`, () => {
      let reused = 0;
      fc.assert(
        fc.property(script, fc.array(edit, { minLength: 1, maxLength: 4 }), (s0, edits) => {
          let s = s0;
          let layout = paginate(s, profile);
          for (const e of edits) {
            const next = apply(s, e);
            const before = layout;
            layout = repaginateFrom(layout, next.script, next.first);
            if (layout.pages[0] === before.pages[0]) reused++;
            s = next.script;
            const full = paginate(s, profile);
            expect(pagesOf(layout)).toEqual(pagesOf(full));
            expect(layout.elementPage).toEqual(full.elementPage);
            expect(layout.autoContd).toEqual(full.autoContd);
          }
        }),
        { numRuns: Number(process.env.PROP_RUNS ?? 150) },
      );
      // The property is about the incremental path: most edits must actually reuse earlier pages.
      expect(reused).toBeGreaterThan(100);
    }, 120_000);
  }
});

describe('repaginateFrom, cases the property found', () => {
  const letter = PAPER_PROFILES.letter;
  const fill = (n: number): ScriptElement[] => Array.from({ length: n }, () => ({ type: 'action', text: 'Sari menutup pintu. Hujan turun lagi!' }));
  it('a dual line left without its dual cue carries no speaker into a restart', () => {
    const els: ScriptElement[] = [...fill(40), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'Satu.' }, { type: 'dialogue', text: 'Dua.', dual: true }, { type: 'action', text: 'Diam.' }, ...fill(30), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'Tiga.' }];
    const s = script0(els);
    const full = paginate(s, letter);
    const inc = repaginateFrom(paginate(s, letter), { ...s, elements: s.elements.map((e, i) => (i === els.length - 1 ? { ...e, text: 'Tiga lagi.' } : e)) }, els.length - 1);
    expect(inc.autoContd).toEqual(full.autoContd);
    expect(full.autoContd).toEqual([]);
  });
  it('a note between a heading carried to the next page and its scene moves with them', () => {
    const els: ScriptElement[] = [...fill(26), { type: 'scene_heading', text: 'INT. A - MALAM' }, { type: 'shot', text: 'ON SARI' }, { type: 'note', text: 'catatan' }, { type: 'action', text: 'Sari menutup pintu. Hujan turun lagi! Sari menutup pintu. Hujan turun lagi! Sari menutup pintu.' }];
    const l = paginate(script0(els), letter);
    expect(l.elementPage.slice(26)).toEqual([2, 2, 2, 2]);
  });
});

function script0(elements: ScriptElement[]): Screenplay {
  return { version: 1, titlePage: [], elements };
}
