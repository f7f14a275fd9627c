/**
 * Pasting Fountain: text of more than one line (a scene copied from a mail, a chat or another
 * app) becomes screenplay blocks through the shared Fountain parser, so "INT. WARUNG - MALAM",
 * a cue and its lines arrive as a heading, a character and dialogue rather than one action lump.
 * A single line stays plain text typed into the current block.
 */
import { Editor, Node, Path, Range, Transforms } from 'slate';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import { newElementId } from '../../shared/screenplay/ids.ts';
import { toSlate } from './convert.ts';
import type { ScriptBlock } from './types.ts';

/** Strips blank lines around the paste: a trailing newline alone does not make text multi-line. */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '').replace(/(?:(?:\r\n|\r|\n)[ \t]*)+$/, '');
}

/**
 * The blocks a paste turns into, each with a new id; null when it is a single line (or nothing
 * the parser can place), which the caller inserts as ordinary text.
 */
export function pastedBlocks(text: string): ScriptBlock[] | null {
  const body = trimBlankLines(text);
  if (!/[\r\n]/.test(body)) return null;
  // A paste lands inside a script, never at the top of a file: a leading page break keeps
  // "Sari: Halo." from being read as a title page (and so dropped); it is removed again below.
  const parsed = parseFountain(`===\n\n${body}`);
  if (!parsed.ok) return null;
  const elements = parsed.value.elements.slice(1).map(({ id: _ignored, ...el }) => el);
  if (elements.length === 0) return null;
  return toSlate({ version: 1, titlePage: [], elements });
}

/**
 * Inserts pasted blocks at the caret: an empty block is replaced, a caret at the end (or start)
 * of a block inserts after (or before) it, and a caret mid-text splits the block around them.
 * The caret ends after the last pasted block. All in one batch, so one undo removes the paste.
 */
export function insertBlocks(editor: Editor, blocks: ScriptBlock[]): void {
  if (!editor.selection || blocks.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    if (Range.isExpanded(editor.selection!)) Transforms.delete(editor);
    const point = editor.selection!.anchor;
    const path = [point.path[0]];
    const current = Node.get(editor, path) as ScriptBlock;
    let at: Path;
    if (Node.string(current) === '') {
      Transforms.removeNodes(editor, { at: path });
      at = path;
    } else if (Editor.isEnd(editor, point, path)) {
      at = Path.next(path);
    } else if (Editor.isStart(editor, point, path)) {
      at = path;
    } else {
      Transforms.splitNodes(editor, { at: point, always: true });
      at = Path.next(path);
      // The split copies the id; normalisation only catches that while the halves are adjacent.
      Transforms.setNodes(editor, { id: newElementId() }, { at });
    }
    Transforms.insertNodes(editor, blocks, { at });
    Transforms.select(editor, Editor.end(editor, [at[0] + blocks.length - 1]));
  });
}

/** The paste transform itself: true when the text was taken as screenplay blocks. */
export function pasteFountain(editor: Editor, text: string): boolean {
  const blocks = pastedBlocks(text);
  if (!blocks) return false;
  insertBlocks(editor, blocks);
  return true;
}
