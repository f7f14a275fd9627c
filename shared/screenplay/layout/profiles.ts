/**
 * The screenplay format as data: one profile per paper. The editor's page view, the PDF writer,
 * the page counter and the stats all read these numbers; none is restated anywhere else.
 *
 * Industry conventions: Courier 12 pt, 10 characters and 6 lines per inch; left margin 1.5";
 * action and headings 6.0" wide; dialogue from 2.5" (35 characters); parentheticals from 3.1";
 * character cues from 3.7"; transitions right-aligned to the action's right edge (7.5").
 */
import type { ElementType } from '../model.ts';
import { CONTD_MARK, MORE_MARK } from '../rules/cue.ts';

export type Paper = 'letter' | 'a4';

export interface ElementStyle {
  /** Left edge in inches from the page's left edge. */
  left: number;
  /** Line width in characters. */
  width: number;
  /** Blank lines before the element (dropped at the top of a page). */
  spaceBefore: number;
  /** The element's first line starts this far (inches) right of `left`, or left when negative (Final Draft's FirstIndent; left-aligned text only). */
  firstIndent?: number;
  align: 'left' | 'right' | 'center';
  upper: boolean;
  /** False for the writer's own elements (notes, sections, synopses): kept in place, never printed. */
  printed: boolean;
  /** Printed in bold / italic / underlined throughout (a Final Draft element setting, e.g. bold scene headings). */
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Always starts a new page (Final Draft's "Starts New Page", e.g. New Act). */
  startsNewPage?: boolean;
  /** A hyphen a line breaks after may stand one character past `width` (Final Draft's prints; layout/final-draft.ts). */
  hyphenHangs?: boolean;
}

/** The marks around a speech split across pages, and the automatic (CONT'D) rule (Final Draft's Mores and Continueds). */
export interface ContinuedMarks {
  /** Below the part of a speech that a page ends. */
  more: string;
  /** Beside the cue atop the next page, and the automatic one. */
  contd: string;
  /** A character who speaks again with only action between, in the same scene, gets `contd` beside the cue. */
  automatic: boolean;
  /**
   * Final Draft prints "(MORE)" below the page's last body line and "NAME (CONT'D)" above its first,
   * in the margins: they take no body line (measured on its PDFs). False puts both inside the body.
   */
  inMargins: boolean;
}

export interface PaperProfile {
  paper: Paper;
  /** Page size in PostScript points (1/72 inch). */
  widthPt: number;
  heightPt: number;
  topMarginIn: number;
  /** Body lines per page (the page number sits in the top margin). */
  linesPerPage: number;
  /** Page number line, inches from the top. */
  pageNumberTopIn: number;
  /** Right edge of the page number, inches from the page's left edge. */
  pageNumberRightIn: number;
  /** Scene numbers: this far (inches) outside the heading's left edge and the action's right edge. */
  sceneNumberGapIn: number;
  /**
   * Scene numbers at fixed places instead (a script from Final Draft, layout/final-draft.ts): the
   * left number starts `left` inches from the page's left edge, the right one ends at `right`.
   */
  sceneNumbersIn?: { left: number; right: number };
  /** How pages are numbered when not as usual ("2." from page 2 on): the script's own setting (script-layout.ts). */
  pageNumbers?: { shown?: boolean; firstPage?: boolean; start?: number };
  fontSizePt: number;
  charsPerInch: number;
  /**
   * Points each character advances as printed, when not the cell's 72 / charsPerInch: Final Draft's
   * 7 pt at 12 pt for a script from Final Draft (final-draft.ts). Lines still wrap by cells.
   */
  charAdvancePt?: number;
  linesPerInch: number;
  /**
   * Dual dialogue: two columns `width` cells wide whose dialogue starts at `lefts`; within a column
   * the cue stands `cueIndentIn` right of the dialogue, a parenthetical `parentheticalIndentIn` right
   * and `parentheticalNarrower` cells narrower.
   */
  dual: { width: number; lefts: [number, number]; cueIndentIn: number; parentheticalIndentIn: number; parentheticalNarrower: number };
  marks: ContinuedMarks;
  elements: Record<ElementType, ElementStyle>;
  /**
   * Final Draft element types that read as one of Naskah's but carry settings of their own in the
   * script's file (New Act starting a new page, End of Act, General, Cast List), by Final Draft's
   * name: the style an element kept with that `fdxType` prints with while it is still of type `as`.
   */
  ownTypes?: Readonly<Record<string, { as: ElementType; style: ElementStyle }>>;
}

/** The style an element prints with: its Final Draft type's own settings when the script has them, else its type's. */
export function styleOf(profile: PaperProfile, el: { type: ElementType; fdxType?: string }): ElementStyle {
  const own = el.fdxType ? profile.ownTypes?.[el.fdxType] : undefined;
  return own && own.as === el.type ? own.style : profile.elements[el.type];
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
  lyrics: el(2.5, 35, 1, { italic: true }),
  note: el(1.5, 60, 0, { printed: false }),
  section: el(1.5, 60, 0, { printed: false }),
  synopsis: el(1.5, 60, 0, { printed: false }),
  page_break: el(1.5, 60, 0, { printed: false }),
};

const DUAL: PaperProfile['dual'] = { width: 28, lefts: [1.5, 4.6], cueIndentIn: 1.2, parentheticalIndentIn: 0.3, parentheticalNarrower: 3 };

/** Final Draft's defaults: (MORE) below, (CONT'D) above, automatic CONT'D on. */
const MARKS: ContinuedMarks = { more: MORE_MARK, contd: CONTD_MARK, automatic: true, inMargins: true };

export const PAPER_PROFILES: Record<Paper, PaperProfile> = {
  // 8.5 × 11 in; 1" top margin and 55 body lines leave ~0.8" at the bottom (Final Draft's default).
  letter: {
    paper: 'letter',
    widthPt: 612,
    heightPt: 792,
    topMarginIn: 1,
    linesPerPage: 55,
    pageNumberTopIn: 0.5,
    pageNumberRightIn: 7.5,
    sceneNumberGapIn: 0.3,
    fontSizePt: 12,
    charsPerInch: 10,
    linesPerInch: 6,
    dual: DUAL,
    marks: MARKS,
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
    pageNumberRightIn: 7.5,
    sceneNumberGapIn: 0.3,
    fontSizePt: 12,
    charsPerInch: 10,
    linesPerInch: 6,
    dual: DUAL,
    marks: MARKS,
    elements: ELEMENTS,
  },
};

/** Element types printed in capitals: the editor stores their text in capitals as it is typed (industry convention). */
export function uppercaseTypes(profile: PaperProfile): ReadonlySet<ElementType> {
  return new Set((Object.keys(profile.elements) as ElementType[]).filter((t) => profile.elements[t].upper));
}

/** The default profile's capitals (the same on both papers): what the editor capitalises as the writer types. */
export const UPPERCASE_TYPES: ReadonlySet<ElementType> = uppercaseTypes(PAPER_PROFILES.letter);

/** Points a character advances as printed: the profile's own pitch, else one cell. */
export function charAdvancePt(profile: PaperProfile): number {
  return profile.charAdvancePt ?? 72 / profile.charsPerInch;
}

/**
 * Points from the first character's left edge to the last one's right edge for `cells` printed
 * characters: the last glyph keeps Courier's full cell (a PDF reader measures it so), the others
 * advance by the profile's pitch. What right-aligned and centred text ends and centres by.
 */
export function inkWidthPt(profile: PaperProfile, cells: number): number {
  const cell = 72 / profile.charsPerInch;
  if (profile.charAdvancePt === undefined || cells === 0) return cells * cell;
  return (cells - 1) * profile.charAdvancePt + cell;
}

/** Right edge of the action column, where transitions and page numbers align. */
export function actionRightIn(profile: PaperProfile): number {
  const a = profile.elements.action;
  return a.left + a.width / profile.charsPerInch;
}
