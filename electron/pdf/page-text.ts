/**
 * Courier text written straight into a page's content stream, one text object per page.
 *
 * pdfkit's `doc.text()` wraps every run in its own save/transform/BT…ET/restore and re-runs its
 * word cache, width measure and option handling each time: on a 150-page feature that was the
 * largest single cost of a PDF export. The layout engine has already placed every line on the
 * cell grid, so a line needs only a position and its glyphs. The glyphs still come from pdfkit's
 * embedded font (`encode`, which shapes each word once and records the glyph in the font subset,
 * its width and its text for the ToUnicode map), so fonts, subsets and extractable text are the
 * same as pdfkit's own. Runs pdfkit must draw itself (fallback fonts, underlines, a face whose
 * shaping moves glyphs) go through `doc.text()` after `flush()`, which keeps drawing order.
 */

import { advanceWidth, canSubset, TrueTypeSubset, type RawFont } from './truetype-subset.ts';

/** The parts of pdfkit's embedded font (EmbeddedFont) this writer uses; pdfkit types none of them. */
interface EmbeddedFont {
  id: string;
  ascender: number;
  /** 1000 / units per em: glyph widths in the PDF's text space. */
  scale: number;
  ref(): unknown;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  /** The fontkit font, the subset being built, and the widths and text of the subset's glyphs (what encode() records). */
  font: FontkitFont;
  subset: { includeGlyph(glyphId: number): number; glyphs: number[] };
  widths: number[];
  unicode: number[][];
}

interface FontkitFont extends RawFont {
  availableFeatures: string[];
  /** The character map: code point → glyph id. */
  _cmapProcessor: { lookup(codePoint: number): number };
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; codePoints: number[] };
}

interface DocInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/** pdfkit's number format in content streams (six decimals at most). */
function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * A glyph code (the font's two-byte CID, as pdfkit's hex gives it) inside a PDF literal string:
 * half the bytes of hex for the page's stream to hold and compress. Backslash and parentheses are
 * escaped, and so are CR and LF, which a reader would otherwise take for a line end.
 */
function literalCode(hex: string): string {
  let out = '';
  for (const byte of [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16)]) {
    if (byte === 0x5c || byte === 0x28 || byte === 0x29) out += `\\${String.fromCharCode(byte)}`;
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else out += String.fromCharCode(byte);
  }
  return out;
}

/** A string of byte-valued characters (Latin-1) as bytes. */
function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * A page's content bytes as they are drawn. Glyph codes and operators are written as bytes into one
 * growing buffer instead of strings joined at the end: a feature's pages hold half a million glyph
 * codes, and a string per line (and a concatenation per glyph) made a sixth of the export's garbage.
 */
class ContentBytes {
  private static spare: Uint8Array[] = [];
  bytes: Uint8Array = ContentBytes.spare.pop() ?? new Uint8Array(8192);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Characters below U+0100 as one byte each. */
  text(s: string): void {
    this.room(s.length);
    const b = this.bytes;
    let n = this.length;
    for (let i = 0; i < s.length; i++) b[n++] = s.charCodeAt(i);
    this.length = n;
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    const b = this.bytes;
    let n = this.length;
    // Most writes are a glyph code of two bytes: a loop beats set() at that size.
    for (let i = 0; i < bytes.length; i++) b[n++] = bytes[i];
    this.length = n;
  }

  /**
   * Printable ASCII as glyph codes: two bytes a character from `pairs` (one write each, no call),
   * or what `other` gives for a character whose code must be escaped or is not known yet.
   */
  glyphs(text: string, pairs: Int32Array, other: (c: number) => Uint8Array): void {
    this.room(text.length * 2);
    let b = this.bytes;
    let n = this.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const pair = pairs[c];
      if (pair >= 0) {
        b[n++] = pair >> 8;
        b[n++] = pair & 0xff;
      } else {
        this.length = n;
        this.raw(other(c));
        // raw() may have grown the buffer; what is left still needs two bytes a character at most.
        this.room((text.length - i - 1) * 2);
        b = this.bytes;
        n = this.length;
      }
    }
    this.length = n;
  }

  /** The bytes written so far, copied out; the buffer goes back for the next page. */
  take(): Buffer {
    const out = Buffer.from(this.bytes.subarray(0, this.length));
    ContentBytes.spare.push(this.bytes);
    this.length = 0;
    return out;
  }
}

