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
 * - Without <ElementSettings> for a type, its own defaults (FINAL_DRAFT_ELEMENTS): cues at 3.5 in,
 *   parentheticals at 3.0 in, transitions starting at 5.5 in — not Naskah's typewriter table.
 * - Scene numbers at its default locations: the left one starts 0.75 in from the page's left edge,
 *   the right one ends 7.375 in from it (FINAL_DRAFT_SCENE_NUMBERS).
 */
import type { ElementLayout } from '../script-layout.ts';

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

/**
 * What Final Draft prints an element with when its file has no <ElementSettings> for that type, by
 * Final Draft's type name. Measured on the Final Draft 12 print of an FDX that describes only Scene
 * Heading (A4, 150 pages; `pdftotext -bbox`, every element's first and wrapped lines): Action and
 * Shot at 108 pt (1.5 in), cues at 252 pt (3.5 in), parentheticals at 216 pt (3.0 in, wrapped lines
 * too), dialogue at 180 pt (2.5 in, 35 characters), transitions left-aligned at 396 pt (5.5 in) —
 * where Final Draft's own template right-aligns them. The right edges the print cannot show (cues
 * and transitions are never long enough to wrap there) and General, which that script has none of,
 * are those of Final Draft's screenplay template: cue 7.25 in, parenthetical 5.5 in, transition
 * 7.1 in; General as Action with no blank line before. The blank lines before each type are the
 * ones Naskah's table already has (the print's page starts all match), so only General states one.
 */
export const FINAL_DRAFT_ELEMENTS: Readonly<Record<string, Readonly<ElementLayout>>> = {
  Action: { left: 1.5, right: 7.5, align: 'left' },
  Character: { left: 3.5, right: 7.25, align: 'left' },
  Parenthetical: { left: 3, right: 5.5, align: 'left' },
  Dialogue: { left: 2.5, right: 6, align: 'left' },
  Transition: { left: 5.5, right: 7.1, align: 'left' },
  Shot: { left: 1.5, right: 7.5, align: 'left' },
  General: { left: 1.5, right: 7.5, align: 'left', spaceBefore: 0 },
};

/**
 * Where Final Draft prints scene numbers, inches from the page's left edge: the left number starts
 * at `left`, the right one ends at `right` (its SceneNumberOptions LeftLocation 0.75, RightLocation
 * 7.38). Measured on Final Draft prints: 54 pt and 531 pt on the Final Draft 12 print above (every
 * one of 158 headings, 1 to 3 digits) and on Community 3x03; A Study in Scarlet (Windows) 53.76 and
 * 531.12 pt.
 */
export const FINAL_DRAFT_SCENE_NUMBERS = { left: 0.75, right: 7.375 } as const;

/**
 * The CONT'D Final Draft prints after a cue (the automatic one, and above a split speech), with a
 * typographic apostrophe: so on 10 of 11 Final Draft prints of lumenwrites/screenplays (19–103 a
 * script; the 11th, Californication, has none) and on the Final Draft 12 pair of
 * adityasajoo/screenplay-extractor, while an apostrophe typed in the text prints as typed.
 */
export const FINAL_DRAFT_CONTD = '(CONT’D)';
