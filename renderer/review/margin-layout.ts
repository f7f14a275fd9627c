/**
 * Where each card goes in the comments margin: as close to the top of its block as it can be
 * without overlapping the card above it (document order, like a word processor's margin). Cards
 * whose block is not on screen follow the placed ones, in their given order.
 */
export interface MarginItem {
  key: string;
  /** Top of the anchored block relative to the margin, or null when the block is not found. */
  anchorTop: number | null;
  height: number;
}

export function layoutMargin(items: readonly MarginItem[], startAt: number, gap = 8): Map<string, number> {
  const ordered = items
    .map((item, order) => ({ item, order, at: item.anchorTop ?? Number.POSITIVE_INFINITY }))
    // Stable: cards on the same block keep their given order.
    .sort((a, b) => a.at - b.at || a.order - b.order);
  const tops = new Map<string, number>();
  let cursor = startAt;
  for (const { item, at } of ordered) {
    const top = Math.max(Number.isFinite(at) ? at : cursor, cursor);
    tops.set(item.key, top);
    cursor = top + item.height + gap;
  }
  return tops;
}
