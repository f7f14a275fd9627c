/**
 * Fountain emphasis: *italic*, **bold**, ***bold italic***, _underline_, with "\" escapes.
 * Emphasis never spans a line break (fountain.io). Hand-written because the marks must be
 * offsets into the visible text, which no Markdown library reports.
 */
import type { Mark, MarkStyle } from '../model.ts';

export interface InlineText {
  text: string;
  marks: Mark[];
}

const STAR_STYLES: Record<number, MarkStyle[]> = { 1: ['italic'], 2: ['bold'], 3: ['bold', 'italic'] };
const UNDERLINE: MarkStyle[] = ['underline'];
const STAR = 42; // '*'
const UNDERSCORE = 95; // '_'
const BACKSLASH = 92; // '\\'

/** Counts the parser's steps, so a test can prove the work grows linearly with the input. */
export interface InlineProbe {
  steps: number;
}

/**
 * Parses emphasis in raw Fountain text in linear time, whatever the input: each line is scanned
 * once up front for its runs of `*` and `_` (escapes taken into account), and every search for a
 * closing marker moves a pointer forward through those runs instead of scanning the line again.
 * That holds because the walk only ever moves right: every search starts where the walk is.
 */
export function parseInline(raw: string, probe?: InlineProbe): InlineText {
  // Most lines carry no markup: skip the character walk (and its garbage) for them.
  if (!/[*_\\]/.test(raw)) return { text: raw, marks: [] };
  const out: string[] = [];
  const marks: Mark[] = [];
  const at = { length: 0 };
  let lineStart = 0;
  for (;;) {
    const nl = raw.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? raw.length : nl;
    parseLine(raw, lineStart, lineEnd, out, at, marks, probe);
    if (nl < 0) break;
    out.push('\n');
    at.length++;
    lineStart = nl + 1;
  }
  return { text: out.join(''), marks: normaliseMarks(marks) };
}

/** One line [a, b): emphasis never spans a line break (fountain.io). */
function parseLine(s: string, a: number, b: number, out: string[], at: { length: number }, marks: Mark[], probe?: InlineProbe): void {
  let markers = false;
  // Where emphasis can close, by delimiter ("*", "**", "***", "_"): a run of exactly the
  // delimiter's length, not after white space. Found in one pass over the line.
  const closers: number[][] = [[], [], [], []];
  let escapes = false;
  for (let j = a; j < b; ) {
    if (probe) probe.steps++;
    const c = s.charCodeAt(j);
    if (c === BACKSLASH) {
      escapes = true;
      j += 2;
      continue;
    }
    if (c !== STAR && c !== UNDERSCORE) {
      j++;
      continue;
    }
    let k = j + 1;
    while (k < b && s.charCodeAt(k) === c) k++;
    if (probe) probe.steps += k - j - 1;
    markers = true;
    const n = k - j;
    const prev = s[j - 1];
    if (prev !== ' ' && prev !== '\t') {
      if (c === STAR && n <= 3) closers[n - 1].push(j);
      else if (c === UNDERSCORE && n === 1) closers[3].push(j);
    }
    j = k;
  }
  if (!markers && !escapes) {
    out.push(s.slice(a, b));
    at.length += b - a;
    return;
  }

  // Pointers that only move forward: the next closer of each kind.
  const next = [0, 0, 0, 0];
  const findCloser = (from: number, end: number, kind: number): number => {
    const list = closers[kind];
    let p = next[kind];
    while (p < list.length && list[p] < from) {
      p++;
      if (probe) probe.steps++;
    }
    next[kind] = p;
    return p < list.length && list[p] < end ? list[p] : -1;
  };
  const emit = (from: number, to: number) => {
    if (to > from) {
      out.push(s.slice(from, to));
      at.length += to - from;
    }
  };

  // Text is copied in slices of the source: a literal marker stays part of the slice around it,
  // so only escapes and emphasis boundaries cut one (a line of 100 000 stars is one slice).
  const walk = (start: number, end: number): void => {
    let i = start;
    let plain = start;
    while (i < end) {
      if (probe) probe.steps++;
      const c = s.charCodeAt(i);
      if (c === BACKSLASH) {
        const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
        if (d === STAR || d === UNDERSCORE || d === BACKSLASH) {
          emit(plain, i);
          plain = i + 1;
          i += 2;
        } else i++;
        continue;
      }
      if (c !== STAR && c !== UNDERSCORE) {
        i++;
        continue;
      }
      // At most three stars open emphasis: count no further (a long run is then walked in threes).
      let run = 1;
      if (c === STAR) while (run < 3 && i + run < b && s.charCodeAt(i + run) === STAR) run++;
      const after = s.charCodeAt(i + run);
      if (i + run < b && after !== 32 && after !== c) {
        const kind = c === STAR ? run - 1 : 3;
        const closer = findCloser(i + run, end, kind);
        if (closer > i + run) {
          emit(plain, i);
          const from = at.length;
          walk(i + run, closer);
          if (at.length > from) for (const style of c === STAR ? STAR_STYLES[run] : UNDERLINE) marks.push({ start: from, end: at.length, style });
          i = closer + run;
          plain = i;
          continue;
        }
      }
      i += run;
    }
    emit(plain, end);
  };
  walk(a, b);
}

