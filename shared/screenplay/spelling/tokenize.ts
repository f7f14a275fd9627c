/**
 * Words of plain element text (the model's text has no Fountain markup), with offsets into it.
 * A word is letters (any script, with combining marks) joined by inner apostrophes or hyphens:
 * "don't", "Sari's", "anak-anak", "berjalan-jalan", "bukunya". Tokens with a digit ("3pm", "2024",
 * "A1"), single letters ("V" of "V.O.") and anything inside a web or mail address are not words
 * a dictionary can judge, so they are left out.
 */
export interface Token {
  /** As written, with a typographic apostrophe turned into "'" (dictionaries spell it so). */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;
const ADDRESS = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/giu;

export function tokenize(text: string): Token[] {
  const skipped: Array<[number, number]> = [];
  for (const m of text.matchAll(ADDRESS)) skipped.push([m.index, m.index + m[0].length]);
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length < 2 || DIGIT.test(raw)) continue;
    const start = m.index;
    if (skipped.some(([s, e]) => start >= s && start < e)) continue;
    tokens.push({ word: raw.replace(/[’ʼ]/g, "'").replace(/‐/g, '-'), start, end: start + raw.length });
  }
  return tokens;
}

/** The hyphen-joined parts of a token, each with its own offsets ("anak-anaknya" → anak, anaknya). */
export function parts(token: Token): Token[] {
  if (!token.word.includes('-')) return [token];
  const out: Token[] = [];
  let offset = 0;
  for (const piece of token.word.split('-')) {
    if (piece.length >= 2) out.push({ word: piece, start: token.start + offset, end: token.start + offset + piece.length });
    offset += piece.length + 1;
  }
  return out;
}
