/**
 * How a typed answer is compared: short text without case, diacritics or extra spaces ("Élan  "
 * = "elan"), numbers written either way round the decimal mark ("2,5" in Indonesian, "2.5").
 */

/** NFD, combining marks removed, case folded, whitespace collapsed and trimmed. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A number as a trainee types it: "2.5", "2,5", "-3", "1 000" (spaces as thousands separators).
 * A comma is the decimal mark when it is the only separator (Indonesian writes 2,5); null when the
 * text is not a number.
 */
export function parseTypedNumber(s: string): number | null {
  let t = s.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  if (commas === 1 && dots === 0) t = t.replace(',', '.');
  else if (commas > 0 && dots === 1 && t.indexOf('.') > t.lastIndexOf(',')) t = t.replace(/,/g, ''); // 1,234.5
  else if (dots > 0 && commas === 1 && t.indexOf(',') > t.lastIndexOf('.')) t = t.replace(/\./g, '').replace(',', '.'); // 1.234,5
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
