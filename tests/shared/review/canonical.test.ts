/**
 * The canonical draft (shared/review/canonical.ts) is what a draft's sha256 is taken over: the
 * bundle names its draft by it, feedback names the draft it reviews by it, a trainee's snapshot is
 * matched to feedback by it, and a signed report carries it. So its bytes must never change for a
 * draft that already exists. The hashes below were computed with the hand-written canonicalDraft
 * that came before it was built on toJsonModel; they stay pinned.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { canonicalDraft, canonicalDraftJson } from '../../../shared/review/canonical.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { sampleScript } from './fixtures.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every field a draft can carry, in an order other than the canonical one. */
const everyField: Screenplay = {
  version: 1,
  titlePage: [
    { value: 'Rumah di Ujung Jalan', key: 'Title' },
    { value: 'Sari Dewi\n서지현', key: 'Author' },
  ],
  elements: [
    { text: 'Babak Satu', type: 'section', depth: 1, id: 's1' },
    { type: 'synopsis', text: 'Budi menunggu ibunya.', id: 's2' },
    { sceneNumber: '12A', id: 'h1', type: 'scene_heading', text: 'INT. RUMAH - MALAM' },
    { id: 'a1', type: 'action', text: 'Lampu berkedip.\nHujan.', marks: [{ style: 'bold', end: 5, start: 0 }, { start: 7, end: 15, style: 'italic' }] },
    { id: 'c1', type: 'character', text: 'BUDI' },
    { id: 'p1', type: 'parenthetical', text: '(pelan)' },
    { id: 'd1', type: 'dialogue', text: 'Ibu…? 어머니?' },
    { id: 'c2', type: 'character', text: 'SITI', dual: true },
    { id: 'd2', type: 'dialogue', text: 'Belum.', dual: true },
    { id: 'n1', type: 'note', text: 'cek lampu' },
    { id: 'l1', type: 'lyrics', text: 'Ambilkan bulan, Bu' },
    { id: 'x1', type: 'centered', text: 'THE END', marks: [] },
    { id: 'pb', type: 'page_break', text: '' },
    { id: 't1', type: 'transition', text: 'CUT TO:' },
    { id: 'sh', type: 'shot', text: 'CLOSE ON BUDI' },
  ],
};

/** A draft from the time elements had no ids yet. */
const withoutIds: Screenplay = {
  version: 1,
  titlePage: [],
  elements: [
    { type: 'scene_heading', text: 'EXT. PASAR - SIANG' },
    { type: 'action', text: 'Ramai.' },
  ],
};

/** A script read from Final Draft: its own element types and page settings (see the decision in canonical.ts). */
const fromFinalDraft: Screenplay = {
  version: 1,
  titlePage: [{ key: 'Title', value: 'Pulang' }],
  elements: [
    { id: 'g1', type: 'action', text: 'COLD OPEN', fdxType: 'Cold Opening' },
    { id: 'h1', type: 'scene_heading', text: 'INT. DAPUR - PAGI' },
    { id: 'y1', type: 'synopsis', text: 'Kartu 1', fdxType: 'Title' },
  ],
  layout: {
    page: { width: 8.27, height: 11.69, top: 1, bottom: 1 },
    elements: { Action: { left: 1.5, right: 7.5, spaceBefore: 1 } },
    continueds: { more: '(LANJUT)', contd: "(CONT'D)", automatic: false },
  },
};

function samplePulang(): Screenplay {
  const parsed = parseFountain(fs.readFileSync(path.join(REPO_ROOT, 'assets', 'samples', 'pulang.fountain'), 'utf8'));
  if (!parsed.ok) throw new Error('the sample does not parse');
  return { ...parsed.value, elements: parsed.value.elements.map((el, i) => ({ ...el, id: `e${i}` })) };
}

const GOLDEN: [string, () => Screenplay, string][] = [
  ['every field', () => everyField, '30bf2429b0576c342992a883e970cc166f5b4aec78a60beef4cce17d5a02d3b4'],
  ['a draft without ids', () => withoutIds, '641281315e881858813f8f1e6f6bdf3f5b7acf0be154f1e69215567b9e8b07b0'],
  ['a script from Final Draft', () => fromFinalDraft, '20b698b833fa39f64f7a4a20db32c04eaf230f217edd784a4f07c0b651d09700'],
  ['the review fixture', sampleScript, 'e8ee848220b1b54a23a8317171c9dedb1aba57ca82dd115178d9a84a79bb1643'],
  ['the sample script', samplePulang, '482231083298ed291d59b5d195d0b5d643d23646b5e0b7a8b2e3b89e6df715f7'],
  ['an empty draft', () => ({ version: 1, titlePage: [], elements: [] }), 'db5248055baa99f9feffd9d7b7dcaeecf41ccace124149db474176a6c922c619'],
];

describe('canonical draft bytes', () => {
  it.each(GOLDEN)('hash %s exactly as drafts were hashed before', (_name, draft, hash) => {
    expect(sha256(canonicalDraftJson(draft()))).toBe(hash);
  });

  it('keeps element ids and leaves the Final Draft type and page settings out of the hash', () => {
    const canonical = canonicalDraft(fromFinalDraft);
    expect(canonical.elements.map((e) => e.id)).toEqual(['g1', 'h1', 'y1']);
    expect(canonical).not.toHaveProperty('layout');
    expect(canonical.elements.some((e) => 'fdxType' in e)).toBe(false);
    const { layout: _layout, ...plain } = fromFinalDraft;
    expect(canonicalDraftJson({ ...plain, elements: plain.elements.map(({ fdxType: _t, ...e }) => e) })).toBe(canonicalDraftJson(fromFinalDraft));
  });

  it('changes with anything a reviewer reads or anchors to', () => {
    const base = sha256(canonicalDraftJson(everyField));
    const edits: ((s: Screenplay) => Screenplay)[] = [
      (s) => ({ ...s, elements: s.elements.map((e, i) => (i === 3 ? { ...e, text: e.text + '!' } : e)) }),
      (s) => ({ ...s, elements: s.elements.map((e, i) => (i === 3 ? { ...e, id: 'other' } : e)) }),
      (s) => ({ ...s, elements: s.elements.map((e, i) => (i === 3 ? { ...e, marks: [] } : e)) }),
      (s) => ({ ...s, elements: s.elements.map((e, i) => (i === 2 ? { ...e, sceneNumber: '12B' } : e)) }),
      (s) => ({ ...s, elements: s.elements.map((e, i) => (i === 0 ? { ...e, depth: 2 } : e)) }),
      (s) => ({ ...s, elements: s.elements.map((e, i) => (i === 7 ? { id: e.id, type: e.type, text: e.text } : e)) }),
      (s) => ({ ...s, titlePage: [{ key: 'Title', value: 'Lain' }] }),
    ];
    for (const edit of edits) expect(sha256(canonicalDraftJson(edit(everyField)))).not.toBe(base);
  });
});
