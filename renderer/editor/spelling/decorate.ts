/**
 * Misspelled ranges as Slate decorations: a text leaf gets the parts of its block's ranges that
 * fall inside it, marked `spell` (the Leaf wraps them in `data-spell="error"`, contract 4). A
 * block's result is used only while its text is still the text that was checked, so a word being
 * typed loses its underline at once instead of showing a stale one.
 */
import { Element, Node, Text, type BaseRange, type NodeEntry } from 'slate';
import type { CheckedBlock } from './protocol.ts';

export type SpellRange = BaseRange & { spell: true };

export function spellDecorations(root: { children: Node[] }, results: ReadonlyMap<string, CheckedBlock>, [node, path]: NodeEntry): SpellRange[] {
  if (!Text.isText(node) || path.length !== 2) return [];
  const block = root.children[path[0]];
  if (!Element.isElement(block)) return [];
  const result = results.get(block.id);
  if (!result || result.ranges.length === 0 || Node.string(block) !== result.text) return [];
  let leafStart = 0;
  for (let i = 0; i < path[1]; i++) leafStart += Node.string(block.children[i]).length;
  const leafEnd = leafStart + node.text.length;
  const out: SpellRange[] = [];
  for (const [s, e] of result.ranges) {
    const a = Math.max(s, leafStart);
    const b = Math.min(e, leafEnd);
    if (a < b) out.push({ anchor: { path, offset: a - leafStart }, focus: { path, offset: b - leafStart }, spell: true });
  }
  return out;
}
