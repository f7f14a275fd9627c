/**
 * withScreenplay(editor): the screenplay behaviour of the Slate editor — element flow on Enter,
 * capitals for headings/cues/transitions/shots as they are typed, automatic parentheses, INT./EXT.
 * detection, and normalisation that keeps every block a known type with a unique id.
 */
import { Editor, Element, Node, Path, Range, Transforms, type NodeEntry } from 'slate';
import { newElementId } from '../../shared/screenplay/ids.ts';
import { UPPERCASE_TYPES } from '../../shared/screenplay/layout/profiles.ts';
import { ELEMENT_TYPES, type ElementType } from '../../shared/screenplay/model.ts';
import { nextOnEnter, SCENE_START } from './flow.ts';
import { pasteFountain } from './paste.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

const KNOWN = new Set<string>(ELEMENT_TYPES);

export function currentBlock(editor: Editor): NodeEntry<ScriptBlock> | undefined {
  if (!editor.selection) return undefined;
  return Editor.above(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n), mode: 'lowest' }) as
    | NodeEntry<ScriptBlock>
    | undefined;
}

export function newBlock(type: ElementType, text = ''): ScriptBlock {
  return { type, id: newElementId(), children: [{ text }] };
}

function isWrapped(text: string): boolean {
  return text.startsWith('(') && text.endsWith(')');
}

/**
 * Changes a block's type, adjusting its text the way a writer expects: capitals for cue-like
 * types, parentheses added to (or removed from) a parenthetical, caret inside empty "()".
 */
export function setBlockType(editor: Editor, path: Path, type: ElementType): void {
  const block = Node.get(editor, path) as ScriptBlock;
  if (block.type === type) return;
  Editor.withoutNormalizing(editor, () => {
    const text = Node.string(block);
    Transforms.setNodes(editor, { type }, { at: path });
    if (type === 'parenthetical' && !isWrapped(text)) {
      Transforms.insertText(editor, `(${text.trim()})`, { at: Editor.range(editor, path) });
      Transforms.select(editor, { path: [...path, 0], offset: text.trim().length + 1 });
    } else if (block.type === 'parenthetical' && isWrapped(text)) {
      Transforms.insertText(editor, text.slice(1, -1), { at: Editor.range(editor, path) });
      Transforms.select(editor, Editor.end(editor, path));
    } else if (UPPERCASE_TYPES.has(type) && text !== text.toUpperCase()) {
      const before = block.children.map((leaf) => leaf.text);
      upperCaseBlock(editor, path);
      casedByType.set(editor, { id: block.id, before, after: (Node.get(editor, path) as ScriptBlock).children.map((l) => l.text) });
    } else if (UPPERCASE_TYPES.has(block.type) && !UPPERCASE_TYPES.has(type)) {
      restoreCase(editor, path, block);
    }
  });
}

/**
 * The text a block had before a type change upper-cased it, so Ctrl+1 then Ctrl+2 (heading, then
 * action) gives the writer's own letters back. Only while the block is unchanged since: once the
 * writer edits it, the capitals are theirs.
 */
const casedByType = new WeakMap<Editor, { id: string; before: string[]; after: string[] }>();

function restoreCase(editor: Editor, path: Path, block: ScriptBlock): void {
  const remembered = casedByType.get(editor);
  casedByType.delete(editor);
  const now = block.children.map((leaf) => leaf.text);
  if (!remembered || remembered.id !== block.id || now.length !== remembered.after.length || now.some((t, i) => t !== remembered.after[i])) return;
  const sel = editor.selection;
  remembered.before.forEach((text, i) => {
    if (text !== now[i]) Transforms.insertText(editor, text, { at: Editor.range(editor, [...path, i]) });
  });
  if (sel) Transforms.select(editor, sel);
}

function upperCaseBlock(editor: Editor, path: Path): void {
  const block = Node.get(editor, path) as ScriptBlock;
  block.children.forEach((leaf, i) => {
    const upper = leaf.text.toUpperCase();
    // Only same-length case changes keep offsets (and so the caret) valid; others are left alone.
    if (upper !== leaf.text && upper.length === leaf.text.length) {
      const sel = editor.selection;
      Transforms.insertText(editor, upper, { at: Editor.range(editor, [...path, i]) });
      if (sel) Transforms.select(editor, sel);
    }
  });
}

/**
 * A heading whose location suggestion was accepted already ends in the separator " - "; a writer
 * who types " - " out of habit would get "WARUNG KOPI -  - SORE". While the caret sits right after
 * that separator at the end, a typed space or dash is taken as already there.
 */
