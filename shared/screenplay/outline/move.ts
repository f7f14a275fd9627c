/**
 * Reordering the outline as a new order of element indices: a scene moves with all its
 * elements, a section with everything in its extent. The editor applies the order as node moves
 * in one history step (renderer/cards/apply-order.ts); a test can compare orders directly.
 */
import type { Outline } from './outline.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * The order after moving `spans` (element ranges, any order, not overlapping) so they stand,
 * in script order, just before element `target` (`count` for the end). Returns null when
 * nothing would change or `target` lies inside a moved span.
 */
export function moveSpans(count: number, spans: readonly Span[], target: number): number[] | null {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  if (sorted.length === 0 || target < 0 || target > count) return null;
  if (sorted.some((s) => target > s.start && target < s.end)) return null;
  const moving = new Set<number>();
  for (const s of sorted) for (let i = s.start; i < s.end; i++) moving.add(i);
  const moved = [...moving].sort((a, b) => a - b);
  const order: number[] = [];
  for (let i = 0; i <= count; i++) {
    if (i === target) order.push(...moved);
    if (i < count && !moving.has(i)) order.push(i);
  }
  return order.every((v, i) => v === i) ? null : order;
}

/**
 * Where Alt+↑ / Alt+↓ takes a card: past its neighbour, or — when a section starts between them —
 * out of its section into the neighbouring one (the last place of the one above, the first of the
 * one below), so a card walks through every position a drag could give it. Null at either end.
 */
export function stepTarget(outline: Outline, count: number, card: number, direction: 'up' | 'down'): number | null {
  const c = outline.cards[card];
  if (!c) return null;
  if (direction === 'up') {
    const prev = outline.cards[card - 1];
    const sectionAbove = outline.sections.findLast((s) => s.start < c.start);
    if (sectionAbove && (!prev || sectionAbove.start >= prev.end)) {
      // First card of its section: it goes to the end of whatever precedes the section.
      return sectionAbove.start > 0 || prev ? sectionAbove.start : null;
    }
    return prev ? prev.start : null;
  }
  const next = outline.cards[card + 1];
  const sectionBelow = outline.sections.find((s) => s.start >= c.end);
  if (sectionBelow && (!next || sectionBelow.start < next.start)) {
    // Last card of its section: it becomes the first card of the next section (after its synopsis).
    return sectionBelow.synopsisAt !== undefined ? sectionBelow.synopsisAt + 1 : sectionBelow.start + 1;
  }
  return next ? next.end : null;
}

/** The order after moving whole sections (with their scenes and nested sections) before element `target`. */
export function moveSections(outline: Outline, count: number, sections: readonly number[], target: number): number[] | null {
  return moveSpans(count, sections.map((i) => outline.sections[i]).filter(Boolean), target);
}

/** The order after moving cards before element `target`. */
export function moveCards(outline: Outline, count: number, cards: readonly number[], target: number): number[] | null {
  return moveSpans(count, cards.map((i) => outline.cards[i]).filter(Boolean), target);
}
