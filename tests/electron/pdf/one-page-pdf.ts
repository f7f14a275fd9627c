/**
 * A one-page Letter PDF drawn by a test with the app's fonts registered, uncompressed (so a test
 * can read the content stream) and dated 1970 (so two drawings of the same page are the same bytes).
 */
import PDFDocument from 'pdfkit';
import { registerFonts } from '../../../electron/pdf/render.ts';

export function onePagePdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 0, autoFirstPage: false, compress: false, info: { CreationDate: new Date(0) } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.addPage();
  draw(doc);
  doc.end();
  return done;
}
