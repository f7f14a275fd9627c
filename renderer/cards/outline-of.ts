/** The outline of the editor's blocks (the shared outline reads plain elements; blocks hold text in runs). */
import { buildOutline, type Outline, type OutlineElement } from '../../shared/screenplay/outline/outline.ts';
import type { ScriptBlock } from '../editor/types.ts';

export function outlineOfBlocks(blocks: readonly ScriptBlock[]): Outline {
  const elements: OutlineElement[] = blocks.map((b) => ({ type: b.type, text: b.children.map((c) => c.text).join(''), depth: b.depth, sceneNumber: b.sceneNumber }));
  return buildOutline(elements);
}
