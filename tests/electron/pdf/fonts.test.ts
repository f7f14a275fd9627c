/**
 * Font files and metrics read without fontkit: each face's path (resolved once per package), and
 * Courier's ascent from the file's own tables, as fontkit reads them.
 */
import fs from 'node:fs';
import { openSync } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ascentPerEm, courierAscentPt, fallbackFace, FONT_FACES, fontPath, registerCourier } from '../../../electron/pdf/fonts.ts';

describe('fonts', () => {
  it('finds every face in its package', () => {
    for (const face of FONT_FACES) {
      expect(fs.existsSync(fontPath(face)), face).toBe(true);
      expect(fontPath(face)).toMatch(/\.ttf$/);
    }
  });

  it("reads a font's ascent per em from its tables as fontkit does", () => {
    for (const face of ['regular', 'bold', 'italic', 'fallback'] as const) {
      const font = openSync(fontPath(face));
      expect(ascentPerEm(fs.readFileSync(fontPath(face))), face).toBe(font.ascent / font.unitsPerEm);
    }
    const courier = openSync(fontPath('regular'));
    expect(courierAscentPt(12)).toBe((courier.ascent / courier.unitsPerEm) * 12);
  });

  it('refuses bytes that are no TrueType font', () => {
    expect(() => ascentPerEm(new Uint8Array(64))).toThrow(/head or hhea/);
  });

  it('registers a fallback face in a document when it is first asked for, once', () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    registerCourier(doc);
    const registered = () => Object.keys((doc as unknown as { _registeredFonts: Record<string, unknown> })._registeredFonts);
    expect(registered()).toEqual(['regular', 'bold', 'italic', 'boldItalic']);
    expect(fallbackFace(doc, 'bold', 'jp')).toBe('fallbackJpBold');
    expect(fallbackFace(doc, 'boldItalic', 'jp')).toBe('fallbackJpBold');
    expect(fallbackFace(doc, 'regular', 'kr')).toBe('fallback');
    expect(registered()).toEqual(['regular', 'bold', 'italic', 'boldItalic', 'fallbackJpBold', 'fallback']);
  });
});
