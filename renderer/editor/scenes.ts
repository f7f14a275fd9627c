/** Scenes as ranges of blocks: for the navigator, jumping and drag-to-reorder. */
import type { Editor } from 'slate';
import { moveCards, stepTarget } from '../../shared/screenplay/outline/move.ts';
import { applyOrder } from '../cards/apply-order.ts';
import { outlineOfBlocks } from '../cards/outline-of.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

export interface SceneInfo {
  index: number;
  /** Block index of the heading. */
  start: number;
  /** Block index after the scene's last block. */
  end: number;
  heading: string;
  id: string;
  number?: string;
}

export function listScenes(blocks: readonly ScriptBlock[]): SceneInfo[] {
  const scenes: SceneInfo[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== 'scene_heading') return;
    const last = scenes[scenes.length - 1];
    if (last) last.end = i;
    scenes.push({
      index: scenes.length,
      start: i,
      end: blocks.length,
      heading: b.children.map((c) => c.text).join(''),
      id: b.id,
      number: b.sceneNumber,
    });
  });
  return scenes;
}

/**
 * Whether two scene lists show the same: the same scenes, headings, numbers and places. The
 * scene list keeps its old list then, so a layout after typing inside a scene re-renders none of
 * its rows (and does not measure them again).
 */
export function sameScenes(a: readonly SceneInfo[], b: readonly SceneInfo[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.heading !== y.heading || x.number !== y.number || x.index !== y.index) return false;
  }
  return true;
}

/**
 * The place (scene index) of the scene whose heading has id `id` in the blocks as they are now,
 * or -1. The scene list is re-read only after a layout's idle pause, so a second reorder chord
 * pressed before that reads its scene's place here rather than from the list's stale index
 * (which by then names the neighbour it was swapped with).
 */
export function sceneIndexOf(blocks: readonly ScriptBlock[], id: string): number {
  let index = 0;
  for (const b of blocks) {
    if (b.type !== 'scene_heading') continue;
    if (b.id === id) return index;
    index++;
  }
  return -1;
}

/**
 * The id of the heading of the scene holding block `at` (the nearest heading at or before it);
 * null before the first heading. Walks back from the caret's block, so a keystroke costs the
 * length of one scene, never a pass over the script.
 */
export function sceneHeadingAt(blocks: readonly ScriptBlock[], at: number): string | null {
  for (let i = Math.min(at, blocks.length - 1); i >= 0; i--) {
    if (blocks[i].type === 'scene_heading') return blocks[i].id;
  }
  return null;
}

/**
 * Moves scene `from` so it stands before scene `to` (or at the end when `to` equals the scene
 * count). A scene is its heading up to the next heading or section (shared/screenplay/outline):
 * the section elements between scenes stay where they are, so an act never travels with the
 * scene above it. One history step: undo puts it back.
 */
export function moveScene(editor: Editor, from: number, to: number): void {
  const blocks = editor.children as ScriptBlock[];
  const outline = outlineOfBlocks(blocks);
  if (!outline.cards[from] || from === to || to === from + 1) return;
  const target = to >= outline.cards.length ? blocks.length : outline.cards[to].start;
  const order = moveCards(outline, blocks.length, [from], target);
  if (order) applyOrder(editor as ScreenplayEditor, order);
}

/**
 * The reorder chord on scene `index`: one place up or down by the index cards' walk, which also
 * steps a scene out of its section into the neighbouring one (the last place of the one above,
 * the first of the one below). False at either end.
 */
export function stepScene(editor: Editor, index: number, direction: 'up' | 'down'): boolean {
  const blocks = editor.children as ScriptBlock[];
  const outline = outlineOfBlocks(blocks);
  const target = stepTarget(outline, blocks.length, index, direction);
  const order = target === null ? null : moveCards(outline, blocks.length, [index], target);
  if (!order) return false;
  applyOrder(editor as ScreenplayEditor, order);
  return true;
}