/**
 * OpenType features fontkit applies to every horizontal run by default (its DefaultShaper); a face
 * with none of them, no legacy kerning and no AAT table draws printable ASCII glyph for glyph, as
 * its character map says. Courier Prime's regular and bold faces are such (their GSUB has only
 * features applied on request), its italics are not (they ligate fi and fl). Variable fonts and
 * fonts without TrueType outlines always go through fontkit.
 */
const DEFAULT_FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
const PRINTABLE_ASCII = /^[ -~]*$/;

interface FontCache {
  /** Whether printable ASCII skips shaping (see DEFAULT_FEATURES). */
  direct: boolean;
  /** Code point → glyph code as literal string bytes (the direct path); ASCII in an array, as bytes, for speed. */
  chars: Map<number, string>;
  ascii: (Uint8Array | undefined)[];
  /** ASCII code → its glyph code as two bytes (high << 8 | low) when it needs no escape, else -1 (then `ascii`). */
  asciiPair: Int32Array;
  /** Word (with its trailing spaces, as pdfkit caches it) → glyph codes, or null when shaping moves a glyph off its advance (kerning, marks) and pdfkit must place it. */
  words: Map<string, string | null>;
}

const caches = new WeakMap<EmbeddedFont, FontCache>();

function cacheFor(font: EmbeddedFont): FontCache {
  let cache = caches.get(font);
  if (!cache) {
    // A font seen here before any glyph was drawn with it gets the raw-table subsetter.
    if (font.subset.glyphs.length === 1 && canSubset(font.font)) font.subset = new TrueTypeSubset(font.font);
    const tables = font.font.directory.tables;
    const features = new Set(font.font.availableFeatures);
    const direct = canSubset(font.font) && !tables.fvar && !tables.morx && !tables.kern && !tables.GPOS && !DEFAULT_FEATURES.some((f) => features.has(f));
    caches.set(font, (cache = { direct, chars: new Map(), ascii: [], asciiPair: new Int32Array(0x80).fill(-1), words: new Map() }));
  }
  return cache;
}

/**
 * A character's glyph in a directly drawn face: its id from the character map and its advance from
 * hmtx, read raw — fontkit's glyph objects would build a Unicode property table on first use.
 */
function directGlyph(font: EmbeddedFont, codePoint: number): { id: number; advance: number } {
  const id = font.font._cmapProcessor.lookup(codePoint);
  return { id, advance: advanceWidth(font.font, id) };
}

/** One character's glyph code, recorded in the subset as pdfkit's encode() records it (glyph, width, text). */
function encodeChar(font: EmbeddedFont, cache: FontCache, codePoint: number): string {
  let code = cache.chars.get(codePoint);
  if (code === undefined) {
    const glyph = directGlyph(font, codePoint);
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advance * font.scale;
    font.unicode[gid] ??= [codePoint];
    code = literalCode(gid.toString(16).padStart(4, '0'));
    cache.chars.set(codePoint, code);
    if (codePoint < 0x80) {
      const bytes = (cache.ascii[codePoint] = latin1(code));
      if (bytes.length === 2) cache.asciiPair[codePoint] = (bytes[0] << 8) | bytes[1];
    }
  }
  return code;
}

/** A printable ASCII character's glyph code as bytes, recorded in the subset on first use. */
function asciiCode(font: EmbeddedFont, cache: FontCache, codePoint: number): Uint8Array {
  encodeChar(font, cache, codePoint);
  return cache.ascii[codePoint]!;
}

function encodeWord(font: EmbeddedFont, word: string): string | null {
  const cache = cacheFor(font);
  let codes = cache.words.get(word);
  if (codes === undefined) {
    if (cache.direct && PRINTABLE_ASCII.test(word)) {
      codes = '';
      for (let i = 0; i < word.length; i++) codes += encodeChar(font, cache, word.charCodeAt(i));
    } else {
      const [glyphs, positions] = font.encode(word);
      const plain = positions.every((p) => p.xAdvance === p.advanceWidth && !p.xOffset && !p.yOffset);
      codes = plain ? glyphs.map(literalCode).join('') : null;
    }
    cache.words.set(word, codes);
  }
  return codes;
}

// A word with its trailing spaces, or spaces leading a line.
const WORD = /[^ ]+ *| +/g;

/**
 * The width of `text` in a registered face, in points, as `doc.widthOfString` gives it; printable
 * ASCII in a face that draws it glyph for glyph is summed from the glyphs' advances, without
 * starting fontkit's shaper for the face.
 */
