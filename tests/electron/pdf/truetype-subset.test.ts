/**
 * The raw-table TrueType subsetter stands in for fontkit's inside pdfkit: the same glyph ids for
 * the same calls, and a font file fontkit reads back with the same outlines and advances as the
 * original's glyphs — compound glyphs (accented letters built from parts) included, their parts
 * renumbered into the subset.
 */
import fs from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FACES, fontPath, type FontFace } from '../../../electron/pdf/fonts.ts';
import { canSubset, TrueTypeSubset, type RawFont } from '../../../electron/pdf/truetype-subset.ts';

interface Glyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
  _decode(): { numberOfContours: number } | null;
}
interface Font extends RawFont {
  numGlyphs: number;
  getGlyph(id: number): Glyph;
  glyphForCodePoint(cp: number): Glyph;
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array; glyphs: number[] };
}

const open = (bytes: Uint8Array) => (create as unknown as (b: Uint8Array) => Font)(bytes);
const COURIER = FONT_FACES.filter((f) => !f.startsWith('fallback')) as FontFace[];

describe('TrueTypeSubset', () => {
  for (const face of COURIER) {
    it(`subsets Courier Prime ${face} as fontkit does`, () => {
      const font = open(fs.readFileSync(fontPath(face)));
      expect(canSubset(font)).toBe(true);
      const compound: number[] = [];
      for (let id = 0; id < font.numGlyphs && compound.length < 3; id++) if ((font.getGlyph(id)._decode()?.numberOfContours ?? 0) < 0) compound.push(id);
      expect(compound.length).toBeGreaterThan(0);
      const picks = [...'INT. RUMAH — “Sari”, 12:30 (V.O.)'].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id).concat(compound);

      const ours = new TrueTypeSubset(font);
      const theirs = font.createSubset();
      expect(picks.map((id) => ours.includeGlyph(id))).toEqual(picks.map((id) => theirs.includeGlyph(id)));
      const bytes = ours.encode();
      const reference = open(theirs.encode());
      // Both added the compound glyphs' parts, in the same order.
      expect(ours.glyphs).toEqual(theirs.glyphs);

      const subset = open(bytes);
      expect(subset.numGlyphs).toBe(ours.glyphs.length);
      ours.glyphs.forEach((original, gid) => {
        const glyph = subset.getGlyph(gid);
        expect(glyph.path.toSVG(), `glyph ${original}`).toBe(font.getGlyph(original).path.toSVG());
        expect(glyph.path.toSVG()).toBe(reference.getGlyph(gid).path.toSVG());
        expect(glyph.advanceWidth).toBe(font.getGlyph(original).advanceWidth);
      });
    });
  }
});
