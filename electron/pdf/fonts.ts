/**
 * Fonts for the PDF: Courier Prime (SIL OFL), shipped inside the @expo-google-fonts/courier-prime
 * dependency and read from there — bundled with the app, never fetched. Courier Prime covers
 * Latin (Indonesian included) but no Hangul, CJK, Cyrillic or Vietnamese tone marks; runs of
 * such characters are drawn in Noto Sans KR (OFL, @expo-google-fonts/noto-sans-kr: Hangul, CJK,
 * kana, Cyrillic, Latin) so they print instead of vanishing.
 */
import { createRequire } from 'node:module';
import { openSync, type Font } from 'fontkit';
import type { MarkStyle } from '../../shared/screenplay/model.ts';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/courier-prime/400Regular/CourierPrime_400Regular.ttf',
  bold: '@expo-google-fonts/courier-prime/700Bold/CourierPrime_700Bold.ttf',
  italic: '@expo-google-fonts/courier-prime/400Regular_Italic/CourierPrime_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/courier-prime/700Bold_Italic/CourierPrime_700Bold_Italic.ttf',
  // Fallbacks: no italic exists for Noto Sans KR, so italic runs fall back to the upright face.
  fallback: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  fallbackBold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
} as const;

export type FontFace = keyof typeof FILES;
export type CourierFace = Exclude<FontFace, 'fallback' | 'fallbackBold'>;

export function fontPath(face: FontFace): string {
  return require.resolve(FILES[face]);
}

export function faceFor(styles: ReadonlySet<MarkStyle>): CourierFace {
  const bold = styles.has('bold');
  const italic = styles.has('italic');
  return bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular';
}

export function fallbackFor(face: CourierFace): FontFace {
  return face === 'bold' || face === 'boldItalic' ? 'fallbackBold' : 'fallback';
}

// Opened once per process; the four Courier faces share one character set, so Regular decides.
let courier: Font | undefined;
const covered = new Map<number, boolean>();

/** Whether Courier Prime can draw this code point (white space and controls always count as drawable). */
export function courierHas(codePoint: number): boolean {
  if (codePoint <= 0x20) return true;
  let has = covered.get(codePoint);
  if (has === undefined) {
    courier ??= openSync(fontPath('regular'));
    has = courier.hasGlyphForCodePoint(codePoint);
    covered.set(codePoint, has);
  }
  return has;
}

/**
 * Courier Prime's ascent at a size, in points. pdfkit places text by the top of the font's
 * ascent; a fallback run is drawn on Courier's baseline (y + this) so both sit on one line.
 */
export function courierAscentPt(sizePt: number): number {
  courier ??= openSync(fontPath('regular'));
  return (courier.ascent / courier.unitsPerEm) * sizePt;
}

/** Splits text into runs that Courier Prime draws and runs that need the fallback font. */
export function splitByCoverage(text: string): { text: string; fallback: boolean }[] {
  const out: { text: string; fallback: boolean }[] = [];
  for (const ch of text) {
    const fallback = !courierHas(ch.codePointAt(0)!);
    const last = out[out.length - 1];
    if (last && last.fallback === fallback) last.text += ch;
    else out.push({ text: ch, fallback });
  }
  return out;
}
