/**
 * What Final Draft does that its files do not say, measured on its prints: a script that carries
 * Final Draft's settings (`layout`) prints with these (print-profile.ts).
 *
 * - Its characters advance 7 pt, not Courier's 7.2 (word positions on a Final Draft 12 print, A4;
 *   Fade In's manual says the same of Courier Final Draft): a 6 in action line holds 61 characters,
 *   where a typewriter's 10 to the inch hold 60.
 * - A line holds n characters when n × 7 pt is less than the indent width, strictly: the 3.5 in
 *   dialogue column (252 pt) holds 35, never 36; a hyphen it breaks after may stand one past that.
 * - Without a <PageLayout>, its default margins: 1 in top and bottom, the header 0.5 in (54 body
 *   lines on US Letter, 58 on A4).
 */

/** Points Final Draft advances per character at 12 pt. */
export const FINAL_DRAFT_CHAR_PT = 7;

/** Final Draft's default page margins in inches, for a file that states none. */
export const FINAL_DRAFT_MARGINS = { top: 1, bottom: 1, header: 0.5 } as const;

/** Characters Final Draft sets on a line between two indents (inches from the page's left edge). */
export function finalDraftCells(leftIn: number, rightIn: number): number {
  // Rounded first: 2.5 → 6.0 in must give 252 pt exactly, not 252.0000001.
  const points = Math.round((rightIn - leftIn) * 72 * 1e6) / 1e6;
  return Math.max(1, Math.ceil(points / FINAL_DRAFT_CHAR_PT) - 1);
}