/** Sorted, merged (touching same-style marks join), empty marks removed. */
export function normaliseMarks(marks: readonly Mark[]): Mark[] {
  // Style names are ASCII: a code-unit comparison orders them as localeCompare did, far faster.
  const byStyle = (a: Mark, b: Mark) => (a.style < b.style ? -1 : a.style > b.style ? 1 : 0);
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => byStyle(a, b) || a.start - b.start);
  const merged: Mark[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.style === m.style && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged.sort((a, b) => a.start - b.start || byStyle(a, b));
}

const OPEN: Record<MarkStyle, string> = { bold: '**', italic: '*', underline: '_' };

/**
 * Writes visible text + marks back as Fountain emphasis, escaping literal markers so the text
 * reads back unchanged. Marks are split at line breaks because Fountain emphasis cannot span them.
 */
export function writeInline(text: string, marks: readonly Mark[] = []): string {
  const escape = (s: string) => s.replace(/[\\*_]/g, (m) => `\\${m}`);
  if (marks.length === 0) return escape(text);
  // Which styles are active on each character.
  const active: Set<MarkStyle>[] = Array.from({ length: text.length }, () => new Set());
  for (const m of marks) for (let i = m.start; i < Math.min(m.end, text.length); i++) if (text[i] !== '\n') active[i].add(m.style);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const styles = [...active[i]].sort();
    let j = i + 1;
    while (j < text.length && sameSet(active[j], active[i])) j++;
    const chunk = escape(text.slice(i, j));
    if (styles.length === 0 || /^\s|\s$/.test(text.slice(i, j))) {
      // Emphasis cannot open or close on white space: keep the spaces outside the markers.
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text.slice(i, j))!;
      if (styles.length === 0 || m[2] === '') out += chunk;
      else out += escape(m[1]) + wrap(escape(m[2]), styles) + escape(m[3]);
    } else out += wrap(chunk, styles);
    i = j;
  }
  return out;
}

function wrap(s: string, styles: MarkStyle[]): string {
  let open = '';
  let close = '';
  const bold = styles.includes('bold');
  const italic = styles.includes('italic');
  if (bold && italic) {
    open += '***';
    close = '***' + close;
  } else if (bold || italic) {
    open += OPEN[bold ? 'bold' : 'italic'];
    close = OPEN[bold ? 'bold' : 'italic'] + close;
  }
  if (styles.includes('underline')) {
    open = '_' + open;
    close = close + '_';
  }
  return open + s + close;
}

function sameSet(a: Set<MarkStyle>, b: Set<MarkStyle>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
