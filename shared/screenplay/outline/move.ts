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

/**
 * Where the chord takes a block of cards (a selection, moved as one block in script order): one
 * step past the neighbour of its first card (up) or of its last (down), by the same walk as one
 * card. A scattered selection that can step no further gathers at its edge card; a block already
 * together there does nothing (null).
 */
export function blockStepTarget(outline: Outline, count: number, cards: readonly number[], direction: 'up' | 'down'): number | null {
  const sorted = [...new Set(cards)].filter((i) => outline.cards[i]).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const edge = direction === 'up' ? sorted[0] : sorted[sorted.length - 1];
  const step = stepTarget(outline, count, edge, direction);
  if (step !== null) return step;
  const target = direction === 'up' ? outline.cards[edge].start : outline.cards[edge].end;
  return moveCards(outline, count, sorted, target) ? target : null;
}

/** The section whose extent holds element `at` most closely (deepest), or -1. */
function sectionAt(outline: Outline, at: number): number {
  return outline.sections.findLast((s) => s.start <= at && at < s.end)?.index ?? -1;
}

/**
 * Where a section goes "into" section `into`: after the scenes that stand in it directly and
 * before its first nested section, so those scenes are not swept into the moved one (a section
 * runs on to the next of its depth or shallower, taking whatever follows it).
 */
function insideTarget(outline: Outline, into: number): number {
  const host = outline.sections[into];
  return outline.sections.find((s) => s.parent === into)?.start ?? host.end;
}

/**
 * Where the chord takes a section with everything under it: past its neighbouring section under
 * the same parent (an act past an act, a sequence past a sequence), or — first or last under its
 * parent — out of the parent into the one before (its end) or after (before its own nested
 * sections). Null at either end of the script, and for the first section when unsectioned scenes
 * stand before it (moving above them would take them in).
 */
export function sectionStepTarget(outline: Outline, count: number, section: number, direction: 'up' | 'down'): number | null {
  const s = outline.sections[section];
  if (!s) return null;
  if (direction === 'up') {
    const prev = outline.sections.find((p) => p.index !== s.index && p.parent === s.parent && p.end === s.start);
    if (prev) return prev.start;
    return s.parent >= 0 ? outline.sections[s.parent].start : null;
  }
  const next = outline.sections.find((n) => n.parent === s.parent && n.start === s.end);
  if (next) return next.end;
  if (s.end >= count) return null;
  const after = sectionAt(outline, s.end);
  return after >= 0 ? insideTarget(outline, after) : null;
}

/**
 * Where section `dragged` lands when dropped on the header of section `onto`: into `onto` when
 * that one is shallower (an act takes a sequence, before its own sequences); otherwise beside the
 * section at the dragged one's depth that holds `onto` — before it when it stands above, after it
 * when below — so dropping an act never splits another act. Null when `onto` is inside the
 * dragged section itself.
 */
export function sectionDropTarget(outline: Outline, dragged: number, onto: number): number | null {
  const d = outline.sections[dragged];
  let o = outline.sections[onto];
  if (!d || !o || o.index === d.index) return null;
  if (o.start > d.start && o.start < d.end) return null;
  if (o.depth < d.depth) return insideTarget(outline, o.index);
  while (o.depth > d.depth && o.parent >= 0 && outline.sections[o.parent].depth >= d.depth) o = outline.sections[o.parent];
  if (o.start > d.start && o.start < d.end) return null;
  return o.start < d.start ? o.start : o.end;
}

/** Cards and sections that a collapsed section hides (everything inside its extent). */
export function hiddenByCollapse(outline: Outline, collapsed: ReadonlySet<number>): { cards: Set<number>; sections: Set<number> } {
  const spans = [...collapsed].map((i) => outline.sections[i]).filter(Boolean);
  const inside = (at: number) => spans.some((s) => at > s.start && at < s.end);
  return {
    cards: new Set(outline.cards.filter((c) => inside(c.start)).map((c) => c.index)),
    sections: new Set(outline.sections.filter((s) => inside(s.start)).map((s) => s.index)),
  };
}

/** How many scenes a section holds, nested sections included. */
export function scenesIn(outline: Outline, section: number): number {
  const s = outline.sections[section];
  return s ? outline.cards.filter((c) => c.start > s.start && c.start < s.end).length : 0;
}
