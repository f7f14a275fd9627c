/**
 * Character cells: the layout counts text in typewriter cells, one per character, except East
 * Asian wide characters (Hangul, CJK ideographs, kana, full-width forms), which take two, as
 * they do in terminals and in mixed Courier/CJK screenplays. Ranges follow Unicode's East Asian
 * Width "W"/"F" classes in outline.
 */

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo (leading consonants)
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // emoji pictographs
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

const ANY_WIDE = /[\u1100-\u115f\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\ud83c-\ud83e\ud840-\ud8bf]/;

export function isWide(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  for (const [a, b] of WIDE) if (codePoint >= a && codePoint <= b) return true;
  return false;
}

/** Cells of one UTF-16 unit at s[i] (0 for the low half of a surrogate pair, counted with its high half). */
export function cellsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) return 0;
  return isWide(s.codePointAt(i)!) ? 2 : 1;
}

/** True when a text has any wide character (fast check before counting). */
export function hasWide(s: string): boolean {
  return ANY_WIDE.test(s);
}

export function textCells(s: string): number {
  if (!hasWide(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) n += cellsAt(s, i);
  return n;
}
