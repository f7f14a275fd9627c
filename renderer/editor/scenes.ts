/** Scenes as ranges of blocks: for the navigator, jumping and drag-to-reorder. */
import { Editor, Transforms } from 'slate';
import type { ScriptBlock } from './types.ts';

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
 * count). One history step: undo puts it back.
 */
export function moveScene(editor: Editor, from: number, to: number): void {
  const scenes = listScenes(editor.children as ScriptBlock[]);
  const src = scenes[from];
  if (!src || from === to || to === from + 1) return;
  const target = to >= scenes.length ? editor.children.length : scenes[to].start;
  const count = src.end - src.start;
  Editor.withoutNormalizing(editor, () => {
    for (let k = 0; k < count; k++) {
      if (target > src.start) Transforms.moveNodes(editor, { at: [src.start], to: [target - 1] });
      else Transforms.moveNodes(editor, { at: [src.start + k], to: [target + k] });
    }
  });
}
