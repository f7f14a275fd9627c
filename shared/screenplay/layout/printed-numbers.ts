/**
 * The numbers a printed page shows besides the script's text: the page number and the scene
 * numbers. The PDF writer and the editor's page view both read these, so the screen shows
 * exactly what the paper does.
 */
import type { ScriptElement } from '../model.ts';

/** The page number as printed top right: none on page 1 (as Final Draft and afterwriting print), then "2.", "3.", … */
export function pageNumberText(page: number): string | null {
  return page > 1 ? `${page}.` : null;
}

/**
 * The scene number printed beside each scene heading (when scene numbers are on), by element
 * index: the writer's own number ("12A") where it has one, else the heading's place among all
 * headings — every heading counts, numbered by the writer or not, so the one after "12A" without
 * a number of its own is the 2nd.
 */
export function sceneNumberTexts(elements: readonly ScriptElement[]): Map<number, string> {
  const out = new Map<number, string>();
  let ordinal = 0;
  elements.forEach((el, i) => {
    if (el.type !== 'scene_heading') return;
    ordinal++;
    out.set(i, el.sceneNumber ?? String(ordinal));
  });
  return out;
}
