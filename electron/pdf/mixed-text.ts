/**
 * Free-positioned text (title page) in Courier Prime with the fallback font for characters it
 * lacks, at natural widths: the title page is not laid out in cells.
 */
import { courierAscentPt, fallbackFor, splitByCoverage, type CourierFace } from './fonts.ts';

export function mixedWidth(doc: PDFKit.PDFDocument, text: string, face: CourierFace): number {
  let w = 0;
  for (const part of splitByCoverage(text)) w += doc.font(part.fallback ? fallbackFor(face) : face).widthOfString(part.text);
  return w;
}

export function drawMixed(doc: PDFKit.PDFDocument, text: string, x: number, y: number, face: CourierFace, sizePt: number): void {
  let cx = x;
  for (const part of splitByCoverage(text)) {
    // One baseline for both fonts: Courier's, whatever the fallback's ascent.
    const baseline = y + courierAscentPt(sizePt);
    doc.font(part.fallback ? fallbackFor(face) : face).text(part.text, cx, baseline, { lineBreak: false, underline: false, baseline: 'alphabetic' });
    cx += doc.widthOfString(part.text);
  }
}
