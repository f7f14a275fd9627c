/** Builds a Slate editor with the screenplay plugin in plain Node, as fixtures for the editor tests. */
import { createEditor, Editor, Node, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { withScreenplay } from '../../../renderer/editor/with-screenplay.ts';
import type { ScreenplayEditor, ScriptBlock } from '../../../renderer/editor/types.ts';
import type { ElementType } from '../../../shared/screenplay/model.ts';

let n = 0;
export function block(type: ElementType, text = ''): ScriptBlock {
  return { type, id: `b${++n}`, children: [{ text }] };
}

/** An editor holding `blocks`, caret at the end of block `at` (default: the last). */
export function editorWith(blocks: ScriptBlock[], at = blocks.length - 1, afterDialogue: 'action' | 'character' = 'action'): ScreenplayEditor {
  const editor = withScreenplay(withHistory(createEditor()) as unknown as ScreenplayEditor);
  editor.afterDialogue = afterDialogue;
  editor.children = blocks;
  Editor.normalize(editor, { force: true });
  Transforms.select(editor, Editor.end(editor, [at]));
  return editor;
}

export const value = (e: Editor) => (e.children as ScriptBlock[]).map((b) => [b.type, Node.string(b)]);
export const caretBlock = (e: Editor) => e.selection!.anchor.path[0];
export const type = (e: Editor, text: string) => {
  for (const ch of text) e.insertText(ch);
};
