/**
 * Pasting Fountain: text of more than one line (a scene copied from a mail, a chat or another
 * app) becomes screenplay blocks through the shared Fountain parser, so "INT. WARUNG - MALAM",
 * a cue and its lines arrive as a heading, a character and dialogue rather than one action lump.
 * A single line stays plain text typed into the current block.
 */
import { Editor, Node, Path, Range, Transforms } from 'slate';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import { newElementId } from '../../shared/screenplay/ids.ts';
import type { TitleField } from '../../shared/screenplay/model.ts';
import { toSlate } from './convert.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

/** Strips blank lines around the paste: a trailing newline alone does not make text multi-line. */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '').replace(/(?:(?:\r\n|\r|\n)[ \t]*)+$/, '');
}

/**
 * The blocks a paste turns into, each with a new id; null when it is a single line (or nothing
 * the parser can place), which the caller inserts as ordinary text.
 */
export function pastedBlocks(text: string): ScriptBlock[] | null {
  return pastedScript(text)?.blocks ?? null;
}

/** Keys a Fountain title page starts with: only these make the top of a paste a title page. */
const TITLE_PAGE_START = /^(?:title|credit|author|authors|source|draft date|contact|copyright):/i;

/**
 * A paste read as Fountain, with its title page apart when it starts with one (a whole file copied
 * from another app): the fields go to the script's title page, not into an action paragraph.
 */
export function pastedScript(text: string): { blocks: ScriptBlock[] | null; titlePage: TitleField[] } | null {
  const body = trimBlankLines(text);
  if (!/[\r\n]/.test(body)) return null;
  if (TITLE_PAGE_START.test(body)) {
    const whole = parseFountain(body);
    if (whole.ok && whole.value.titlePage.length > 0) {
      const elements = whole.value.elements.map(({ id: _ignored, ...el }) => el);
      return { blocks: elements.length ? toSlate({ version: 1, titlePage: [], elements }) : null, titlePage: whole.value.titlePage };
    }
  }
  // A paste lands inside a script, never at the top of a file: a leading page break keeps
  // "Sari: Halo." from being read as a title page (and so dropped); it is removed again below.
  const parsed = parseFountain(`===\n\n${body}`);
  if (!parsed.ok) return null;
  const elements = parsed.value.elements.slice(1).map(({ id: _ignored, ...el }) => el);
  if (elements.length === 0) return null;
  return { blocks: toSlate({ version: 1, titlePage: [], elements }), titlePage: [] };
}

/**
 * A pasted title page merged into the script's: empty or missing fields are filled; a field that
 * already holds another value keeps it, and the pasted value is returned as left over (the caller
 * keeps it in a note, so nothing pasted is lost).
 */
export function mergeTitlePage(current: TitleField[], pasted: TitleField[]): { fields: TitleField[]; leftOver: TitleField[] } {
  const fields = current.map((f) => ({ ...f }));
  const leftOver: TitleField[] = [];
  for (const p of pasted) {
    const same = fields.find((f) => f.key.toLowerCase() === p.key.toLowerCase());
    if (!same) fields.push({ ...p });
    else if (same.value.trim() === '') same.value = p.value;
    else if (same.value !== p.value) leftOver.push(p);
  }
  return { fields, leftOver };
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
export function pasteFountain(editor: ScreenplayEditor, text: string): boolean {
  const pasted = pastedScript(text);
  if (!pasted) return false;
  const blocks = pasted.blocks ?? [];
  if (pasted.titlePage.length > 0) {
    // The script's title page takes the fields; what it cannot take (or no host to take it) stays as a note.
    const leftOver = editor.pasteTitlePage ? editor.pasteTitlePage(pasted.titlePage) : pasted.titlePage;
    if (leftOver.length > 0) blocks.unshift({ type: 'note', id: newElementId(), children: [{ text: leftOver.map((f) => `${f.key}: ${f.value}`).join('\n') }] });
  }
  if (blocks.length > 0) insertBlocks(editor, blocks);
  return true;
}