export function widthOf(doc: PDFKit.PDFDocument, face: string, sizePt: number, text: string): number {
  doc.font(face).fontSize(sizePt);
  const font = (doc as unknown as DocInternals)._font;
  if (!cacheFor(font).direct || !PRINTABLE_ASCII.test(text)) return doc.widthOfString(text);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += directGlyph(font, text.charCodeAt(i)).advance * font.scale;
  return (units / 1000) * sizePt;
}

// Positioning operators by x and baseline: a page's lines stand on a few dozen baselines at a few
// left edges, the same on every page, so each operator is formatted once per document.
const positionsByDoc = new WeakMap<object, Map<number, Map<number, Uint8Array>>>();

function positionOp(doc: object, x: number, baseline: number): Uint8Array {
  let positions = positionsByDoc.get(doc);
  if (!positions) positionsByDoc.set(doc, (positions = new Map()));
  let row = positions.get(x);
  if (!row) positions.set(x, (row = new Map()));
  let op = row.get(baseline);
  if (!op) row.set(baseline, (op = latin1(`1 0 0 1 ${num(x)} ${num(baseline)} Tm\n(`)));
  return op;
}

const SHOW = latin1(') Tj\n');

export class PageText {
  private out: ContentBytes | null = null;
  private fontId = '';
  private fontSize = 0;
  /** The text object's character spacing (Tc), in points. */
  private spacing = 0;
  private readonly doc: PDFKit.PDFDocument;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
  }

  /** Draws `text` with its baseline at y, as `doc.text(text, x, y, { baseline: 'alphabetic' })` would. */
  drawOnBaseline(face: string, sizePt: number, text: string, x: number, baseline: number): void {
    this.doc.font(face);
    this.draw(face, sizePt, text, x, baseline - ((this.doc as unknown as DocInternals)._font.ascender / 1000) * sizePt);
  }

  /**
   * Draws `text` in a registered Courier face with its top at (x, y) points, as `doc.text(text, x, y)`
   * would; `spacing` points are added to every character's advance (pdfkit's characterSpacing).
   */
  draw(face: string, sizePt: number, text: string, x: number, y: number, spacing = 0): void {
    if (!text) return;
    const doc = this.doc;
    doc.font(face).fontSize(sizePt);
    const internals = doc as unknown as DocInternals;
    const font = internals._font;
    const cache = cacheFor(font);
    // Most lines: printable ASCII in a face drawn glyph for glyph, a table lookup per character.
    const direct = cache.direct && PRINTABLE_ASCII.test(text);
    let codes = '';
    if (!direct) {
      for (const word of text.match(WORD) ?? []) {
        const part = encodeWord(font, word);
        if (part === null) {
          // Shaping moves a glyph: pdfkit places it, after what this page holds so far.
          this.flush();
          doc.text(text, x, y, { lineBreak: false, characterSpacing: spacing });
          return;
        }
        codes += part;
      }
    }
    if (!(font.id in internals.page.fonts)) internals.page.fonts[font.id] = font.ref();
    const out = (this.out ??= new ContentBytes());
    if (out.length === 0) out.text(`q\n1 0 0 -1 0 ${num(internals.page.height)} cm\nBT\n`);
    if (font.id !== this.fontId || sizePt !== this.fontSize) {
      out.text(`/${font.id} ${num(sizePt)} Tf\n`);
      this.fontId = font.id;
      this.fontSize = sizePt;
    }
    if (spacing !== this.spacing) {
      out.text(`${num(spacing)} Tc\n`);
      this.spacing = spacing;
    }
    // pdfkit's page space runs top-down; the text object flips back, and pdfkit's default
    // baseline ("top") puts the font's ascent below y.
    out.raw(positionOp(doc, x, internals.page.height - y - (font.ascender / 1000) * sizePt));
    if (direct) {
      out.glyphs(text, cache.asciiPair, (c) => cache.ascii[c] ?? asciiCode(font, cache, c));
    } else out.text(codes);
    out.raw(SHOW);
  }

  /** Writes what was drawn so far into the page (before pdfkit draws anything itself, and at the page's end). */
  flush(): void {
    if (!this.out || this.out.length === 0) return;
    this.out.text('ET\nQ\n');
    // As bytes: pdfkit would otherwise copy a string into its stream one character at a time.
    this.doc.addContent(this.out.take() as unknown as string);
    this.out = null;
    this.fontId = '';
    this.fontSize = 0;
    this.spacing = 0;
  }
}
