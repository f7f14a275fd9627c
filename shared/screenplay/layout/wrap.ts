/** Word wrapping at a width in character cells, keeping each line's offset into the element text. */
import { cellsAt, hasWide } from './cells.ts';

export interface WrappedLine {
  /** Offset of the line's first character in the element text (for marks). */
  start: number;
  text: string;
}

/**
 * Breaks at spaces and after the hyphen of a hyphenated word; hard line breaks are kept; a word
 * longer than the width is cut. Trailing spaces at a break are dropped, as a typewriter would.
 * `hyphenHangs`: the hyphen a line breaks after may stand one cell past the width (Final Draft).
 */
export function wrapText(text: string, width: number, hyphenHangs = false): WrappedLine[] {
  if (hasWide(text)) return wrapCells(text, width);
  const hang = hyphenHangs ? 1 : 0;
  const out: WrappedLine[] = [];
  // One paragraph (most elements) without splitting; trimEnd() drops what /\s+$/ would, and
  // returns the line itself when there is nothing to drop.
  if (text.indexOf('\n') < 0) wrapParagraph(text, 0, width, hang, out);
  else {
    let offset = 0;
    for (const para of text.split('\n')) {
      wrapParagraph(para, offset, width, hang, out);
      offset += para.length + 1;
    }
  }
  return out;
}

function wrapParagraph(para: string, offset: number, width: number, hang: number, out: WrappedLine[]): void {
  if (para.length <= width) {
    out.push({ start: offset, text: para.trimEnd() });
    return;
  }
  // Hyphens are rare: look for a hyphen break only in lines that hold one.
  let nextHyphen = para.indexOf('-');
  let i = 0;
  while (i < para.length) {
    if (para.length - i <= width) {
      out.push({ start: offset + i, text: para.slice(i).trimEnd() });
      return;
    }
    let cut = para.lastIndexOf(' ', i + width);
    // A hyphenated word may break after its hyphen, as Final Draft (and the browser) break it.
    if (nextHyphen >= 0 && nextHyphen < i) nextHyphen = para.indexOf('-', i);
    if (nextHyphen >= 0 && nextHyphen < i + width + hang) {
      const hyphen = hyphenBreak(para, i, i + width + hang);
      if (hyphen > cut) cut = hyphen;
    }
    if (cut <= i) cut = i + width;
    out.push({ start: offset + i, text: para.slice(i, cut).trimEnd() });
    i = cut;
    while (para.charCodeAt(i) === 32) i++;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The latest offset in (from, to] just after a hyphen between two letters ("down-|river"), or -1. */
export function hyphenBreak(text: string, from: number, to: number): number {
  for (let h = Math.min(to, text.length - 1) - 1; h > from; h--) {
    if (text[h] === '-' && WORD_CHAR.test(text[h - 1]) && WORD_CHAR.test(text[h + 1] ?? '')) return h + 1;
  }
  return -1;
}

/**
 * The same rules counted in cells, for text with wide (CJK, Hangul) characters: those take two
 * cells, and since Chinese and Japanese put no spaces between words, a line may also break
 * before any wide character.
 */
function wrapCells(text: string, width: number): WrappedLine[] {
  const out: WrappedLine[] = [];
  let offset = 0;
  for (const para of text.split('\n')) {
    let lineStart = 0;
    let cells = 0;
    // Where the next line may start: after a space (preferred), or before a wide character.
    let afterSpace = -1;
    let beforeWide = -1;
    let i = 0;
    while (i < para.length) {
      const w = cellsAt(para, i);
      if (cells + w > width && i > lineStart) {
        // Prefer a space (Korean spaces its words); else break right here if this character is wide.
        const cut = afterSpace > lineStart ? afterSpace : w === 2 ? i : beforeWide > lineStart ? beforeWide : i;
        out.push({ start: offset + lineStart, text: para.slice(lineStart, cut).replace(/\s+$/, '') });
        lineStart = cut;
        while (para[lineStart] === ' ') lineStart++;
        // Rescan from the new line start (at most once more per character).
        i = lineStart;
        cells = 0;
        afterSpace = beforeWide = -1;
        continue;
      }
      if (para[i] === ' ') afterSpace = i + 1;
      else if (w === 2) beforeWide = i;
      cells += w;
      i++;
    }
    out.push({ start: offset + lineStart, text: para.slice(lineStart).replace(/\s+$/, '') });
    offset += para.length + 1;
  }
  return out;
}
