/** The title page: title and credits centred a third of the way down; contact bottom left, date bottom right. */
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { actionRightIn } from '../../shared/screenplay/layout/profiles.ts';
import type { TitleField } from '../../shared/screenplay/model.ts';

const CENTRED = ['title', 'credit', 'author', 'authors', 'source'];

export function drawTitlePage(doc: PDFKit.PDFDocument, profile: PaperProfile, fields: readonly TitleField[]): void {
  const lineH = 72 / profile.linesPerInch;
  const left = profile.elements.action.left * 72;
  const width = (actionRightIn(profile) - profile.elements.action.left) * 72;
  let y = profile.heightPt / 3;
  for (const key of CENTRED) {
    const field = fields.find((f) => f.key.toLowerCase() === key);
    if (!field) continue;
    for (const line of field.value.split('\n')) {
      doc.font(key === 'title' ? 'bold' : 'regular').text(line, left, y, { width, align: 'center', lineBreak: false, underline: false });
      y += lineH;
    }
    y += lineH * (key === 'title' ? 3 : 1);
  }
  const bottom = profile.heightPt - 72 - lineH;
  const contact = fields.find((f) => f.key.toLowerCase() === 'contact');
  if (contact) {
    const lines = contact.value.split('\n');
    lines.forEach((line, i) => doc.font('regular').text(line, left, bottom - (lines.length - 1 - i) * lineH, { lineBreak: false }));
  }
  const date = fields.find((f) => /^(draft date|date)$/i.test(f.key));
  if (date) {
    const lines = date.value.split('\n');
    lines.forEach((line, i) =>
      doc.font('regular').text(line, left, bottom - (lines.length - 1 - i) * lineH, { width, align: 'right', lineBreak: false }),
    );
  }
}
