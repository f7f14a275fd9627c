// fontkit (pdfkit's own font reader) ships no types; the PDF writer asks it only about coverage (the tests also about ascent).
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    ascent: number;
    unitsPerEm: number;
  }
  export function openSync(path: string): Font;
  export function create(buffer: Uint8Array): Font;
}
