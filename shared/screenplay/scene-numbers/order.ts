/**
 * The order of production scene numbers: "A1" < "B1" < "1" < "1A" < "1AA" < "1B" < "2". A number
 * is letters before (a scene put in front of its scene: A1 comes before 1), a whole number, and
 * letters after (a scene put in after it: 12A follows 12). Letters after compare as a
 * dictionary does ("A" < "AA" < "B"), so there is always room between two suffixed scenes; a
 * prefixed scene anchors on the rest of its number ("A12A" comes just before "12A").
 */

export interface SceneNumberParts {
  /** Letters before the digits, upper-cased: "A" in "A1". */
  prefix: string;
  n: number;
  /** Letters after the digits, upper-cased: "A" in "12A". */
  suffix: string;
}

const PARTS = /^([A-Za-z]*)(\d{1,9})([A-Za-z]*)$/;

/** The parts of a number such as "12A" or "A1"; null for anything else ("I-1", "12.5"). */
export function parseSceneNumber(text: string): SceneNumberParts | null {
  const m = PARTS.exec(text.trim());
  if (!m) return null;
  return { prefix: m[1].toUpperCase(), n: Number(m[2]), suffix: m[3].toUpperCase() };
}

function compareLetters(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative, zero or positive as `a` comes before, with or after `b`; null when either is not a number we can order. */
export function compareSceneNumbers(a: string, b: string): number | null {
  const x = parseSceneNumber(a);
  const y = parseSceneNumber(b);
  if (!x || !y) return null;
  if (x.n !== y.n) return x.n - y.n;
  const bySuffix = compareLetters(x.suffix, y.suffix);
  if (bySuffix !== 0) return bySuffix;
  // Same anchor: prefixed scenes come before it (A1 < B1 < 1).
  if (x.prefix === y.prefix) return 0;
  if (!x.prefix) return 1;
  if (!y.prefix) return -1;
  return compareLetters(x.prefix, y.prefix);
}

export function formatSceneNumber(parts: SceneNumberParts): string {
  return `${parts.prefix}${parts.n}${parts.suffix}`;
}

/** The next letters in dictionary order at the same length: "A" → "B", "AZ" → "B"; "" and all-Z strings get "A" appended. */
export function nextLetters(letters: string): string {
  for (let i = letters.length - 1; i >= 0; i--) {
    if (letters[i] !== 'Z') return letters.slice(0, i) + String.fromCharCode(letters.charCodeAt(i) + 1);
  }
  return letters + 'A';
}
