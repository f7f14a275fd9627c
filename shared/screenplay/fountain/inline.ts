/**
 * Fountain emphasis, as the rest of Naskah imports it: the reader (emphasis-read.ts, linear, one
 * pass per line) and the writer (emphasis-write.ts), which together round-trip bold, italic and
 * underline in any overlap.
 */
export { normaliseMarks, parseEmphasis as parseInline, type InlineText } from './emphasis-read.ts';
export { writeEmphasis as writeInline } from './emphasis-write.ts';
