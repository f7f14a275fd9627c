/**
 * Clears one set's marks in the editor as one undo step, with the model's rule (revisions/runs.ts
 * clearRevised): a cleared run falls back to the set that changed the whole block before, if any.
 */
import { Editor, Transforms } from 'slate';
import type { ScriptBlock, ScreenplayEditor } from '../types.ts';

export function clearSetInEditor(editor: ScreenplayEditor, set: number): void {
  Editor.withoutNormalizing(editor, () => {
    (editor.children as ScriptBlock[]).forEach((block, i) => {
      if (!block.children.some((l) => l.revision === set)) return;
      // The block's canonical `revision` is the lowest set when every character is revised.
      let whole = Infinity;
      for (const l of block.children) if (l.text) whole = Math.min(whole, l.revision ?? 0);
      const below = whole > 0 && whole < set ? whole : 0;
      block.children.forEach((leaf, j) => {
        if (leaf.revision !== set) return;
        if (below) Transforms.setNodes(editor, { revision: below }, { at: [i, j] });
        else Transforms.unsetNodes(editor, 'revision', { at: [i, j] });
      });
    });
  });
}
