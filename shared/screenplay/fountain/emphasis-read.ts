/**
 * Fountain emphasis reader: *italic*, **bold**, ***bold italic***, _underline_, "\" escapes.
 * Emphasis never spans a line break (fountain.io), so each line is read on its own.
 *
 * One pass over each line with a stack of open delimiters (each character is looked at once,
 * each delimiter pushed and popped once): linear in the input, whatever the markers.
 *
 * A run of stars may close one emphasis and open the next. That is how styles that overlap
 * without nesting are written (italic "ab", bold italic "cd", bold "ef" is `*ab****cd*****ef**`
 * under the plain nesting of fountain/emphasis-write.ts): the run first closes the open star
 * emphasis, and what is left of it opens a new one. The rules, for a run of n stars:
 * - it closes the innermost open star emphasis of k stars when n = k, or when n > k and the rest
 *   (n − k, at most 3, never k itself: closing and reopening one style is never needed) can open;
 *   a *** opener can also be closed a part at a time (* then **, or the reverse);
 * - otherwise it closes the nearest open emphasis of exactly n stars if there is one (those opened
 *   inside it, never closed, stay literal text), as `*a **b*` reads italic "a **b";
 * - what is left opens a new emphasis if a non-space follows, else it is literal text.
 * An opener needs a non-space after it and a closer a non-space before it; openers never closed
 * by the end of their line are literal. Hand-written because the marks must be offsets into the
 * visible text, which no Markdown library reports.
 */
import type { Mark, MarkStyle } from '../model.ts';

export interface InlineText {
  text: string;
  marks: Mark[];
}

/** White space for emphasis: no opener before it, no closer after it. The writer trims by the same test. */
export const isEmphasisSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n';

interface Opener {
  /** Index in the line's output pieces where this opener's literal stars would go. */
  piece: number;
  ch: '*' | '_';
  /** Stars (or underscores) not yet matched by a closer. */
  count: number;
  /** Stars of the run beyond three: literal, before the opener. */
  extra: number;
  open: boolean;
}

/**
 * Steps taken (characters looked at, delimiters pushed, popped or passed): what the linear-time
 * test counts. Incrementing a number is all it costs.
 */
export const emphasisWork = { steps: 0 };

const SPECIAL = /[*_\\]/g;

const STAR_STYLES: Record<number, MarkStyle[]> = { 1: ['italic'], 2: ['bold'], 3: ['bold', 'italic'] };

