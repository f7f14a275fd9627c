/**
 * The numbers a printed page shows besides the script's text: the page number and the scene
 * numbers. The PDF writer and the editor's page view both read these, so the screen shows
 * exactly what the paper does.
 */
import type { ScriptElement } from '../model.ts';
import type { PaperProfile } from './profiles.ts';
import { sceneNumbersOf } from '../scene-numbers/lock.ts';

/**
 * The page number printed top right on the script's `page`th page (1 for its first): none on page 1
 * (as Final Draft and afterwriting print), then "2.", "3.", … — or as the script's own setting says
 * (a Final Draft file's header: hidden, on page 1 too, or counting from another number).
 */
export function pageNumberText(page: number, numbering: PaperProfile['pageNumbers'] = undefined): string | null {
  if (numbering?.shown === false) return null;
  if (page === 1 && !numbering?.firstPage) return null;
  return `${page - 1 + (numbering?.start ?? 1)}.`;
}

/**
 * The scene number printed beside each scene heading (when scene numbers are on, or the script's
 * numbers are locked), by element index: the writer's own number ("12A") where it has one, else
 * one that follows the scene before it and repeats no number in the script (scene-numbers/assign.ts).
 */
export function sceneNumberTexts(elements: readonly ScriptElement[], locked = false): Map<number, string> {
  return sceneNumbersOf(elements, locked);
}
