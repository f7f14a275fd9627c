/**
 * The screenplay format as data: one profile per paper. The editor's page view, the PDF writer,
 * the page counter and the stats all read these numbers; none is restated anywhere else.
 *
 * Industry conventions: Courier 12 pt, 10 characters and 6 lines per inch; left margin 1.5";
 * action and headings 6.0" wide; dialogue from 2.5" (35 characters); parentheticals from 3.1";
 * character cues from 3.7"; transitions right-aligned to the action's right edge (7.5").
 */
import type { ElementType } from '../model.ts';

export type Paper = 'letter' | 'a4';

export interface ElementStyle {
  /** Left edge in inches from the page's left edge. */
  left: number;
  /** Line width in characters. */
  width: number;
  /** Blank lines before the element (dropped at the top of a page). */
  spaceBefore: number;
  align: 'left' | 'right' | 'center';
  upper: boolean;
  /** False for the writer's own elements (notes, sections, synopses): kept in place, never printed. */
  printed: boolean;
}

export interface PaperProfile {
  paper: Paper;
  /** Page size in PostScript points (1/72 inch). */
  widthPt: number;
  heightPt: number;
  topMarginIn: number;
  /** Body lines per page (the page number sits in the top margin). */
  linesPerPage: number;
  /** Page number line, inches from the top; right edge aligned with the action's. */
  pageNumberTopIn: number;
  fontSizePt: number;
  charsPerInch: number;
  linesPerInch: number;
  /** Width and left edges of the two columns of dual dialogue. */
  dual: { width: number; lefts: [number, number] };
  elements: Record<ElementType, ElementStyle>;
}

const el = (left: number, width: number, spaceBefore: number, extra: Partial<ElementStyle> = {}): ElementStyle => ({
  left,
  width,
  spaceBefore,
  align: 'left',
  upper: false,
  printed: true,
  ...extra,
});

/** Element table shared by both papers: A4 keeps the same text block, only the page differs. */
const ELEMENTS: Record<ElementType, ElementStyle> = {
  scene_heading: el(1.5, 60, 1, { upper: true }),
  action: el(1.5, 60, 1),
  character: el(3.7, 38, 1, { upper: true }),
  parenthetical: el(3.1, 25, 0),
  dialogue: el(2.5, 35, 0),
  transition: el(1.5, 60, 1, { align: 'right', upper: true }),
  shot: el(1.5, 60, 1, { upper: true }),
  centered: el(1.5, 60, 1, { align: 'center' }),
  lyrics: el(2.5, 35, 1),
  note: el(1.5, 60, 0, { printed: false }),
  section: el(1.5, 60, 0, { printed: false }),
  synopsis: el(1.5, 60, 0, { printed: false }),
  page_break: el(1.5, 60, 0, { printed: false }),
};

export const PAPER_PROFILES: Record<Paper, PaperProfile> = {
  // 8.5 × 11 in; 1" top margin and 55 body lines leave ~0.8" at the bottom (Final Draft's default).
  letter: {
    paper: 'letter',
    widthPt: 612,
    heightPt: 792,
    topMarginIn: 1,
    linesPerPage: 55,
    pageNumberTopIn: 0.5,
    fontSizePt: 12,
    charsPerInch: 10,
    linesPerInch: 6,
    dual: { width: 28, lefts: [1.5, 4.6] },
    elements: ELEMENTS,
  },
  // 210 × 297 mm (595.28 × 841.89 pt): 0.69" taller, so 4 more body lines with the same margins.
  a4: {
    paper: 'a4',
    widthPt: 595.28,
    heightPt: 841.89,
    topMarginIn: 1,
    linesPerPage: 59,
    pageNumberTopIn: 0.5,
    fontSizePt: 12,
    charsPerInch: 10,
    linesPerInch: 6,
    dual: { width: 28, lefts: [1.5, 4.6] },
    elements: ELEMENTS,
  },
};

/** Right edge of the action column, where transitions and page numbers align. */
export function actionRightIn(profile: PaperProfile): number {
  const a = profile.elements.action;
  return a.left + a.width / profile.charsPerInch;
}
