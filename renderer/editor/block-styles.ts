/**
 * On-screen geometry of each element, derived from the same profile table the PDF uses:
 * 1 inch = 10 characters (Courier 12 pt), 6 lines per inch (a 12 pt line).
 */
import type { CSSProperties } from 'react';
import { PAPER_PROFILES, type Paper } from '../../shared/screenplay/layout/profiles.ts';
import { ELEMENT_TYPES, type ElementType } from '../../shared/screenplay/model.ts';

export function blockStyles(paper: Paper): Record<ElementType, CSSProperties> {
  const profile = PAPER_PROFILES[paper];
  const base = profile.elements.action.left;
  const out = {} as Record<ElementType, CSSProperties>;
  for (const type of ELEMENT_TYPES) {
    const s = profile.elements[type];
    out[type] = {
      marginLeft: `${(s.left - base) * profile.charsPerInch}ch`,
      width: `${s.width}ch`,
      marginTop: `${(s.spaceBefore * 72) / profile.linesPerInch}pt`,
      textAlign: s.align,
    };
  }
  return out;
}

/** Width of the text block and the page padding, in the units above. */
export function pageGeometry(paper: Paper): { widthIn: number; leftIn: number; lineHeightPt: number } {
  const p = PAPER_PROFILES[paper];
  return { widthIn: p.widthPt / 72, leftIn: p.elements.action.left, lineHeightPt: 72 / p.linesPerInch };
}
