/** The editor while scene numbers are locked: A/B numbers for new headings, OMITTED for deleted scenes, one undo step; lock and unlock in place. */
import { Editor, Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { fromSlate } from '../../../renderer/editor/convert.ts';
import { setNumbersLocked, withLockedNumbers } from '../../../renderer/editor/locked-numbers.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import { block, editorWith, type } from './fixture.ts';

const numbered = (e: Editor) => (e.children as ScriptBlock[]).filter((b) => b.type === 'scene_heading').map((b) => [Node.string(b), b.sceneNumber]);

function lockedEditor() {
  const e = withLockedNumbers(editorWith([block('scene_heading', 'INT. A - DAY'), block('action', 'Satu.'), block('scene_heading', 'INT. B - DAY'), block('action', 'Dua.')], 1));
  setNumbersLocked(e, true, () => fromSlate(e.children as ScriptBlock[], []));
  return e;
}

describe('locked scene numbers in the editor', () => {
  it('locking numbers the headings in place and keeps their ids', () => {
    const e = lockedEditor();
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', '1'],
      ['INT. B - DAY', '2'],
    ]);
    expect(e.history.undos).toHaveLength(0);
  });

  it('a heading typed after scene 1 is 1A, the next one 1B', () => {
    const e = lockedEditor();
    Transforms.select(e, Editor.end(e, [1]));
    e.insertBreak();
    type(e, 'INT. C - DAY');
    Transforms.select(e, Editor.end(e, [2]));
    e.insertBreak();
    type(e, 'INT. D - DAY');
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', '1'],
      ['INT. C - DAY', '1A'],
      ['INT. D - DAY', '1B'],
      ['INT. B - DAY', '2'],
    ]);
  });

  it('a deleted scene leaves an OMITTED heading with its number, in one undo step', () => {
    const e = lockedEditor();
    Transforms.select(e, { anchor: Editor.start(e, [2]), focus: Editor.end(e, [3]) });
    Editor.deleteFragment(e);
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', '1'],
      ['OMITTED', '2'],
    ]);
    HistoryEditor.undo(e);
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', '1'],
      ['INT. B - DAY', '2'],
    ]);
  });

  it('a heading changed into action leaves OMITTED; an OMITTED heading itself may be deleted', () => {
    const e = lockedEditor();
    Transforms.setNodes(e, { type: 'action' }, { at: [0] });
    expect(numbered(e)).toEqual([
      ['OMITTED', '1'],
      ['INT. B - DAY', '2'],
    ]);
    const omitted = (e.children as ScriptBlock[]).findIndex((b) => Node.string(b) === 'OMITTED');
    Transforms.removeNodes(e, { at: [omitted] });
    expect(numbered(e)).toEqual([['INT. B - DAY', '2']]);
  });

  it('unlocking drops numbers and OMITTED placeholders', () => {
    const e = lockedEditor();
    Transforms.removeNodes(e, { at: [2] });
    setNumbersLocked(e, false, () => fromSlate(e.children as ScriptBlock[], []));
    expect(numbered(e)).toEqual([['INT. A - DAY', undefined]]);
    Transforms.insertNodes(e, block('scene_heading', 'INT. E - DAY'), { at: [1] });
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', undefined],
      ['INT. E - DAY', undefined],
    ]);
  });

  it('a pasted heading that brings a number the script already has gets a new one; undo leaves no OMITTED behind', () => {
    const e = lockedEditor();
    Transforms.insertNodes(e, { ...block('scene_heading', 'INT. C - DAY'), sceneNumber: '2' }, { at: [4] });
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', '1'],
      ['INT. B - DAY', '2'],
      ['INT. C - DAY', '2A'],
    ]);
    HistoryEditor.undo(e);
    expect(numbered(e)).toEqual([
      ['INT. A - DAY', '1'],
      ['INT. B - DAY', '2'],
    ]);
  });
});
