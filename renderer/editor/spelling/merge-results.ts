/**
 * Takes the worker's answer into the editor's results and says whether the page must be
 * re-decorated. Re-decorating is not cheap: Slate runs the decorate of every text of the script
 * (a 120-page script: ~6,000 of them, 70–90 ms in one task under 4× CPU throttling), so it is
 * asked for only when an underline would actually appear, move or go. The common answer while
 * writing changes nothing on screen: blocks not edited since the last answer come back with the
 * same ranges, and the block being typed in has moved on from the text that was checked (decorate.ts
 * shows no result for older text). Such a result is still kept: once the block is edited it
 * re-renders and its decorate reads the newest result.
 */
import type { CheckedBlock } from './protocol.ts';

const NONE: ReadonlyArray<[number, number]> = [];

/** What decorate.ts would underline in a block whose text is now `current`. */
function shown(result: CheckedBlock | undefined, current: string | undefined): ReadonlyArray<[number, number]> {
  return result && current !== undefined && result.text === current ? result.ranges : NONE;
}

function sameRanges(a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

/**
 * Stores `incoming` in `results`; true when some block's underlines change on screen.
 * `textOf(id)`: the block's text now (undefined: the block is gone).
 */
export function mergeResults(results: Map<string, CheckedBlock>, incoming: readonly CheckedBlock[], textOf: (id: string) => string | undefined): boolean {
  let changed = false;
  for (const block of incoming) {
    const current = textOf(block.id);
    if (!changed && !sameRanges(shown(results.get(block.id), current), shown(block, current))) changed = true;
    results.set(block.id, block);
  }
  return changed;
}
