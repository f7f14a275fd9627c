/**
 * documentBytes() gathers a pdfkit document without its stream: the same bytes, header to %%EOF,
 * as reading the stream gives for the same document.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { documentBytes } from '../../../electron/pdf/document-bytes.ts';
import { fontPath } from '../../../electron/pdf/fonts.ts';

const DATE = new Date(Date.UTC(2000, 0, 1));

/** A three-page document with an embedded font, a compressed page stream on each page. */
function draw(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'LETTER', autoFirstPage: false, info: { Title: 'Warung', CreationDate: DATE, ModDate: DATE } });
  doc.registerFont('courier', fontPath('regular'));
  return doc;
}

function finish(doc: PDFKit.PDFDocument): void {
  for (const line of ['INT. WARUNG - MALAM', 'Hujan deras turun.', 'SARI: Tutup pintunya.']) {
    doc.addPage();
    doc.font('courier').fontSize(12).text(line, 72, 72);
  }
  doc.end();
}

function streamBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
}

describe('documentBytes', () => {
  it('gives the bytes the stream gives', async () => {
    const viaStream = draw();
    const expected = streamBytes(viaStream);
    finish(viaStream);
    const direct = draw();
    const bytes = documentBytes(direct);
    finish(direct);
    const [a, b] = await Promise.all([bytes, expected]);
    expect(Buffer.from(a).subarray(0, 8).toString('latin1')).toBe('%PDF-1.3');
    expect(Buffer.from(a).subarray(-6).toString('latin1')).toBe('%%EOF\n');
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
