/**
 * Which cards are selected, by block id (ids survive moves and undo, indices do not). Pure, so
 * Node tests drive it: a click picks one card, Ctrl/Cmd+click toggles one, Shift+click and
 * Shift+arrows take the range from the anchor (the last card picked alone or toggled).
 */
export interface CardSelection {
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const NO_SELECTION: CardSelection = { ids: new Set(), anchor: null };

/** The cards from `a` to `b` (either way round) in `order`, the visible cards in script order. */
function range(order: readonly string[], a: string, b: string): Set<string> {
  const i = order.indexOf(a);
  const j = order.indexOf(b);
  if (i < 0 || j < 0) return new Set([b]);
  return new Set(order.slice(Math.min(i, j), Math.max(i, j) + 1));
}

export function clickSelect(sel: CardSelection, order: readonly string[], id: string, mods: { toggle: boolean; range: boolean }): CardSelection {
  if (mods.range && sel.anchor) {
    const ids = range(order, sel.anchor, id);
    // Ctrl/Cmd+Shift+click adds the range to what is already picked.
    return { ids: mods.toggle ? new Set([...sel.ids, ...ids]) : ids, anchor: sel.anchor };
  }
  if (mods.toggle) {
    const ids = new Set(sel.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  return { ids: new Set([id]), anchor: id };
}

/** Shift+arrow from card `from`: the focus goes to its neighbour and the range runs from the anchor to it. */
export function extendSelect(sel: CardSelection, order: readonly string[], from: string, step: -1 | 1): { selection: CardSelection; focus: string } {
  const at = order.indexOf(from);
  const to = order[Math.min(order.length - 1, Math.max(0, at + step))] ?? from;
  const anchor = sel.anchor && order.includes(sel.anchor) ? sel.anchor : from;
  return { selection: { ids: range(order, anchor, to), anchor }, focus: to };
}

export function selectAll(order: readonly string[], focus: string | null): CardSelection {
  return { ids: new Set(order), anchor: focus ?? order[0] ?? null };
}

/** What the chord or a drag moves from card `id`: the selection when the card is in it, else the card alone. */
export function movingIds(sel: CardSelection, id: string): string[] {
  return sel.ids.has(id) ? [...sel.ids] : [id];
}

/** The selection without ids that are no longer shown (a scene deleted, a section collapsed over it). */
export function keepShown(sel: CardSelection, order: readonly string[]): CardSelection {
  const shown = new Set(order);
  if ([...sel.ids].every((id) => shown.has(id)) && (!sel.anchor || shown.has(sel.anchor))) return sel;
  return { ids: new Set([...sel.ids].filter((id) => shown.has(id))), anchor: sel.anchor && shown.has(sel.anchor) ? sel.anchor : null };
}
