/**
 * Revision mode in the editor: while `editor.revisionSet` is a set number, text typed or pasted
 * gets that set as a leaf property (`revision`), which convert.ts turns into the model's revision
 * marks. Slate carries leaf properties through every edit — typing inside a run extends it, Enter
 * splits it with the block, Backspace joins it, deleting takes it away — so marks follow edits
 * with no work on the keystroke path beyond one check.
 *
 * Typed text: slate-react inserts a plain letter natively into the caret's leaf, which would give
 * it that leaf's set. So while the mode is on and the caret's leaf is not already of the current
 * set, the set is kept armed in `editor.marks` (re-armed after every change, as Slate clears marks
 * whenever the selection moves): the next letter then becomes a new leaf of the set, and the
 * letters after it go natively into that leaf.
 */
import { Editor, Element, Range, Text, type Node } from 'slate';
import type { ScreenplayEditor } from '../types.ts';

/** Arms the current set for the next insertion at the selection (a no-op when the mode is off or the run already has the set). */
export function armRevision(editor: ScreenplayEditor, expanded = false): void {
  const set = editor.revisionSet;
  if (!set || !editor.selection || (!expanded && Range.isExpanded(editor.selection))) return;
  const marks = Editor.marks(editor);
  if (marks?.revision === set) return;
  editor.marks = { ...(marks ?? {}), revision: set };
}

function marked<T extends Node>(node: T, set: number): T {
  if (Text.isText(node)) return (node.text === '' || node.revision === set ? node : { ...node, revision: set }) as T;
  if (Element.isElement(node)) return { ...node, children: node.children.map((c) => marked(c, set)) } as T;
  return node;
}

export function withRevisionMode<T extends ScreenplayEditor>(editor: T): T {
  const { insertText, insertNodes, insertFragment, onChange } = editor;
  editor.revisionSet = null;

  editor.insertText = (text, options) => {
    // Replacing a selection: the typed text takes the set even though the run it replaces had another.
    if (editor.revisionSet && !options?.at) armRevision(editor, true);
    insertText(text, options);
  };

  // Pasted blocks (paste.ts) and Slate fragments arrive as nodes: marked whole.
  editor.insertNodes = (nodes, options) => {
    const set = editor.revisionSet;
    if (!set) return insertNodes(nodes, options);
    insertNodes(Array.isArray(nodes) ? nodes.map((n) => marked(n, set)) : marked(nodes, set), options);
  };
  editor.insertFragment = (fragment, options) => {
    const set = editor.revisionSet;
    insertFragment(set ? fragment.map((n) => marked(n, set)) : fragment, options);
  };

  editor.onChange = (options) => {
    armRevision(editor);
    onChange(options);
  };
  return editor;
}

/** The highest set among a block's leaves, or 0: what its `data-revision` says. */
export function blockRevision(children: readonly { text: string; revision?: number }[]): number {
  let best = 0;
  for (const leaf of children) if (leaf.revision && leaf.text && leaf.revision > best) best = leaf.revision;
  return best;
}
