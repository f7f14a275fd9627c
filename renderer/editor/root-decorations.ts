/**
 * The page view's decorations (page turns inside blocks, spelling marks) handed to Slate at the
 * editor's root instead of text by text. Why: Slate calls `decorate` for every element and text
 * of the script whenever the function given to the Editable changes — ~6,000 calls for a
 * 120-page script, 60–120 ms in one task under 4× CPU throttling, after every layout that moved a
 * page turn and every spelling answer. Ranges returned for the root are split by Slate among the
 * blocks, and only the blocks whose share changed re-render (slate-react's childrenToRedecorate).
 * So the Editable's `decorate` stays the same function for the editor's life; it reads the newest
 * turns and spelling results when the Editable renders (on each keystroke, and when the editor
 * passes a new `redecorate` token after a layout or an answer), and visits only the blocks that
 * have something to draw. The ranges are exactly those the per-text decorate gives, in its order.
 */
import type { NodeEntry, Range } from 'slate';
import type { ScriptBlock } from './types.ts';

type Decorator = (entry: NodeEntry) => Range[];

/**
 * Block ids → their index in the script, kept across renders and rebuilt when blocks move; and
 * each decorated block's ranges, kept while the block, its index and the decorator are the same
 * (a keystroke changes one block: the others' ranges are reused, not recomputed).
 */
export class BlockIndex {
  private at = new Map<string, number>();
  private builtFor: readonly ScriptBlock[] | null = null;
  private ranges = new WeakMap<ScriptBlock, { index: number; decorateText: Decorator; ranges: Range[] }>();

  rangesOf(block: ScriptBlock, index: number, decorateText: Decorator): Range[] {
    const kept = this.ranges.get(block);
    if (kept && kept.index === index && kept.decorateText === decorateText) return kept.ranges;
    const ranges: Range[] = [];
    for (let j = 0; j < block.children.length; j++) for (const range of decorateText([block.children[j], [index, j]])) ranges.push(range);
    this.ranges.set(block, { index, decorateText, ranges });
    return ranges;
  }

  indexOf(blocks: readonly ScriptBlock[], id: string): number {
    const i = this.at.get(id);
    if (i !== undefined && blocks[i]?.id === id) return i;
    // Once per version of the script at most: an id that is gone (a block deleted since the
    // last layout) must not cost a scan on every call.
    if (this.builtFor === blocks) return -1;
    this.builtFor = blocks;
    this.at = new Map(blocks.map((b, k) => [b.id, k]));
    return this.at.get(id) ?? -1;
  }
}

/**
 * The decorations of the blocks named in `ids`, as `decorateText` gives them text by text
 * (`decorateText` sees each text node with its path, as Slate would pass it).
 * A new array each call: Slate appends its own placeholder marks to what the root's decorate returns.
 */
export function decorationsAtRoot(blocks: readonly ScriptBlock[], ids: Iterable<string>, index: BlockIndex, decorateText: Decorator): Range[] {
  const found: number[] = [];
  for (const id of ids) {
    const i = index.indexOf(blocks, id);
    if (i >= 0) found.push(i);
  }
  // In document order, as Slate's own walk would produce them.
  found.sort((a, b) => a - b);
  const out: Range[] = [];
  for (const i of found) for (const range of index.rangesOf(blocks[i], i, decorateText)) out.push(range);
  return out;
}
