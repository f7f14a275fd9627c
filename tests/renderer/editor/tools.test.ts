import { Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { collectVocabulary, suggest } from '../../../renderer/editor/autocomplete.ts';
import { fromSlate, toSlate } from '../../../renderer/editor/convert.ts';
import { findAll, findNext, replaceAll } from '../../../renderer/editor/find.ts';
import { listScenes, moveScene, sameScenes, sceneHeadingAt, sceneIndexOf } from '../../../renderer/editor/scenes.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { block, editorWith } from './fixture.ts';

describe('conversion between Slate and the model', () => {
  it('round-trips marks, ids, scene numbers, depth and dual', () => {
    const s: Screenplay = {
      version: 1,
      titlePage: [{ key: 'Title', value: 'X' }],
      elements: [
        { id: 'a', type: 'scene_heading', text: 'INT. A - DAY', sceneNumber: '3' },
        { id: 'b', type: 'action', text: 'Halo dunia kecil', marks: [{ start: 0, end: 4, style: 'bold' }, { start: 5, end: 10, style: 'italic' }, { start: 5, end: 10, style: 'underline' }] },
        { id: 'c', type: 'section', text: 'Babak', depth: 2 },
        { id: 'd', type: 'character', text: 'BUDI', dual: true },
      ],
    };
    expect(fromSlate(toSlate(s), s.titlePage)).toEqual(s);
  });
});

describe('autocomplete', () => {
  const vocab = collectVocabulary([block('character', 'SARI'), block('character', 'SARI (V.O.)'), block('character', 'SATRIA'), block('scene_heading', 'INT. WARUNG - MALAM'), block('scene_heading', 'EXT. WARUNG - PAGI')]);

  it('collects names without extensions and locations without prefixes', () => {
    expect(vocab).toEqual({ characters: ['SARI', 'SATRIA'], locations: ['WARUNG'] });
  });

  it('suggests names, prefixes, locations, times of day (EN and ID) and transitions', () => {
    expect(suggest('character', 'SA', vocab).map((s) => s.replacement)).toEqual(['SARI', 'SATRIA']);
    // Final Draft's intros: EXT./INT. is one of them.
    expect(suggest('scene_heading', 'E', vocab).map((s) => s.replacement)).toEqual(['EXT. ', 'EXT./INT. ', 'EST. ']);
    expect(suggest('scene_heading', 'INT. WA', vocab).map((s) => s.replacement)).toEqual(['INT. WARUNG - ']);
    expect(suggest('scene_heading', 'INT. WARUNG - MA', vocab).map((s) => s.replacement)).toEqual(['INT. WARUNG - MALAM']);
    expect(suggest('scene_heading', 'INT. WARUNG - S', vocab).map((s) => s.label)).toEqual(['SIANG', 'SORE', 'SUBUH', 'SENJA']);
    expect(suggest('transition', 'SM', vocab).map((s) => s.replacement)).toEqual(['SMASH CUT TO:']);
    expect(suggest('action', 'SA', vocab)).toEqual([]);
  });
});

describe('find and replace', () => {
  it('finds with and without case, moves to the next match, replaces all', () => {
    const e = editorWith([block('action', 'Hujan. hujan lagi.'), block('dialogue', 'Hujan!')]);
    expect(findAll(e.children as ScriptBlock[], 'hujan', { matchCase: false })).toHaveLength(3);
    expect(findAll(e.children as ScriptBlock[], 'hujan', { matchCase: true })).toHaveLength(1);
    e.selection = { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } };
    expect(findNext(e, 'hujan', { matchCase: false })!.anchor).toEqual({ path: [0, 0], offset: 0 });
    e.selection = { anchor: { path: [0, 0], offset: 1 }, focus: { path: [0, 0], offset: 1 } };
    expect(findNext(e, 'hujan', { matchCase: false })!.anchor).toEqual({ path: [0, 0], offset: 7 });
    expect(replaceAll(e, 'hujan', 'angin', { matchCase: false })).toBe(3);
    expect((e.children as ScriptBlock[]).map((b) => Node.string(b))).toEqual(['angin. angin lagi.', 'angin!']);
  });
});

describe('scenes', () => {
  const script = () => [block('scene_heading', 'INT. A'), block('action', 'a'), block('scene_heading', 'INT. B'), block('action', 'b1'), block('action', 'b2'), block('scene_heading', 'INT. C'), block('action', 'c')];

  it('lists scenes with their block ranges', () => {
    expect(listScenes(script()).map((s) => [s.heading, s.start, s.end])).toEqual([
      ['INT. A', 0, 2],
      ['INT. B', 2, 5],
      ['INT. C', 5, 7],
    ]);
  });

  it('tells a list that shows the same (text typed inside a scene) from one that does not', () => {
    const blocks = script();
    const before = listScenes(blocks);
    // Typing in an action: a new block object, the same scenes.
    const typed = blocks.map((b, i) => (i === 3 ? { ...b, children: [{ text: 'b1 and more' }] } : b));
    expect(sameScenes(before, listScenes(typed))).toBe(true);
    const cases: [string, ScriptBlock[]][] = [
      ['a heading retyped', blocks.map((b, i) => (i === 2 ? { ...b, children: [{ text: 'INT. B2' }] } : b))],
      ['a block inserted before a scene (its start moves)', [blocks[0], block('action', 'new'), ...blocks.slice(1)]],
      ['a block appended to the last scene (its end moves)', [...blocks, block('action', 'c2')]],
      ['a scene number given', blocks.map((b, i) => (i === 5 ? { ...b, sceneNumber: '12A' } : b))],
      ['a scene removed', blocks.slice(0, 5)],
    ];
    for (const [what, changed] of cases) expect(sameScenes(before, listScenes(changed)), what).toBe(false);
  });

  it('finds the scene holding a block: its heading, or none before the first heading', () => {
    const blocks = [block('action', 'prologue'), ...script()];
    const ids = blocks.map((b) => b.id);
    expect([0, 1, 2, 3, 5, 7, 99].map((at) => sceneHeadingAt(blocks, at))).toEqual([null, ids[1], ids[1], ids[3], ids[3], ids[6], ids[6]]);
    expect(sceneHeadingAt([], 0)).toBeNull();
  });

  it("reads a scene's place by its heading's id from the blocks as they are after a move", () => {
    const e = editorWith(script());
    const [a, , c] = listScenes(e.children as ScriptBlock[]);
    expect([sceneIndexOf(e.children as ScriptBlock[], a.id), sceneIndexOf(e.children as ScriptBlock[], c.id)]).toEqual([0, 2]);
    moveScene(e, 2, 0);
    // The list drawn before the move still says C is third; its place is now first.
    expect([sceneIndexOf(e.children as ScriptBlock[], a.id), sceneIndexOf(e.children as ScriptBlock[], c.id)]).toEqual([1, 0]);
    expect(sceneIndexOf(e.children as ScriptBlock[], 'no-such-id')).toBe(-1);
  });

  it('moves a whole scene before another, and after the last', () => {
    const e = editorWith(script());
    moveScene(e, 2, 0);
    expect(listScenes(e.children as ScriptBlock[]).map((s) => s.heading)).toEqual(['INT. C', 'INT. A', 'INT. B']);
    expect((e.children as ScriptBlock[]).map((b) => Node.string(b))).toEqual(['INT. C', 'c', 'INT. A', 'a', 'INT. B', 'b1', 'b2']);
    moveScene(e, 0, 3);
    expect((e.children as ScriptBlock[]).map((b) => Node.string(b))).toEqual(['INT. A', 'a', 'INT. B', 'b1', 'b2', 'INT. C', 'c']);
  });
});
