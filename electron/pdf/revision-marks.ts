/**
 * Revision marks on the printed page, as Final Draft prints them: a `*` in the right margin of
 * every line that holds revised text, and on each revised page the latest revision on it (name
 * and date) in the header, left of the page number. "Revised pages only" prints just those pages,
 * with their own page numbers, so they can be slipped into the last full draft.
 */
import { AppError } from '../../shared/errors.ts';
import type { LayoutLine, LayoutPage } from '../../shared/screenplay/layout/paginate.ts';
import { actionRightIn, type PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { textCells } from '../../shared/screenplay/layout/cells.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { englishRevisionName } from '../../shared/screenplay/revisions/colours.ts';
import { lineRevision } from '../../shared/screenplay/revisions/runs.ts';
import { revisionSetOf } from '../../shared/screenplay/revisions/sets.ts';
import type { PageText } from './page-text.ts';

export const REVISION_MARK = '*';

/** The set of the revised text on a printed line, or 0 (lines the layout adds, MORE and CONT'D, are never revised). */
export function lineSet(script: Screenplay, line: LayoutLine): number {
  if (line.start < 0 || line.added) return 0;
  const el = script.elements[line.elementIndex];
  return el ? lineRevision(el, line.start, line.start + line.text.length) : 0;
}

/** The latest set revised on the page, or 0 when nothing on it is revised. */
export function pageSet(script: Screenplay, page: LayoutPage): number {
  let best = 0;
  for (const line of page.lines) best = Math.max(best, lineSet(script, line));
  return best;
}

/** The pages to print: all, or (revised only) those holding revised text — refused when there are none. */
export function pagesToPrint(script: Screenplay, pages: readonly LayoutPage[], revisedOnly: boolean): readonly LayoutPage[] {
  if (!revisedOnly) return pages;
  const revised = pages.filter((p) => pageSet(script, p) > 0);
  if (revised.length === 0) throw new AppError('revisions.no_revised_pages', {});
  return revised;
}

/** The header label of a revised page: "Blue Rev. (2026-12-02)", the set's own name. */
export function revisionLabel(script: Screenplay, set: number): string {
  const r = revisionSetOf(script, set);
  const name = r?.name ?? englishRevisionName(set);
  return r?.date ? `${name} (${r.date})` : name;
}

/**
 * Draws the page's marks: `*` at the right margin of each revised line (past the scene number
 * when one is printed there) and the label in the header. `headerLine` draws a header line
 * through the same writer as the script's lines, so names in any script get their fallback font.
 */
export function drawRevisionMarks(
  script: Screenplay,
  profile: PaperProfile,
  page: LayoutPage,
  text: PageText,
  headerLine: (label: string, xIn: number, yIn: number) => void,
  sceneNumberOf?: (line: LayoutLine) => string | undefined,
): void {
  const charW = 1 / profile.charsPerInch;
  const column = actionRightIn(profile) + profile.sceneNumberGapIn;
  let latest = 0;
  for (const line of page.lines) {
    const set = lineSet(script, line);
    if (!set) continue;
    latest = Math.max(latest, set);
    const num = sceneNumberOf?.(line);
    // A right scene number at Final Draft's place ends before the column; elsewhere it starts there.
    const x = column + (num && !profile.sceneNumbersIn ? (textCells(num) + 1) * charW : 0);
    const y = profile.topMarginIn + line.y / profile.linesPerInch;
    text.draw('regular', profile.fontSizePt, REVISION_MARK, x * 72, y * 72);
  }
  if (!latest) return;
  const label = revisionLabel(script, latest);
  // Right end a few cells left of the page number ("123." and a gap).
  const right = profile.pageNumberRightIn - 6 * charW;
  headerLine(label, right - textCells(label) * charW, profile.pageNumberTopIn);
}