function readLine(line: string, base: number, marks: Mark[]): string {
  // Output pieces: literal text, or a slot an opener fills at the end (its unmatched stars).
  // Literal text, or the opener whose unmatched markers fill that place once the line is read.
  const pieces: (string | Opener)[] = [];
  // Pending marks refer to pieces; offsets are known once the line's output is assembled.
  const pending: { from: Opener; toPiece: number; styles: MarkStyle[] }[] = [];
  const stars: Opener[] = [];
  const unders: Opener[] = [];
  // How many open star openers have 1, 2 or 3 unmatched stars: the exact-match search runs only
  // when one exists, so it always succeeds and pops what it passes (amortised linear).
  const starCounts = [0, 0, 0, 0];
  let text = '';
  const flush = () => {
    if (text) pieces.push(text);
    text = '';
  };
  const push = (o: Opener) => {
    flush();
    o.piece = pieces.length;
    pieces.push(o);
    if (o.ch === '*') {
      stars.push(o);
      starCounts[o.count]++;
    } else unders.push(o);
  };
  const setCount = (o: Opener, count: number) => {
    if (o.ch === '*' && o.open) {
      starCounts[o.count]--;
      if (count > 0) starCounts[count]++;
    }
    o.count = count;
  };
  /** Closes opener `o` with `used` of its markers; openers inside it still open become literal. */
  const close = (o: Opener, used: number, styles: MarkStyle[]) => {
    flush();
    pending.push({ from: o, toPiece: pieces.length, styles });
    for (const stack of [stars, unders]) {
      while (stack.length && stack[stack.length - 1].piece > o.piece) {
        emphasisWork.steps++;
        const inner = stack.pop()!;
        if (inner.ch === '*') starCounts[inner.count]--;
        inner.open = false;
      }
    }
    setCount(o, o.count - used);
    if (o.count === 0) {
      const stack = o.ch === '*' ? stars : unders;
      stack.splice(stack.lastIndexOf(o), 1); // o is on top now: O(1)
      o.open = false;
    }
  };

  /** What a run of n stars after a non-space closes; returns the stars left to open or print. */
  const closeStars = (n: number, canOpen: boolean): number => {
    const depth = stars.length;
    const top = (j: number) => stars[stars.length - 1 - j];
    // 1. It closes the innermost one, two or three open emphases exactly.
    let sum = 0;
    for (let j = 0; j < Math.min(3, depth); j++) {
      sum += top(j).count;
      if (sum > n) break;
      if (sum === n) {
        for (let c = 0; c <= j; c++) close(top(0), top(0).count, STAR_STYLES[top(0).count]);
        return 0;
      }
    }
    // 2. It closes part of an open ***.
    if (n < 3 && top(0).count === 3) {
      close(top(0), n, STAR_STYLES[n]);
      return 0;
    }
    // 3. It closes the innermost emphases and opens one with the rest: the first way that does not
    //    open a style still open outside (closing "*" to reopen "*" is never what was written).
    if (canOpen) {
      let italicOpen = starCounts[1] + starCounts[3];
      let boldOpen = starCounts[2] + starCounts[3];
      let closed = 0;
      let fallback = -1;
      let fallbackClosed = 0;
      for (let j = 0; j <= Math.min(3, depth); j++) {
        if (j > 0) {
          const c = top(j - 1).count;
          closed += c;
          if (c !== 2) italicOpen--;
          if (c !== 1) boldOpen--;
        }
        const rest = n - closed;
        if (rest < 1) break;
        if (rest > 3) continue;
        const clash = ((rest & 1) === 1 && italicOpen > 0) || (rest >= 2 && boldOpen > 0);
        if (!clash || fallback < 0) {
          fallback = j;
          fallbackClosed = closed;
        }
        if (!clash) break;
      }
      if (fallback >= 0) {
        for (let c = 0; c < fallback; c++) close(top(0), top(0).count, STAR_STYLES[top(0).count]);
        return n - fallbackClosed;
      }
    }
    // 4. It closes the nearest open emphasis of exactly n stars; those opened inside stay literal.
    if (n <= 3 && starCounts[n] > 0) {
      let j = depth - 1;
      while (stars[j].count !== n) {
        emphasisWork.steps++;
        j--;
      }
      close(stars[j], n, STAR_STYLES[n]);
      return 0;
    }
    return n;
  };

  let i = 0;
  while (i < line.length) {
    emphasisWork.steps++;
    const c = line[i];
    if (c === '\\' && i + 1 < line.length && (line[i + 1] === '*' || line[i + 1] === '_' || line[i + 1] === '\\')) {
      text += line[i + 1];
      i += 2;
      continue;
    }
    if (c !== '*' && c !== '_') {
      // Plain text up to the next marker or escape, in one piece.
      SPECIAL.lastIndex = i + 1;
      const next = SPECIAL.exec(line)?.index ?? line.length;
      emphasisWork.steps += next - i - 1;
      text += line.slice(i, next);
      i = next;
      continue;
    }
    let n = 1;
    while (line[i + n] === c) {
      emphasisWork.steps++;
      n++;
    }
    const canOpen = !isEmphasisSpace(line[i + n]);
    const canClose = i > 0 && !isEmphasisSpace(line[i - 1]);
    i += n;
    if (c === '_') {
      // Underline is a single "_"; a longer run is literal.
      if (n === 1 && canClose && unders.length) close(unders[unders.length - 1], 1, ['underline']);
      else if (n === 1 && canOpen) push({ piece: 0, ch: '_', count: 1, extra: 0, open: true });
      else text += c.repeat(n);
      continue;
    }
    let rest = n;
    if (canClose && stars.length) rest = closeStars(n, canOpen);
    if (rest > 0 && canOpen) push({ piece: 0, ch: '*', count: Math.min(rest, 3), extra: Math.max(0, rest - 3), open: true });
    else if (rest > 0) text += '*'.repeat(rest);
  }
  flush();

  // Assemble: an opener's slot holds its unmatched markers (literal), then the emphasis starts.
  const startOf = new Int32Array(pieces.length + 1);
  const endOf = new Int32Array(pieces.length);
  let offset = base;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    const literal = typeof piece === 'string' ? piece : piece.ch.repeat(piece.count + piece.extra);
    pieces[p] = literal;
    startOf[p] = offset;
    offset += literal.length;
    endOf[p] = offset;
  }
  startOf[pieces.length] = offset;
  for (const m of pending) {
    const start = endOf[m.from.piece];
    const end = startOf[m.toPiece];
    if (end > start) for (const style of m.styles) marks.push({ start, end, style });
  }
  return (pieces as string[]).join('');
}

/** Parses emphasis in raw Fountain text; linear in the length of the text. */
export function parseEmphasis(raw: string): InlineText {
  // Most lines carry no markup: skip the character walk (and its garbage) for them.
  if (!/[*_\\]/.test(raw)) return { text: raw, marks: [] };
  const marks: Mark[] = [];
  const out: string[] = [];
  let base = 0;
  for (const line of raw.split('\n')) {
    const read = readLine(line, base, marks);
    out.push(read);
    base += read.length + 1;
  }
  return { text: out.join('\n'), marks: normaliseMarks(marks) };
}

const STYLE_ORDER: Record<MarkStyle, number> = { bold: 0, italic: 1, underline: 2 };
const byStyle = (a: Mark, b: Mark) => STYLE_ORDER[a.style] - STYLE_ORDER[b.style];

/** Sorted, merged (touching same-style marks join), empty marks removed. */
export function normaliseMarks(marks: readonly Mark[]): Mark[] {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => byStyle(a, b) || a.start - b.start);
  const merged: Mark[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.style === m.style && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged.sort((a, b) => a.start - b.start || byStyle(a, b));
}
