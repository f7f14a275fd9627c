/** Word wrapping at a width in characters, keeping each line's offset into the element text. */

export interface WrappedLine {
  /** Offset of the line's first character in the element text (for marks). */
  start: number;
  text: string;
}

/**
 * Breaks at spaces; hard line breaks are kept; a word longer than the width is cut. Trailing
 * spaces at a break are dropped, as a typewriter would.
 */
export function wrapText(text: string, width: number): WrappedLine[] {
  const out: WrappedLine[] = [];
  let offset = 0;
  for (const para of text.split('\n')) {
    if (para.length <= width) out.push({ start: offset, text: para.replace(/\s+$/, '') });
    else {
      let i = 0;
      while (i < para.length) {
        if (para.length - i <= width) {
          out.push({ start: offset + i, text: para.slice(i).replace(/\s+$/, '') });
          break;
        }
        let cut = para.lastIndexOf(' ', i + width);
        if (cut <= i) cut = i + width;
        out.push({ start: offset + i, text: para.slice(i, cut).replace(/\s+$/, '') });
        i = cut;
        while (para[i] === ' ') i++;
      }
    }
    offset += para.length + 1;
  }
  return out;
}

/** True when a wrapped line ends a sentence: a good place to split a speech across pages. */
export function endsSentence(line: string): boolean {
  return /[.!?…]["'”’)]*$/.test(line.trim());
}
