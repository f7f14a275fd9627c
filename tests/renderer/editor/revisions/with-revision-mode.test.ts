/**
 * Revision mode on the Slate editor in plain Node: typed, replaced and pasted text takes the
 * current set; marks follow typing inside them, Enter, Backspace and deletion; clearing a set
 * and undo; and what the model (convert.ts) reads from it.
 */
import { Editor, Transforms, type Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { blockToElement, toSlate } from '../../../../renderer/editor/convert.ts';
import { replaceAll } from '../../../../renderer/editor/find.ts';
import { clearSetInEditor } from '../../../../renderer/editor/revisions/clear-set.ts';
import { blockRevision, withRevisionMode } from '../../../../renderer/editor/revisions/with-revision-mode.ts';
import type { ScriptBlock } from '../../../../renderer/editor/types.ts';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';
import { editorWith, type } from '../fixture.ts';

function editorOf(elements: ScriptElement[], set: number | null = 2) {
  const blocks = toSlate({ version: 1, titlePage: [], elements }) as ScriptBlock[];
  const e = withRevisionMode(editorWith(blocks));
  e.revisionSet = set;
  return e;
}
const model = (e: Editor) => (e.children as ScriptBlock[]).map((b) => {
  const { id: _id, ...el } = blockToElement(b);
  return el;
});
const at = (e: Editor, block: number, offset: number) => Transforms.select(e, pointAt(e, block, offset));
function pointAt(e: Editor, block: number, offset: number) {
  // Offsets count across the block's leaves.
  const b = e.children[block] as ScriptBlock;
  let left = offset;
  for (let i = 0; i < b.children.length; i++) {
    const len = b.children[i].text.length;
    if (left <= len) return { path: [block, i], offset: left };
    left -= len;
  }
  return Editor.end(e, [block]);
}

describe('revision mode in the editor', () => {
  it('marks text typed inside unrevised text with the current set', () => {
    const e = editorOf([{ type: 'action', text: 'Rain falls.' }]);
    at(e, 0, 4);
    type(e, ' hard');
    expect(model(e)).toEqual([{ type: 'action', text: 'Rain hard falls.', revisionMarks: [{ start: 4, end: 9, set: 2 }] }]);
    expect(blockRevision((e.children[0] as ScriptBlock).children)).toBe(2);
  });

  it('marks nothing while the mode is off; typing inside a mark grows it', () => {
    const e = editorOf([{ type: 'action', text: 'Rain falls.', revisionMarks: [{ start: 0, end: 4, set: 1 }] }], null);
    at(e, 0, 2);
    type(e, 'AI');
    at(e, 0, 10);
    type(e, 'x');
    expect(model(e)).toEqual([{ type: 'action', text: 'RaAIin falxls.', revisionMarks: [{ start: 0, end: 6, set: 1 }] }]);
  });

  it('a whole element typed in revision mode reads as its revision, keeping emphasis', () => {
    const e = editorOf([{ type: 'action', text: '' }]);
    type(e, 'New.');
    expect(model(e)).toEqual([{ type: 'action', text: 'New.', revision: 2 }]);
  });

  it('replacing a selection marks the new text', () => {
    const e = editorOf([{ type: 'action', text: 'one two three' }]);
    Transforms.select(e, { anchor: pointAt(e, 0, 4), focus: pointAt(e, 0, 7) });
    e.insertText('2');
    expect(model(e)).toEqual([{ type: 'action', text: 'one 2 three', revisionMarks: [{ start: 4, end: 5, set: 2 }] }]);
  });

  it('Enter inside a mark splits it with the block; Backspace at the start joins them back', () => {
    const e = editorOf([{ type: 'action', text: 'abcdef', revisionMarks: [{ start: 2, end: 5, set: 1 }] }], null);
    at(e, 0, 3);
    e.insertBreak();
    expect(model(e)).toEqual([
      { type: 'action', text: 'abc', revisionMarks: [{ start: 2, end: 3, set: 1 }] },
      { type: 'action', text: 'def', revisionMarks: [{ start: 0, end: 2, set: 1 }] },
    ]);
    Transforms.select(e, Editor.start(e, [1]));
    e.deleteBackward('character');
    expect(model(e)).toEqual([{ type: 'action', text: 'abcdef', revisionMarks: [{ start: 2, end: 5, set: 1 }] }]);
  });

  it('deleting revised text takes its mark away; deleting marks nothing new', () => {
    const e = editorOf([{ type: 'action', text: 'one two three', revisionMarks: [{ start: 4, end: 7, set: 1 }] }]);
    Transforms.select(e, { anchor: pointAt(e, 0, 3), focus: pointAt(e, 0, 7) });
    e.deleteFragment();
    expect(model(e)).toEqual([{ type: 'action', text: 'one three' }]);
  });

  it('pasted screenplay text comes in marked', () => {
    const e = editorOf([{ type: 'action', text: 'Before.' }]);
    const data = { getData: (t: string) => (t === 'text/plain' ? 'INT. DAPUR - MALAM\n\nSari masak.' : '') } as unknown as DataTransfer;
    e.insertData(data);
    const els = model(e);
    expect(els[0]).toEqual({ type: 'action', text: 'Before.' });
    expect(els.slice(1).every((el) => el.revision === 2)).toBe(true);
    expect(els.slice(1).map((el) => el.text)).toEqual(['INT. DAPUR - MALAM', 'Sari masak.']);
  });

  it('undo takes typed text away with its mark', () => {
    const e = editorOf([{ type: 'action', text: 'Rain.' }]);
    type(e, ' Wind.');
    HistoryEditor.undo(e);
    expect(model(e)).toEqual([{ type: 'action', text: 'Rain.' }]);
  });

  it('clearing a set unmarks its runs, falling back to a set that changed the whole block', () => {
    const e = editorOf([
      { type: 'action', text: 'abcdef', revision: 1, revisionMarks: [{ start: 2, end: 4, set: 2 }] },
      { type: 'action', text: 'ghij', revisionMarks: [{ start: 0, end: 2, set: 2 }] },
      { type: 'action', text: 'kl', revision: 1 },
    ]);
    clearSetInEditor(e, 2);
    expect(model(e)).toEqual([
      { type: 'action', text: 'abcdef', revision: 1 },
      { type: 'action', text: 'ghij' },
      { type: 'action', text: 'kl', revision: 1 },
    ]);
    expect((e.children as Descendant[]).length).toBe(3);
  });
});

describe('revision mode and commands that put text in', () => {
  it('replace all marks each replacement with the current set', () => {
    const e = editorOf([
      { type: 'action', text: 'Sari naps. Sari wakes.' },
      { type: 'dialogue', text: 'Sari?' },
    ]);
    expect(replaceAll(e, 'Sari', 'Dewi', { matchCase: true })).toBe(3);
    expect(model(e)).toEqual([
      { type: 'action', text: 'Dewi naps. Dewi wakes.', revisionMarks: [{ start: 0, end: 4, set: 2 }, { start: 11, end: 15, set: 2 }] },
      { type: 'dialogue', text: 'Dewi?', revisionMarks: [{ start: 0, end: 4, set: 2 }] },
    ]);
  });

  it('replace all marks nothing while the mode is off', () => {
    const e = editorOf([{ type: 'action', text: 'Sari naps.' }], null);
    replaceAll(e, 'Sari', 'Dewi', { matchCase: true });
    expect(model(e)).toEqual([{ type: 'action', text: 'Dewi naps.' }]);
  });
});
