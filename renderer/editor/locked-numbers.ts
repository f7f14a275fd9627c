/**
 * withLockedNumbers(editor): while the script's scene numbers are locked, a heading that appears
 * (typed, pasted, changed into one) gets the A/B number its place calls for (12A after 12), and a
 * numbered scene heading that disappears (deleted, merged away, changed into another type) comes
 * back as an "OMITTED" heading keeping its number — the rules are the pure ones in
 * shared/screenplay/scene-numbers. Everything happens inside the edit's own normalisation, so it
 * is one undo step with the edit. Undo and redo are left alone (their inverse operations already
 * restore the numbers), and so is an empty heading or an OMITTED one: deleting those is the
 * writer's explicit choice, not a lost scene.
 */
import { Editor, Element, Node, Transforms, type Operation, type Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { newElementId } from '../../shared/screenplay/ids.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { lockedNumberBetween } from '../../shared/screenplay/scene-numbers/assign.ts';
import { isOmittedHeading, lockSceneNumbers, omittedIndex, OMITTED_TEXT, unlockSceneNumbers } from '../../shared/screenplay/scene-numbers/lock.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

const pending = new WeakMap<Editor, string[]>();
/** Ids of numbered headings just inserted (a paste, a move): their number must not be one the script already has. */
const arrived = new WeakMap<Editor, Set<string>>();
/** Numbered headings whose text this same edit removed (a deleted range empties a block before removing it). */
const emptiedNow = new WeakMap<Editor, Set<string>>();

const isTypeChangeAway = (type: ScriptBlock['type'] | undefined) => type !== undefined && type !== 'scene_heading';

/** The number a scene heading block that vanishes with this operation took with it, if it is one to keep. */
function lostNumber(editor: Editor, op: Operation): string | undefined {
  let block: ScriptBlock | undefined;
  if (op.type === 'remove_node' && op.path.length === 1) block = op.node as ScriptBlock;
  else if (op.type === 'merge_node' && op.path.length === 1) block = Node.get(editor, op.path) as ScriptBlock;
  else if (op.type === 'set_node' && op.path.length === 1 && isTypeChangeAway((op.newProperties as Partial<ScriptBlock>).type)) {
    const node = Node.get(editor, op.path) as ScriptBlock;
    if (node.type === 'scene_heading') block = node;
  }
  if (!block || block.type !== 'scene_heading' || !block.sceneNumber) return undefined;
  const text = Node.string(block);
  if ((text.trim() === '' && !emptiedNow.get(editor)?.has(block.sceneNumber)) || isOmittedHeading({ type: block.type, text, sceneNumber: block.sceneNumber })) return undefined;
  return block.sceneNumber;
}

function headingNumbers(editor: Editor): Set<string> {
  const used = new Set<string>();
  for (const b of editor.children as ScriptBlock[]) if (b.type === 'scene_heading' && b.sceneNumber) used.add(b.sceneNumber);
  return used;
}

function numberTakenElsewhere(editor: Editor, at: number, number: string): boolean {
  return (editor.children as ScriptBlock[]).some((b, i) => i !== at && b.type === 'scene_heading' && b.sceneNumber === number);
}

function nearestNumber(editor: Editor, from: number, step: 1 | -1): string | undefined {
  const blocks = editor.children as ScriptBlock[];
  for (let i = from + step; i >= 0 && i < blocks.length; i += step) {
    const b = blocks[i];
    if (b.type === 'scene_heading' && b.sceneNumber) return b.sceneNumber;
  }
  return undefined;
}

export function withLockedNumbers<T extends ScreenplayEditor>(editor: T): T {
  const { apply, normalizeNode } = editor;

  editor.apply = (op) => {
    if (editor.lockedSceneNumbers && HistoryEditor.isSaving(editor) !== false) {
      const lost = lostNumber(editor, op);
      if (lost) pending.set(editor, [...(pending.get(editor) ?? []), lost]);
      if (op.type === 'insert_node' && op.path.length === 1) {
        const b = op.node as ScriptBlock;
        if (b.type === 'scene_heading' && b.sceneNumber) arrived.set(editor, (arrived.get(editor) ?? new Set<string>()).add(b.id));
      }
      if (op.type === 'remove_text' && op.path.length === 2) {
        const b = Node.get(editor, [op.path[0]]) as ScriptBlock;
        if (b.type === 'scene_heading' && b.sceneNumber && Node.string(b).trim() !== '') {
          const set = emptiedNow.get(editor) ?? new Set<string>();
          set.add(b.sceneNumber);
          emptiedNow.set(editor, set);
        }
      }
    }
    apply(op);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (!editor.lockedSceneNumbers) return normalizeNode(entry, options);
    if (Editor.isEditor(node)) {
      emptiedNow.delete(editor);
      const lost = pending.get(editor);
      if (lost?.length) {
        pending.delete(editor);
        const used = headingNumbers(editor);
        const gone = lost.filter((n) => !used.has(n)); // not those that came back (moved, or the merge kept them)
        for (const number of gone) {
          const at = omittedIndex(editor.children as ScriptBlock[], number);
          const omitted: ScriptBlock = { type: 'scene_heading', id: newElementId(), sceneNumber: number, children: [{ text: OMITTED_TEXT }] };
          Transforms.insertNodes(editor, omitted, { at: [at], select: false });
        }
        if (gone.length) return;
      }
    } else if (Element.isElement(node) && path.length === 1) {
      const block = node as ScriptBlock;
      if (block.type === 'scene_heading') {
        // A split copies the number to the new half: the later block is the new scene.
        const before = nearestNumber(editor, path[0], -1);
        const checkAll = arrived.get(editor)?.delete(block.id) === true;
        if (!block.sceneNumber || block.sceneNumber === before || (checkAll && numberTakenElsewhere(editor, path[0], block.sceneNumber))) {
          const used = headingNumbers(editor);
          if (block.sceneNumber) used.add(block.sceneNumber);
          Transforms.setNodes(editor, { sceneNumber: lockedNumberBetween(before, nearestNumber(editor, path[0], 1), used) }, { at: path });
          return;
        }
      } else if (block.sceneNumber !== undefined) {
        Transforms.unsetNodes(editor, 'sceneNumber', { at: path as Path });
        return;
      }
    }
    normalizeNode(entry, options);
  };

  return editor;
}

/**
 * Locks or unlocks the numbers of the script in the editor: headings are changed in place (same
 * ids, so review comments stay put; OMITTED placeholders go on unlocking) and the undo history
 * starts again — locking is a production step, not an edit to take back with Ctrl+Z.
 */
export function setNumbersLocked(editor: ScreenplayEditor, locked: boolean, read: () => Screenplay): void {
  const now = read();
  const next = locked ? lockSceneNumbers(now) : unlockSceneNumbers(now);
  editor.lockedSceneNumbers = false; // the changes below are not edits to guard
  Editor.withoutNormalizing(editor, () => {
    if (locked) {
      next.elements.forEach((el, i) => {
        if (el.sceneNumber !== now.elements[i].sceneNumber) Transforms.setNodes(editor, { sceneNumber: el.sceneNumber }, { at: [i] });
      });
      return;
    }
    for (let i = now.elements.length - 1; i >= 0; i--) {
      const el = now.elements[i];
      if (isOmittedHeading(el) && editor.children.length > 1) Transforms.removeNodes(editor, { at: [i] });
      else if (el.sceneNumber !== undefined) Transforms.unsetNodes(editor, 'sceneNumber', { at: [i] });
    }
  });
  editor.lockedSceneNumbers = locked;
  editor.history = { undos: [], redos: [] };
}
