/**
 * Text put in by a command rather than typed — find & replace, an accepted suggestion — goes in
 * with Transforms.insertText, which keeps the run it lands in. In revision mode the caller marks it
 * afterwards: `length` characters from `start`, where insertText put them.
 */
import { Text, Transforms, type Editor, type Point } from 'slate';

export function markInserted(editor: Editor, start: Point, length: number): void {
  const set = editor.revisionSet;
  if (!set || length === 0) return;
  const at = { anchor: start, focus: { path: start.path, offset: start.offset + length } };
  Transforms.setNodes(editor, { revision: set }, { at, match: Text.isText, split: true });
}
