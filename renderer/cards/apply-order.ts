/**
 * Applies an outline order (shared/screenplay/outline/move.ts) to the editor as node moves, all
 * in one new history batch: one undo puts the whole move back, and it never merges with typing.
 */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { ScreenplayEditor } from '../editor/types.ts';

export function applyOrder(editor: ScreenplayEditor, order: readonly number[]): void {
  // current[i]: which original block stands at position i now.
  const current = editor.children.map((_, i) => i);
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let i = 0; i < order.length; i++) {
        if (current[i] === order[i]) continue;
        const from = current.indexOf(order[i], i + 1);
        if (from < 0) continue;
        Transforms.moveNodes(editor, { at: [from], to: [i] });
        current.splice(i, 0, ...current.splice(from, 1));
      }
    });
  });
}
