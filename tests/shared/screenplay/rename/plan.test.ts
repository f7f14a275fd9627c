import { describe, expect, it } from 'vitest';
import { anchorFor } from '../../../../shared/review/make-anchor.ts';
import { reanchor } from '../../../../shared/review/reanchor.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';
import { applyRename, planRename, renameCandidates } from '../../../../shared/screenplay/rename/plan.ts';

const els: ScriptElement[] = [
  { id: 'h1', type: 'scene_heading', text: 'INT. RUMAH SARI - MALAM' },
  { id: 'a1', type: 'action', text: 'Sari menutup jendela. SARI menoleh; Sarinah tidak.' },
  { id: 'c1', type: 'character', text: 'SARI (V.O.)' },
  { id: 'd1', type: 'dialogue', text: 'Budi, di mana kamu?', marks: [{ start: 0, end: 4, style: 'bold' }] },
  { id: 'c2', type: 'character', text: 'BUDI' },
  { id: 'd2', type: 'dialogue', text: 'Di sini.' },
  { id: 'c3', type: 'character', text: "Sari (CONT'D) ^", dual: true },
  { id: 'd3', type: 'dialogue', text: 'Pulanglah.', dual: true },
  { id: 'h2', type: 'scene_heading', text: 'EXT. RUMAH SARI - DAPUR - PAGI' },
  { id: 'h3', type: 'scene_heading', text: 'INT. WARUNG - PAGI' },
];

const plan = (req: Parameters<typeof planRename>[1]) => {
  const r = planRename(els, req);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('planRename: character', () => {
  it('renames cues only by default, keeping extensions, CONT\'D, the caret and dual', () => {
    const p = plan({ kind: 'character', from: 'sari', to: 'Dewi' });
    expect(p.counts).toEqual({ cue: 2, heading: 0, mention: 0 });
    const out = applyRename(els, p);
    expect(out[2].text).toBe('DEWI (V.O.)');
    expect(out[6]).toEqual({ id: 'c3', type: 'character', text: "DEWI (CONT'D) ^", dual: true });
    expect(out[1].text).toBe(els[1].text);
    expect(out.map((e) => e.id)).toEqual(els.map((e) => e.id));
  });

  it('with mentions: whole words in the case found, never inside another name', () => {
    const p = plan({ kind: 'character', from: 'SARI', to: 'dewi ayu', mentions: true });
    expect(p.edits.filter((e) => e.kind === 'mention').map((e) => [e.before, e.after])).toEqual([
      ['Sari', 'Dewi Ayu'],
      ['SARI', 'DEWI AYU'],
    ]);
    expect(applyRename(els, p)[1].text).toBe('Dewi Ayu menutup jendela. DEWI AYU menoleh; Sarinah tidak.');
  });

  it('moves marks with the text they cover', () => {
    const out = applyRename(els, plan({ kind: 'character', from: 'BUDI', to: 'Bambang', mentions: true }));
    expect(out[3]).toMatchObject({ text: 'Bambang, di mana kamu?', marks: [{ start: 0, end: 7, style: 'bold' }] });
    expect(out[4].text).toBe('BAMBANG');
  });

  it('refuses what is not a rename, each with its own code', () => {
    const code = (req: Parameters<typeof planRename>[1]) => {
      const r = planRename(els, req);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ kind: 'character', from: '', to: 'X' })).toBe('rename.empty_name');
    expect(code({ kind: 'character', from: 'SARI', to: 'sari' })).toBe('rename.same_name');
    expect(code({ kind: 'character', from: 'SARI', to: 'DEWI (V.O.)' })).toBe('rename.bad_character');
    expect(code({ kind: 'character', from: 'NONA', to: 'DEWI' })).toBe('rename.character_not_found');
    expect(code({ kind: 'location', from: 'PASAR', to: 'TOKO' })).toBe('rename.location_not_found');
    expect(code({ kind: 'location', from: 'WARUNG', to: 'TOKO - MALAM' })).toBe('rename.bad_location');
  });
});

describe('planRename: location', () => {
  it('renames the location of headings, and a sub-location’s main part', () => {
    const p = plan({ kind: 'location', from: 'rumah sari', to: 'Rumah Dewi' });
    expect(p.counts.heading).toBe(2);
    const out = applyRename(els, p);
    expect(out[0].text).toBe('INT. RUMAH DEWI - MALAM');
    expect(out[8].text).toBe('EXT. RUMAH DEWI - DAPUR - PAGI');
    expect(out[9].text).toBe('INT. WARUNG - PAGI');
  });
});

describe('renameCandidates', () => {
  it('lists speakers and locations once each', () => {
    expect(renameCandidates(els, 'character')).toEqual(['SARI', 'BUDI']);
    expect(renameCandidates(els, 'location')).toEqual(['RUMAH SARI', 'RUMAH SARI - DAPUR', 'WARUNG']);
  });
});

describe('review comments after a rename', () => {
  it('a comment on a renamed line stays on its element', () => {
    const script: Screenplay = { version: 1, titlePage: [], elements: els };
    const anchor = anchorFor(script, 'a1', 0, 21);
    if (!anchor.ok) throw new Error(anchor.error.code);
    const renamed: Screenplay = { ...script, elements: applyRename(els, plan({ kind: 'character', from: 'SARI', to: 'DEWI', mentions: true })) };
    const placed = reanchor(renamed, anchor.value);
    expect(placed.placement.status).not.toBe('detached');
    expect(placed.placement).toMatchObject({ elementId: 'a1' });
    // A comment on a line the rename did not touch is exactly where it was.
    const other = anchorFor(script, 'd2', 0, 8);
    if (!other.ok) throw new Error(other.error.code);
    expect(reanchor(renamed, other.value).placement).toMatchObject({ status: 'exact', elementId: 'd2' });
  });
});
