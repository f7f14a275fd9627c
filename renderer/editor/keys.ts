/**
 * Keyboard commands as a pure function of (editor, key data), so Node tests can drive them
 * without a browser. Returns true when the key was handled (the caller then prevents default).
 */
import { Editor, Node, Path, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { MarkStyle } from '../../shared/screenplay/model.ts';
import { isMod, type ModifierFlags } from '../ui/modifier-key.ts';
import { SHORTCUT_TYPES, shiftTabTarget, tabAction } from './flow.ts';
import { isImeKey, type ImeKeyData } from './ime.ts';
import type { ScreenplayEditor } from './types.ts';
import { currentBlock, insertBlockAfter, setBlockType } from './with-screenplay.ts';

export interface KeyData extends ModifierFlags, ImeKeyData {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
}

export function toggleMark(editor: Editor, style: MarkStyle): void {
  const marks = Editor.marks(editor);
  if (marks?.[style]) Editor.removeMark(editor, style);
  else Editor.addMark(editor, style, true);
}

function handleTab(editor: ScreenplayEditor, shift: boolean): boolean {
  const entry = currentBlock(editor);
  if (!entry || !editor.selection) return true;
  const [block, path] = entry;
  const text = Node.string(block);
  if (shift) {
    const target = shiftTabTarget(block.type);
    if (target) setBlockType(editor, path, target);
    return true;
  }
  const empty = text === '' || (block.type === 'parenthetical' && (text === '()' || text === '( )'));
  const anchor = editor.selection.anchor;
  const atEnd =
    Editor.isEnd(editor, anchor, path) || (block.type === 'parenthetical' && text.endsWith(')') && anchor.offset >= text.length - 1);
  const action = tabAction(block.type, empty, atEnd);
  if (action.kind === 'convert') {
    if (block.type === 'parenthetical' && empty) Transforms.insertText(editor, '', { at: Editor.range(editor, path) });
    setBlockType(editor, path, action.to);
  } else if (action.kind === 'insert-after') {
    insertBlockAfter(editor, path, action.type);
  }
  return true;
}

/**
 * Tab belongs to the screenplay (it cycles element types), so the editor would trap keyboard users.
 * The way out (WCAG 2.1.2), as in code editors: Escape, then Tab or Shift+Tab moves focus on.
 */
const releasedTab = new WeakSet<Editor>();

/**
 * Ctrl+Home / Ctrl+End (⌘↑ / ⌘↓ on a Mac), with Shift extending the selection: the script's start
 * or end, done here rather than by the browser, whose own caret movement stops at the first
 * block it has not laid out (the off-screen chunks skip layout: content-visibility in editor.css)
 * — in a long script, at the start of the last chunk instead of the end.
 */
function scriptEdge(key: string, mac: boolean): 'start' | 'end' | null {
  if (mac) return key === 'ArrowUp' ? 'start' : key === 'ArrowDown' ? 'end' : null;
  return key === 'Home' ? 'start' : key === 'End' ? 'end' : null;
}

export function handleKey(editor: ScreenplayEditor, e: KeyData, mac = false): boolean {
  // An IME's keys (composing, or the 229 that confirms): never an editor command.
  if (isImeKey(e)) return false;
  const released = releasedTab.has(editor);
  releasedTab.delete(editor);
  if (e.key === 'Escape') {
    releasedTab.add(editor);
    return false;
  }
  if (released && e.key === 'Tab') return false;
  // Enter is handled here rather than by the browser's beforeinput: the editing host is
  // "plaintext-only" (see use-plaintext-host.ts), where Enter arrives as a line break, not a paragraph.
  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    if (e.shiftKey) Editor.insertSoftBreak(editor);
    else Editor.insertBreak(editor);
    return true;
  }
  if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) return handleTab(editor, !!e.shiftKey);
  if (!isMod(e, mac) || e.altKey) return false;
  const edge = scriptEdge(e.key, mac);
  if (edge) {
    const point = edge === 'start' ? Editor.start(editor, []) : Editor.end(editor, []);
    if (e.shiftKey && editor.selection) Transforms.select(editor, { anchor: editor.selection.anchor, focus: point });
    else Transforms.select(editor, point);
    return true;
  }
  const key = e.key.toLowerCase();
  if (SHORTCUT_TYPES[key]) {
    const entry = currentBlock(editor);
    if (entry) setBlockType(editor, entry[1], SHORTCUT_TYPES[key]);
    return true;
  }
  switch (key) {
    case 'b':
      toggleMark(editor, 'bold');
      return true;
    case 'i':
      toggleMark(editor, 'italic');
      return true;
    case 'u':
      toggleMark(editor, 'underline');
      return true;
    case 'z':
      if (e.shiftKey) HistoryEditor.redo(editor);
      else HistoryEditor.undo(editor);
      return true;
    case 'y':
      HistoryEditor.redo(editor);
      return true;
    default:
      return false;
  }
}

/** Marks the cue at the caret as the second speaker of a dual-dialogue pair (or unmarks it). */
export function toggleDual(editor: Editor): void {
  const entry = currentBlock(editor);
  if (!entry) return;
  let [block, path] = entry;
  // From a speech line, walk back to its cue.
  while (block.type !== 'character' && path[0] > 0 && (block.type === 'dialogue' || block.type === 'parenthetical')) {
    path = Path.previous(path);
    block = Node.get(editor, path) as typeof block;
  }
  if (block.type !== 'character') return;
  const dual = block.dual ? undefined : (true as const);
  Editor.withoutNormalizing(editor, () => {
    let p = path;
    for (;;) {
      Transforms.setNodes(editor, { dual }, { at: p });
      const next = Path.next(p);
      if (!Node.has(editor, next)) break;
      const n = Node.get(editor, next) as typeof block;
      if (n.type !== 'dialogue' && n.type !== 'parenthetical') break;
      p = next;
    }
  });
}
