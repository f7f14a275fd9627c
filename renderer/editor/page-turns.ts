/**
 * Pages that start inside a block (page-marks.ts) reach the text through Slate's decorations: the
 * text leaf where the new page begins carries its `pageTurn`, and the leaf draws the page turn
 * before its first character (PageTurnMark.tsx) as a non-editable mark. Slate re-renders only the
 * texts whose decorations changed, so a layout that moves one turn repaints one leaf.
 * The range runs from the turn to the end of the text node, so another decoration inside it (a
 * misspelling after the turn) splits it into several leaves that all carry the turn: each range
 * also says where in the node the turn is (`pageTurnAt`), and only the leaf starting there draws it.
 */
import { Text, type BaseRange, type NodeEntry } from 'slate';
import type { PageTurn } from './page-marks.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';

export type TurnRange = BaseRange & { pageTurn: PageTurn; pageTurnAt: number };

const NONE: TurnRange[] = [];

/** A `decorate` for the Editable: each turn becomes a range from its offset to the end of the text node holding it. */
export function decorateTurns(editor: ScreenplayEditor, turns: Map<string, PageTurn[]>): (entry: NodeEntry) => TurnRange[] {
  if (turns.size === 0) return () => NONE;
  return ([node, path]) => {
    if (!Text.isText(node) || path.length !== 2) return NONE;
    const block = editor.children[path[0]] as ScriptBlock | undefined;
    const list = block && turns.get(block.id);
    if (!list) return NONE;
    let start = 0;
    for (let i = 0; i < path[1]; i++) start += block.children[i]?.text.length ?? 0;
    const end = start + node.text.length;
    const out: TurnRange[] = [];
    // Ascending offsets: where two turns fall in one text node, the later range's turn wins on the overlap.
    for (const turn of list) {
      if (turn.offset < start || turn.offset >= end) continue;
      out.push({ anchor: { path, offset: turn.offset - start }, focus: { path, offset: node.text.length }, pageTurn: turn, pageTurnAt: turn.offset - start });
    }
    return out.length ? out : NONE;
  };
}
