/**
 * A TrueType (glyf-outline) font subset for pdfkit, built from the font file's raw tables.
 *
 * pdfkit embeds fonts through fontkit's subsetter, which decodes every glyph's outline to read
 * its metrics and re-encodes each table field by field: about 10 ms per face in a fresh process,
 * a tenth of a feature-length export. A subset needs none of that — it is the same glyph
 * programs, renumbered: glyphs are copied byte for byte (a compound glyph's component ids
 * rewritten), with a new loca, hmtx, and head/hhea/maxp copies whose glyph counts are updated;
 * cvt, prep and fpgm are copied whole, as fontkit copies them. The tables are those fontkit's
 * subset has (what the PDF specification requires of an embedded TrueType font). Glyph ids are
 * assigned as fontkit assigns them (.notdef first, then in order of first use, components last),
 * so the subset is a drop-in for fontkit's in pdfkit's embedded font.
 */

interface TableEntry {
  offset: number;
  length: number;
}

/** The parts of a fontkit TrueType font this reads: the file's bytes and its table directory. */
export interface RawFont {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, TableEntry | undefined> };
}

// Compound glyph flags (OpenType "glyf" table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** A glyph's advance width in font units, from the raw hmtx table (no glyph object, no outline decoded). */
export function advanceWidth(font: RawFont, glyphId: number): number {
  const { hhea, hmtx } = font.directory.tables;
  const bytes = font.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const longMetrics = view.getUint16(hhea!.offset + 34);
  return view.getUint16(hmtx!.offset + Math.min(glyphId, longMetrics - 1) * 4);
}

/** Whether this subsetter can stand in for fontkit's: a glyf font with the tables it copies. */
export function canSubset(font: RawFont): boolean {
  const t = font.directory.tables;
  return ['glyf', 'loca', 'head', 'hhea', 'hmtx', 'maxp'].every((tag) => t[tag]) && !t.gvar && !t.CFF && !t['CFF2'];
}

export class TrueTypeSubset {
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly tables: Record<string, TableEntry | undefined>;

  constructor(font: RawFont) {
    this.bytes = font.stream.buffer;
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    this.tables = font.directory.tables;
    this.includeGlyph(0);
  }

  /** The subset's id for a glyph of the font, adding the glyph on first use. */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'object' ? glyph.id : glyph;
    let gid = this.mapping.get(id);
    if (gid === undefined) {
      gid = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, gid);
    }
    return gid;
  }

  private table(tag: string): Uint8Array {
    const t = this.tables[tag];
    return t ? this.bytes.subarray(t.offset, t.offset + t.length) : new Uint8Array(0);
  }

  /** The glyph's bytes in the original glyf table. */
  private glyphBytes(id: number): Uint8Array {
    const head = this.tables.head!;
    const loca = this.tables.loca!;
    const long = this.view.getInt16(head.offset + 50) === 1;
    const at = (i: number) => (long ? this.view.getUint32(loca.offset + i * 4) : this.view.getUint16(loca.offset + i * 2) * 2);
    const glyf = this.tables.glyf!.offset;
    return this.bytes.subarray(glyf + at(id), glyf + at(id + 1));
  }

  /** A compound glyph with its component ids renumbered (components join the subset). */
  private renumbered(source: Uint8Array): Uint8Array {
    const out = new Uint8Array(source);
    const view = new DataView(out.buffer);
    let pos = 10;
    for (;;) {
      const flags = view.getUint16(pos);
      view.setUint16(pos + 2, this.includeGlyph(view.getUint16(pos + 2)));
      pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) pos += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
      if (!(flags & MORE_COMPONENTS)) return out;
    }
  }

  /** The subset font file. */
  encode(): Uint8Array {
    const hhea = this.tables.hhea!;
    const hmtx = this.tables.hmtx!.offset;
    const longMetrics = this.view.getUint16(hhea.offset + 34);
    const glyphs: Uint8Array[] = [];
    const metrics: [advance: number, bearing: number][] = [];
    // The list grows while it is walked: a compound glyph adds its components.
    for (let i = 0; i < this.glyphs.length; i++) {
      const id = this.glyphs[i];
      const bytes = this.glyphBytes(id);
      glyphs.push(bytes.length >= 10 && this.view.getInt16(bytes.byteOffset - this.bytes.byteOffset) < 0 ? this.renumbered(bytes) : bytes);
      const m = Math.min(id, longMetrics - 1);
      const advance = this.view.getUint16(hmtx + m * 4);
      const bearing = id < longMetrics ? this.view.getInt16(hmtx + id * 4 + 2) : this.view.getInt16(hmtx + longMetrics * 4 + (id - longMetrics) * 2);
      metrics.push([advance, bearing]);
    }
    const n = glyphs.length;

    // glyf, each glyph padded to 4 bytes, and its long-format loca.
    const glyfLength = glyphs.reduce((sum, g) => sum + pad4(g.length), 0);
    const glyf = new Uint8Array(glyfLength);
    const loca = new DataView(new ArrayBuffer((n + 1) * 4));
    let offset = 0;
    glyphs.forEach((g, i) => {
      loca.setUint32(i * 4, offset);
      glyf.set(g, offset);
      offset += pad4(g.length);
    });
    loca.setUint32(n * 4, offset);

    const hmtxOut = new DataView(new ArrayBuffer(n * 4));
    metrics.forEach(([advance, bearing], i) => {
      hmtxOut.setUint16(i * 4, advance);
      hmtxOut.setInt16(i * 4 + 2, bearing);
    });

    const head = new Uint8Array(this.table('head'));
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, set below
    headView.setInt16(50, 1); // indexToLocFormat: long offsets
    const hheaOut = new Uint8Array(this.table('hhea'));
    new DataView(hheaOut.buffer).setUint16(34, n); // numberOfHMetrics
    const maxp = new Uint8Array(this.table('maxp'));
    new DataView(maxp.buffer).setUint16(4, n); // numGlyphs

    const out: Record<string, Uint8Array> = { head, hhea: hheaOut, loca: new Uint8Array(loca.buffer), maxp, glyf, hmtx: new Uint8Array(hmtxOut.buffer) };
    for (const tag of ['cvt ', 'prep', 'fpgm']) if (this.tables[tag]) out[tag] = this.table(tag);
    const file = sfnt(out);
    // head.checkSumAdjustment makes the whole file's checksum 0xB1B0AFBA.
    const headAt = tableOffset(file, 'head');
    new DataView(file.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
    return file;
  }
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(bytes: Uint8Array): number {
  const padded = bytes.length % 4 ? (() => {
    const p = new Uint8Array(pad4(bytes.length));
    p.set(bytes);
    return p;
  })() : bytes;
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt (TrueType) file of these tables, in tag order, each 4-byte aligned, with its directory. */
function sfnt(tables: Record<string, Uint8Array>): Uint8Array {
  const tags = Object.keys(tables).sort();
  const headerLength = 12 + tags.length * 16;
  const total = headerLength + tags.reduce((sum, t) => sum + pad4(tables[t].length), 0);
  const file = new Uint8Array(total);
  const view = new DataView(file.buffer);
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - searchRange);
  let offset = headerLength;
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const record = 12 + i * 16;
    for (let k = 0; k < 4; k++) view.setUint8(record + k, tag.charCodeAt(k));
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    file.set(data, offset);
    offset += pad4(data.length);
  });
  return file;
}

function tableOffset(file: Uint8Array, tag: string): number {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...file.subarray(record, record + 4)) === tag) return view.getUint32(record + 8);
  }
  throw new Error(`no ${tag} table`);
}
