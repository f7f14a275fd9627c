/**
 * Fonts for the PDF: Courier Prime (SIL OFL), shipped inside the @expo-google-fonts/courier-prime
 * dependency and read from there — bundled with the app, never fetched.
 */
import { createRequire } from 'node:module';
import type { MarkStyle } from '../../shared/screenplay/model.ts';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/courier-prime/400Regular/CourierPrime_400Regular.ttf',
  bold: '@expo-google-fonts/courier-prime/700Bold/CourierPrime_700Bold.ttf',
  italic: '@expo-google-fonts/courier-prime/400Regular_Italic/CourierPrime_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/courier-prime/700Bold_Italic/CourierPrime_700Bold_Italic.ttf',
} as const;

export type FontFace = keyof typeof FILES;

export function fontPath(face: FontFace): string {
  return require.resolve(FILES[face]);
}

export function faceFor(styles: ReadonlySet<MarkStyle>): FontFace {
  const bold = styles.has('bold');
  const italic = styles.has('italic');
  return bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular';
}
