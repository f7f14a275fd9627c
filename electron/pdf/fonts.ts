/**
 * Fonts for the PDF: Courier Prime (SIL OFL), shipped inside the @expo-google-fonts/courier-prime
 * dependency and read from there — bundled with the app, never fetched. Courier Prime covers
 * Latin (Indonesian included) but no Hangul, CJK, Cyrillic or Vietnamese tone marks; runs of such
 * characters are drawn in a Noto Sans fallback (OFL, the same @expo-google-fonts family): KR
 * (Hangul, Korean hanja, kana, Cyrillic, Latin), JP (Japanese kanji and kana) and SC (Simplified
 * and most Traditional Chinese). Which one draws an ideograph depends on the script's language —
 * a kanji in a Japanese script takes Japanese forms, in a Korean one Korean forms — and a character
 * one font lacks (黙 is not in KR, 这 not in JP) goes to the next that has it.
 *
 * Everything is lazy: a font file is opened only when a character needs it, so a Latin-only
 * script never reads the fallbacks (pdfkit opens a registered font on first use too).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { openSync, type Font } from 'fontkit';
import type { MarkStyle } from '../../shared/screenplay/model.ts';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/courier-prime/400Regular/CourierPrime_400Regular.ttf',
  bold: '@expo-google-fonts/courier-prime/700Bold/CourierPrime_700Bold.ttf',
  italic: '@expo-google-fonts/courier-prime/400Regular_Italic/CourierPrime_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/courier-prime/700Bold_Italic/CourierPrime_700Bold_Italic.ttf',
  // Fallbacks: no italic exists for Noto Sans CJK, so italic runs fall back to the upright face.
  fallback: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  fallbackBold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  fallbackJp: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  fallbackJpBold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  fallbackSc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  fallbackScBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontFace = keyof typeof FILES;
export type CourierFace = 'regular' | 'bold' | 'italic' | 'boldItalic';
/** The fallback fonts, by the language whose glyph forms they draw. */
export type FallbackFamily = 'kr' | 'jp' | 'sc';

const FALLBACK_FACES: Record<FallbackFamily, { regular: FontFace; bold: FontFace }> = {
  kr: { regular: 'fallback', bold: 'fallbackBold' },
  jp: { regular: 'fallbackJp', bold: 'fallbackJpBold' },
  sc: { regular: 'fallbackSc', bold: 'fallbackScBold' },
};

export const FONT_FACES = Object.keys(FILES) as FontFace[];

// Each font package's folder, resolved once: resolving every face's file walked node_modules ten
// times at the start of each export (1–3 ms of a CLI conversion).
const packageDirs = new Map<string, string>();

export function fontPath(face: FontFace): string {
  const [scope, name, ...rest] = FILES[face].split('/');
  const pkg = `${scope}/${name}`;
  let dir = packageDirs.get(pkg);
  if (dir === undefined) packageDirs.set(pkg, (dir = path.dirname(require.resolve(`${pkg}/package.json`))));
  return path.join(dir, ...rest);
}

const COURIER_FACES: readonly CourierFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** Registers the Courier faces in a document; the fallback faces are registered when first drawn (fallbackFace). */
export function registerCourier(doc: PDFKit.PDFDocument): void {
  for (const face of COURIER_FACES) doc.registerFont(face, fontPath(face));
}

const registeredFallbacks = new WeakMap<object, Set<FontFace>>();

/** The fallback face that draws `family`'s characters in `face`'s weight, registered in the document on first use. */
export function fallbackFace(doc: PDFKit.PDFDocument, face: CourierFace, family: FallbackFamily): FontFace {
  const name = fallbackFor(face, family);
  let done = registeredFallbacks.get(doc);
  if (!done) registeredFallbacks.set(doc, (done = new Set()));
  if (!done.has(name)) {
    doc.registerFont(name, fontPath(name));
    done.add(name);
  }
  return name;
}

export function faceFor(styles: ReadonlySet<MarkStyle>): CourierFace {
  const bold = styles.has('bold');
  const italic = styles.has('italic');
  return bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular';
}

export function fallbackFor(face: CourierFace, family: FallbackFamily = 'kr'): FontFace {
  return FALLBACK_FACES[family][face === 'bold' || face === 'boldItalic' ? 'bold' : 'regular'];
}

