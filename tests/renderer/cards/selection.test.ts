/**
 * Picking cards (renderer/cards/selection.ts), and the moves the board and the scene list make
 * with sections in the script: a block or a section is one undo step, and a scene moved in the
 * scene list leaves the section elements around it in place.
 */
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { blockStepTarget, moveCards, moveSections, sectionStepTarget } from '../../../shared/screenplay/outline/move.ts';
import { applyOrder } from '../../../renderer/cards/apply-order.ts';
import { outlineOfBlocks } from '../../../renderer/cards/outline-of.ts';
import { clickSelect, extendSelect, keepShown, movingIds, NO_SELECTION, selectAll } from '../../../renderer/cards/selection.ts';
import { moveScene, stepScene } from '../../../renderer/editor/scenes.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import { block, editorWith, value } from '../editor/fixture.ts';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('picking cards', () => {
  it('a click picks one, Ctrl/Cmd+click toggles, Shift+click takes the range from the anchor', () => {
    let s = clickSelect(NO_SELECTION, ORDER, 'b', { toggle: false, range: false });
    expect([ids(s), s.anchor]).toEqual([['b'], 'b']);
    s = clickSelect(s, ORDER, 'd', { toggle: true, range: false });
    expect(ids(s)).toEqual(['b', 'd']);
    s = clickSelect(s, ORDER, 'b', { toggle: true, range: false });
    expect([ids(s), s.anchor]).toEqual([['d'], 'b']);
    s = clickSelect(clickSelect(NO_SELECTION, ORDER, 'd', { toggle: false, range: false }), ORDER, 'b', { toggle: false, range: true });
    expect(ids(s)).toEqual(['b', 'c', 'd']);
    // Ctrl+Shift+click adds a range to what is picked.
    s = clickSelect({ ids: new Set(['a']), anchor: 'd' }, ORDER, 'e', { toggle: true, range: true });
    expect(ids(s)).toEqual(['a', 'd', 'e']);
    // Shift+click with nothing picked yet picks just that card.
    expect(ids(clickSelect(NO_SELECTION, ORDER, 'c', { toggle: false, range: true }))).toEqual(['c']);
  });

  it('Shift+arrows grow and shrink the range from the anchor and move the focus; it stops at the ends', () => {
    let { selection, focus } = extendSelect(NO_SELECTION, ORDER, 'b', 1);
    expect([ids(selection), focus]).toEqual([['b', 'c'], 'c']);
    ({ selection, focus } = extendSelect(selection, ORDER, focus, 1));
    expect([ids(selection), focus]).toEqual([['b', 'c', 'd'], 'd']);
    ({ selection, focus } = extendSelect(selection, ORDER, focus, -1));
    expect([ids(selection), focus]).toEqual([['b', 'c'], 'c']);
    ({ selection, focus } = extendSelect(selection, ORDER, 'b', -1));
    ({ selection, focus } = extendSelect(selection, ORDER, focus, -1));
    expect([ids(selection), focus]).toEqual([['a', 'b'], 'a']);
  });

  it('Ctrl/Cmd+A picks every shown card; the chord moves the selection only from a card in it', () => {
    const all = selectAll(ORDER, 'c');
    expect([ids(all), all.anchor]).toEqual([ORDER, 'c']);
    expect(movingIds(all, 'e').sort()).toEqual(ORDER);
    expect(movingIds({ ids: new Set(['a', 'b']), anchor: 'a' }, 'e')).toEqual(['e']);
  });

  it('forgets cards no longer shown (deleted, or folded into a collapsed section), keeping the same object otherwise', () => {
    const s = { ids: new Set(['a', 'c']), anchor: 'c' };
    expect(keepShown(s, ORDER)).toBe(s);
    const kept = keepShown(s, ['a', 'b']);
    expect([ids(kept), kept.anchor]).toEqual([['a'], null]);
  });
});

// 0 # One, 1 INT. A, 2 a, 3 INT. B, 4 = B, 5 # Two, 6 ## Seq, 7 INT. C, 8 [[n]], 9 INT. D
const script = () => [
  { ...block('section', 'One'), depth: 1 },
  block('scene_heading', 'INT. A'),
  block('action', 'a'),
  block('scene_heading', 'INT. B'),
  block('synopsis', 'B'),
  { ...block('section', 'Two'), depth: 1 },
  { ...block('section', 'Seq'), depth: 2 },
  block('scene_heading', 'INT. C'),
  block('note', 'n'),
  block('scene_heading', 'INT. D'),
];
const texts = (e: Parameters<typeof value>[0]) => value(e).map(([, t]) => t);

describe('moves in the editor', () => {
  it('a block of cards and then a section are one undo step each', () => {
    const editor = editorWith(script());
    const before = value(editor);
    let o = outlineOfBlocks(editor.children as ScriptBlock[]);
    applyOrder(editor, moveCards(o, 10, [0, 2], blockStepTarget(o, 10, [0, 2], 'down')!)!);
    expect(texts(editor)).toEqual(['One', 'INT. B', 'B', 'Two', 'Seq', 'INT. D', 'INT. A', 'a', 'INT. C', 'n']);
    o = outlineOfBlocks(editor.children as ScriptBlock[]);
    applyOrder(editor, moveSections(o, 10, [1], sectionStepTarget(o, 10, 1, 'up')!)!);
    expect(texts(editor)).toEqual(['Two', 'Seq', 'INT. D', 'INT. A', 'a', 'INT. C', 'n', 'One', 'INT. B', 'B']);
    HistoryEditor.undo(editor);
    expect(texts(editor)).toEqual(['One', 'INT. B', 'B', 'Two', 'Seq', 'INT. D', 'INT. A', 'a', 'INT. C', 'n']);
    HistoryEditor.undo(editor);
    expect(value(editor)).toEqual(before);
  });

  it('the scene list moves a scene without the sections that follow it', () => {
    const editor = editorWith(script());
    // B is the last scene of act one: before D, it leaves "Two" and "Seq" where they were.
    moveScene(editor, 1, 3);
    expect(texts(editor)).toEqual(['One', 'INT. A', 'a', 'Two', 'Seq', 'INT. C', 'n', 'INT. B', 'B', 'INT. D']);
    HistoryEditor.undo(editor);
    moveScene(editor, 1, 4);
    expect(texts(editor)).toEqual(['One', 'INT. A', 'a', 'Two', 'Seq', 'INT. C', 'n', 'INT. D', 'INT. B', 'B']);
  });

  it('the scene list chord steps a scene out of its section into the next, and stops at the ends', () => {
    const editor = editorWith(script());
    expect(stepScene(editor, 1, 'down')).toBe(true);
    expect(texts(editor)).toEqual(['One', 'INT. A', 'a', 'Two', 'INT. B', 'B', 'Seq', 'INT. C', 'n', 'INT. D']);
    expect(stepScene(editor, 3, 'down')).toBe(false);
    expect(stepScene(editor, 0, 'up')).toBe(false); // act one starts the script: nowhere above it
    HistoryEditor.undo(editor);
    expect(value(editor)).toEqual(value(editorWith(script())));
  });
});
