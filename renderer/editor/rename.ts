/**
 * Applies a rename plan (shared/screenplay/rename/plan.ts) to the editor as ONE undo step: every
 * replacement in one new history batch, back to front so earlier offsets stay valid. Text is
 * replaced inside the blocks, so ids — and the review comments anchored to them — stay.
 */
import { Editor, Node, Transforms, type Point } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { RenamePlan } from '../../shared/screenplay/rename/plan.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

/** The Slate point at a text offset inside block `index` (the leaf that holds it). */
function pointAt(editor: Editor, index: number, offset: number): Point {
  const block = editor.children[index] as ScriptBlock;
  let rest = offset;
  for (let i = 0; i < block.children.length; i++) {
    const len = block.children[i].text.length;
    if (rest <= len && (rest < len || i === block.children.length - 1)) return { path: [index, i], offset: rest };
    rest -= len;
  }
  return Editor.end(editor, [index]);
}

export function applyRenamePlan(editor: ScreenplayEditor, plan: RenamePlan): void {
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let k = plan.edits.length - 1; k >= 0; k--) {
        const e = plan.edits[k];
        // The plan was made from this editor's value; a block changed since is left alone.
        if (Node.string(editor.children[e.index]).slice(e.start, e.end) !== e.before) continue;
        Transforms.insertText(editor, e.after, { at: { anchor: pointAt(editor, e.index, e.start), focus: pointAt(editor, e.index, e.end) } });
      }
    });
  });
}
