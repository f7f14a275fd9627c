/** The title page: title and credits centred a third of the way down; contact bottom left, date bottom right. */
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { actionRightIn } from '../../shared/screenplay/layout/profiles.ts';
import type { TitleField } from '../../shared/screenplay/model.ts';
import { drawMixed, mixedWidth } from './mixed-text.ts';

const CENTRED = ['title', 'credit', 'author', 'authors', 'source'];

export function drawTitlePage(doc: PDFKit.PDFDocument, profile: PaperProfile, fields: readonly TitleField[]): void {
  const lineH = 72 / profile.linesPerInch;
  const left = profile.elements.action.left * 72;
  const right = actionRightIn(profile) * 72;
  const width = right - left;
  let y = profile.heightPt / 3;
  for (const key of CENTRED) {
    const field = fields.find((f) => f.key.toLowerCase() === key);
    if (!field) continue;
    const face = key === 'title' ? 'bold' : 'regular';
    for (const line of field.value.split('\n')) {
      drawMixed(doc, line, left + (width - mixedWidth(doc, line, face)) / 2, y, face, profile.fontSizePt);
      y += lineH;
    }
    y += lineH * (key === 'title' ? 3 : 1);
  }
  const bottom = profile.heightPt - 72 - lineH;
  const contact = fields.find((f) => f.key.toLowerCase() === 'contact');
  if (contact) {
    const lines = contact.value.split('\n');
    lines.forEach((line, i) => drawMixed(doc, line, left, bottom - (lines.length - 1 - i) * lineH, 'regular', profile.fontSizePt));
  }
  const date = fields.find((f) => /^(draft date|date)$/i.test(f.key));
  if (date) {
    const lines = date.value.split('\n');
    lines.forEach((line, i) => drawMixed(doc, line, right - mixedWidth(doc, line, 'regular'), bottom - (lines.length - 1 - i) * lineH, 'regular', profile.fontSizePt));
  }
}