// Opened once per process, each on first need; the faces of one family share one character set,
// so the regular face decides.
const opened = new Map<FontFace, Font>();
const covered = new Map<FontFace, Map<number, boolean>>();

function has(face: FontFace, codePoint: number): boolean {
  let cache = covered.get(face);
  if (!cache) covered.set(face, (cache = new Map()));
  let yes = cache.get(codePoint);
  if (yes === undefined) {
    let font = opened.get(face);
    if (!font) opened.set(face, (font = openSync(fontPath(face))));
    yes = font.hasGlyphForCodePoint(codePoint);
    cache.set(codePoint, yes);
  }
  return yes;
}

/** Whether Courier Prime can draw this code point (white space and controls always count as drawable). */
export function courierHas(codePoint: number): boolean {
  return codePoint <= 0x20 || has('regular', codePoint);
}

/** Which fonts the fallback fonts were opened for so far (for the lazy-loading test). */
export function openedFonts(): FontFace[] {
  return [...opened.keys()];
}

/**
 * Courier Prime's ascent at a size, in points. pdfkit places text by the top of the font's
 * ascent; a fallback run is drawn on Courier's baseline (y + this) so both sit on one line.
 */
export function courierAscentPt(sizePt: number): number {
  courierAscent ??= ascentPerEm(fs.readFileSync(fontPath('regular')));
  return courierAscent * sizePt;
}

let courierAscent: number | undefined;

/**
 * A TrueType font's ascent (hhea) over its units per em (head), read from the file's table
 * directory: what fontkit's `ascent / unitsPerEm` gives, without opening the font a second time
 * beside pdfkit's copy (most scripts never need fontkit's font here otherwise).
 */
export function ascentPerEm(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + i * 16;
    tables.set(String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]), view.getUint32(at + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error('not a TrueType font: no head or hhea table');
  return view.getInt16(hhea + 4) / view.getUint16(head + 18);
}

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u;

/**
 * The order in which the fallback fonts are tried for a script's text: Japanese forms when it
 * has kana, Korean when it has Hangul, Chinese when its ideographs stand alone; Korean first for
 * everything else (Cyrillic, …), as before.
 */
export function fallbackOrder(text: string): FallbackFamily[] {
  if (KANA.test(text)) return ['jp', 'sc', 'kr'];
  if (HANGUL.test(text)) return ['kr', 'jp', 'sc'];
  if (HAN.test(text)) return ['sc', 'jp', 'kr'];
  return ['kr', 'jp', 'sc'];
}

// The order chosen for a whole document (set where the document's fonts are registered), so that a
// line of kanji alone in a Japanese script still takes Japanese forms.
const documentOrders = new WeakMap<object, FallbackFamily[]>();

export function setDocumentFallbackOrder(doc: object, scriptText: string): void {
  documentOrders.set(doc, fallbackOrder(scriptText));
}

export function documentFallbackOrder(doc: object, text: string): FallbackFamily[] {
  return documentOrders.get(doc) ?? fallbackOrder(text);
}

export type CoveragePart = { text: string; fallback: false } | { text: string; fallback: true; family: FallbackFamily };

/** The fallback family that draws a character Courier lacks: the first in `order` that has it. */
function familyFor(codePoint: number, order: readonly FallbackFamily[]): FallbackFamily {
  for (const family of order) if (has(FALLBACK_FACES[family].regular, codePoint)) return family;
  return order[0];
}

// Printable ASCII (and tabs), which Courier Prime covers whole (a test pins it): most lines of most scripts.
const COURIER_ONLY = /^[ -~\t]*$/;

/** Whether Courier Prime draws all of `text` without asking the font (printable ASCII and tabs). */
export function courierOnly(text: string): boolean {
  return COURIER_ONLY.test(text);
}

/** Splits text into runs that Courier Prime draws and runs for each fallback font. */
export function splitByCoverage(text: string, order: readonly FallbackFamily[] = fallbackOrder(text)): CoveragePart[] {
  if (COURIER_ONLY.test(text)) return text ? [{ text, fallback: false }] : [];
  const out: CoveragePart[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const family = courierHas(cp) ? undefined : familyFor(cp, order);
    const last = out[out.length - 1];
    if (last && (family === undefined ? !last.fallback : last.fallback && last.family === family)) last.text += ch;
    else out.push(family === undefined ? { text: ch, fallback: false } : { text: ch, fallback: true, family });
  }
  return out;
}
