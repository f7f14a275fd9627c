/**
 * A scene's length in eighths of a page, the unit of breakdowns and schedules: the body lines its
 * elements span on each laid-out page (first to last, blank lines between included) over the
 * page's body lines, rounded to the nearest eighth,
 * and never less than one eighth for a scene that prints at all.
 */
import type { LayoutResult } from '../layout/paginate.ts';

/** Eighths per scene, for scenes given as element ranges [start, end). */
export function sceneEighths(layout: LayoutResult, scenes: readonly { start: number; end: number }[]): number[] {
  const lines = new Array<number>(scenes.length).fill(0);
  // Scenes are in element order: a binary search finds a line's scene.
  const sceneOf = (element: number): number => {
    let lo = 0;
    let hi = scenes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (element < scenes[mid].start) hi = mid - 1;
      else if (element >= scenes[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  for (const page of layout.pages) {
    const span = new Map<number, { min: number; max: number }>();
    for (const line of page.lines) {
      const s = sceneOf(line.elementIndex);
      if (s < 0) continue;
      const seen = span.get(s);
      if (!seen) span.set(s, { min: line.y, max: line.y });
      else {
        seen.min = Math.min(seen.min, line.y);
        seen.max = Math.max(seen.max, line.y);
      }
    }
    for (const [s, { min, max }] of span) lines[s] += max - min + 1;
  }
  const perPage = layout.profile.linesPerPage;
  return lines.map((n) => (n === 0 ? 0 : Math.max(1, Math.round((n / perPage) * 8))));
}

/** "3/8", "1", "1 5/8": how a breakdown writes a length. */
export function formatEighths(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(whole);
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}
