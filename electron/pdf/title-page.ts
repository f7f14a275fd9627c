/**
 * The title page, every field on it, where Final Draft and afterwriting put them: title, credit,
 * author(s) and source centred a third of the way down, any other key (Revision, Episode, …)
 * centred under them; notes, copyright and contact at the foot of the page on the left; the draft
 * date at the foot on the right. Values print with their Fountain emphasis (`_**BRICK & STEEL**_`
 * bold and underlined); a title without emphasis of its own prints bold.
 */
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { actionRightIn } from '../../shared/screenplay/layout/profiles.ts';
import type { MarkStyle, TitleField } from '../../shared/screenplay/model.ts';
import { drawStyled, styledLines, styledWidth, wrapStyled, type StyledLine } from './mixed-text.ts';

const TOP = ['title', 'credit', 'author', 'authors', 'source'];
const LEFT = ['notes', 'copyright', 'contact'];
const RIGHT = ['draft date', 'date'];

/** Where a field prints: the named keys as above, any other key centred under the credits. */
export function titlePageColumn(key: string): 'top' | 'left' | 'right' {
  const k = key.trim().toLowerCase();
  return LEFT.includes(k) ? 'left' : RIGHT.includes(k) ? 'right' : 'top';
}

interface Block {
  lines: StyledLine[];
  extra: MarkStyle[];
}

export function drawTitlePage(doc: PDFKit.PDFDocument, profile: PaperProfile, fields: readonly TitleField[]): void {
  doc.fontSize(profile.fontSizePt);
  const lineH = 72 / profile.linesPerInch;
  const left = profile.elements.action.left * 72;
  const right = actionRightIn(profile) * 72;
  const width = right - left;
  const key = (f: TitleField) => f.key.trim().toLowerCase();
  const block = (f: TitleField, maxWidth: number): Block => {
    const lines = styledLines(f.value);
    // A title with no emphasis of its own prints bold, as Naskah always printed it.
    const extra: MarkStyle[] = key(f) === 'title' && lines.every((l) => l.marks.length === 0) ? ['bold'] : [];
    return { lines: lines.flatMap((l) => wrapStyled(doc, l, maxWidth, extra)), extra };
  };

  // Centred: the known keys in their order, then every other key in the script's order.
  const top = [...TOP.flatMap((k) => fields.filter((f) => key(f) === k)), ...fields.filter((f) => titlePageColumn(f.key) === 'top' && !TOP.includes(key(f)))];
  let y = profile.heightPt / 3;
  for (const f of top) {
    const { lines, extra } = block(f, width);
    for (const line of lines) {
      drawStyled(doc, line, left + (width - styledWidth(doc, line, extra)) / 2, y, profile.fontSizePt, extra);
      y += lineH;
    }
    y += lineH * (key(f) === 'title' ? 3 : 1);
  }

  // The foot of the page: each column's blocks one blank line apart, its last line on the bottom margin.
  const bottom = profile.heightPt - 72 - lineH;
  const column = (keys: string[], columnWidth: number) => keys.flatMap((k) => fields.filter((f) => key(f) === k)).map((f) => block(f, columnWidth));
  // The right column (a date) is narrow; the left one takes the rest of the line, less a gap.
  const rightColumn = column(RIGHT, width / 2);
  const rightWidth = Math.max(0, ...rightColumn.flatMap((b) => b.lines.map((l) => styledWidth(doc, l, b.extra))));
  const leftColumn = column(LEFT, rightWidth ? width - rightWidth - 0.5 * 72 : width);
  const drawColumn = (blocks: Block[], x: (line: StyledLine, extra: MarkStyle[]) => number) => {
    const total = blocks.reduce((n, b) => n + b.lines.length, 0) + Math.max(0, blocks.length - 1);
    let cy = bottom - (total - 1) * lineH;
    for (const b of blocks) {
      for (const line of b.lines) {
        drawStyled(doc, line, x(line, b.extra), cy, profile.fontSizePt, b.extra);
        cy += lineH;
      }
      cy += lineH;
    }
  };
  drawColumn(leftColumn, () => left);
  drawColumn(rightColumn, (line, extra) => right - styledWidth(doc, line, extra));
}