function typesSeparatorAgain(editor: Editor, block: ScriptBlock, path: Path, typed: string): boolean {
  if (typed !== ' ' && typed !== '-') return false;
  const sel = editor.selection;
  if (!sel || !Range.isCollapsed(sel) || !Editor.isEnd(editor, sel.anchor, path)) return false;
  return /\S - $/.test(Node.string(block));
}

/** Inserts a new block after `path` and puts the caret in it (inside "()" for a parenthetical). */
export function insertBlockAfter(editor: Editor, path: Path, type: ElementType): void {
  const at = Path.next(path);
  Transforms.insertNodes(editor, newBlock(type, type === 'parenthetical' ? '()' : ''), { at });
  Transforms.select(editor, { path: [...at, 0], offset: type === 'parenthetical' ? 1 : 0 });
}

export function withScreenplay<T extends ScreenplayEditor>(editor: T): T {
  const { insertBreak, insertText, normalizeNode, insertData, insertFragment } = editor;

  // Paste: Slate's own fragments (copied inside the editor) keep their structure; plain text of
  // several lines is read as Fountain (paste.ts); a single line is typed into the current block.
  editor.insertData = (data) => {
    const ownFragment = data.getData('application/x-slate-fragment') || /data-slate-fragment/.test(data.getData('text/html'));
    const text = data.getData('text/plain');
    if (!ownFragment && text && pasteFountain(editor, text)) return;
    if (insertData) insertData(data);
    else if (text) editor.insertText(text); // no DOM host (Node tests): what slate-dom does for one line
  };

  // A copied block keeps its id in the clipboard; pasted back it would duplicate an id the
  // review anchors rely on, so every pasted block gets a fresh one.
  editor.insertFragment = (fragment, options) =>
    insertFragment(fragment.map((n) => (Element.isElement(n) ? { ...n, id: newElementId() } : n)), options);

  editor.insertBreak = () => {
    const entry = currentBlock(editor);
    if (!entry || !editor.selection) return insertBreak();
    if (Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const [block, path] = entry;
    const text = Node.string(block);
    // Enter on an empty element other than action turns it back into action (Final Draft).
    if (text === '' && block.type !== 'action') return setBlockType(editor, path, 'action');
    const end = Editor.end(editor, path);
    const atEnd =
      Editor.isEnd(editor, editor.selection.anchor, path) ||
      (block.type === 'parenthetical' && text.endsWith(')') && editor.selection.anchor.offset >= text.length - 1 &&
        Path.equals(editor.selection.anchor.path, end.path));
    if (atEnd) return insertBlockAfter(editor, path, nextOnEnter(block.type, editor.afterDialogue));
    if (Editor.isStart(editor, editor.selection.anchor, path)) {
      // Enter at the start pushes the element down, leaving an empty one of the same type above.
      Transforms.insertNodes(editor, newBlock(block.type), { at: path });
      return;
    }
    Transforms.splitNodes(editor, { always: true });
  };

  editor.insertSoftBreak = () => insertText('\n');

  editor.insertText = (text) => {
    const entry = currentBlock(editor);
    if (!entry) return insertText(text);
    const [block, path] = entry;
    if (block.type === 'scene_heading' && typesSeparatorAgain(editor, block, path, text)) return;
    if (UPPERCASE_TYPES.has(block.type)) return insertText(text.toUpperCase());
    if (block.type === 'parenthetical' && Node.string(block) === '') {
      insertText(`(${text})`);
      Transforms.move(editor, { distance: 1, reverse: true });
      return;
    }
    insertText(text);
    if (block.type === 'action') {
      const now = Node.string(Node.get(editor, path));
      if (!now.includes('\n') && SCENE_START.test(now) && now.length <= 8) setBlockType(editor, path, 'scene_heading');
    }
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Editor.isEditor(node)) {
      if (node.children.length === 0) {
        Transforms.insertNodes(editor, newBlock('scene_heading'), { at: [0] });
        return;
      }
    } else if (Element.isElement(node) && path.length === 1) {
      const block = node as ScriptBlock;
      if (!KNOWN.has(block.type)) {
        Transforms.setNodes(editor, { type: 'action' }, { at: path });
        return;
      }
      const prev = path[0] > 0 ? (Node.get(editor, [path[0] - 1]) as ScriptBlock) : undefined;
      if (!block.id || prev?.id === block.id) {
        // A split copies the id to the new half: the later block gets a fresh one.
        Transforms.setNodes(editor, { id: newElementId() }, { at: path });
        return;
      }
      // Blocks hold text only: unwrap anything nested (e.g. from a paste).
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return;
        }
      }
      if (UPPERCASE_TYPES.has(block.type)) {
        const text = Node.string(block);
        const upper = text.toUpperCase();
        if (upper !== text && upper.length === text.length) {
          upperCaseBlock(editor, path);
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };

  return editor;
}
