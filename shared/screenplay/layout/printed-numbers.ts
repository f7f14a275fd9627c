/**
 * The numbers a printed page shows besides the script's text: the page number and the scene
 * numbers. The PDF writer and the editor's page view both read these, so the screen shows
 * exactly what the paper does.
 */
import type { ScriptElement } from '../model.ts';
import { sceneNumbersOf } from '../scene-numbers/lock.ts';

/** The page number as printed top right: none on page 1 (as Final Draft and afterwriting print), then "2.", "3.", … */
export function pageNumberText(page: number): string | null {
  return page > 1 ? `${page}.` : null;
}

/**
 * The scene number printed beside each scene heading (when scene numbers are on, or the script's
 * numbers are locked), by element index: the writer's own number ("12A") where it has one, else
 * one that follows the scene before it and repeats no number in the script (scene-numbers/assign.ts).
 */
export function sceneNumberTexts(elements: readonly ScriptElement[], locked = false): Map<number, string> {
  return sceneNumbersOf(elements, locked);
}
