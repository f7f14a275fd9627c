/** Writes a card's synopsis edit (shared/screenplay/outline/synopsis.ts) into the script as one undo step. */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { newElementId } from '../../shared/screenplay/ids.ts';
import type { SynopsisEdit } from '../../shared/screenplay/outline/synopsis.ts';
import type { ScreenplayEditor } from '../editor/types.ts';

export function applySynopsis(editor: ScreenplayEditor, edit: SynopsisEdit): void {
  if (edit.kind === 'none') return;
  HistoryEditor.withNewBatch(editor, () => {
    if (edit.kind === 'insert') {
      Transforms.insertNodes(editor, { type: 'synopsis', id: newElementId(), children: [{ text: edit.text }] }, { at: [edit.at] });
    } else if (edit.kind === 'remove') {
      Transforms.removeNodes(editor, { at: [edit.at] });
    } else {
      Editor.withoutNormalizing(editor, () => {
        // One plain run: a synopsis carries no emphasis worth keeping across a rewrite.
        Transforms.delete(editor, { at: Editor.range(editor, [edit.at]) });
        Transforms.insertText(editor, edit.text, { at: Editor.start(editor, [edit.at]) });
      });
    }
  });
}
