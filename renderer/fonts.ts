/**
 * Courier Prime (SIL OFL) from the @expo-google-fonts/courier-prime dependency, bundled by Vite
 * as local assets: the page view uses the same font as the PDF, and nothing is fetched remotely.
 */
import bold from '@expo-google-fonts/courier-prime/700Bold/CourierPrime_700Bold.ttf?url';
import boldItalic from '@expo-google-fonts/courier-prime/700Bold_Italic/CourierPrime_700Bold_Italic.ttf?url';
import regular from '@expo-google-fonts/courier-prime/400Regular/CourierPrime_400Regular.ttf?url';
import italic from '@expo-google-fonts/courier-prime/400Regular_Italic/CourierPrime_400Regular_Italic.ttf?url';

const FACES: [string, FontFaceDescriptors][] = [
  [regular, { weight: '400', style: 'normal' }],
  [italic, { weight: '400', style: 'italic' }],
  [bold, { weight: '700', style: 'normal' }],
  [boldItalic, { weight: '700', style: 'italic' }],
];

export function loadScreenplayFonts(): void {
  for (const [url, desc] of FACES) {
    const face = new FontFace('Courier Prime', `url(${url})`, desc);
    document.fonts.add(face);
    void face.load().catch(() => {
      // The CSS stack falls back to Courier New / monospace; the page view stays usable.
    });
  }
}
