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

function runLength(s: string, i: number, ch: string): number {
  let n = 0;
  while (s[i + n] === ch) n++;
  return n;
}

/** Parses emphasis in raw Fountain text; linear in the length of the text. */
export function parseInline(raw: string): InlineText {
  // Most lines carry no markup: skip the character walk (and its garbage) for them.
  if (!/[*_\\]/.test(raw)) return { text: raw, marks: [] };
  let out = '';
  const marks: Mark[] = [];
  // "delim@lineEnd" once a search found no closer up to lineEnd: later openers (always further
  // right) cannot find one either, which keeps a line full of stray asterisks linear.
  const noCloser = new Set<string>();

  const findCloser = (from: number, lineEnd: number, delim: string): number => {
    const memoKey = `${delim}@${lineEnd}`;
    if (noCloser.has(memoKey)) return -1;
    const ch = delim[0];
    const k = delim.length;
    for (let j = from; j < lineEnd; j++) {
      const c = raw[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c !== ch) continue;
      const n = runLength(raw, j, ch);
      if (n === k && raw[j - 1] !== ' ' && raw[j - 1] !== '\t') return j;
      j += n - 1;
    }
    noCloser.add(memoKey);
    return -1;
  };

  const walk = (start: number, end: number, styles: MarkStyle[]): void => {
    let i = start;
    while (i < end) {
      const c = raw[i];
      if (c === '\n') {
        out += c;
        i++;
        continue;
      }
      if (c === '\\' && i + 1 < end && '*_\\'.includes(raw[i + 1])) {
        out += raw[i + 1];
        i += 2;
        continue;
      }
      if (c === '*' || c === '_') {
        const run = c === '*' ? Math.min(runLength(raw, i, '*'), 3) : 1;
        const delim = c.repeat(run);
        const next = raw[i + run];
        let lineEnd = raw.indexOf('\n', i);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        if (next !== undefined && next !== ' ' && next !== '\n' && next !== c) {
          const closer = findCloser(i + run, lineEnd, delim);
          if (closer > i + run) {
            const from = out.length;
            const added = c === '*' ? STAR_STYLES[run] : (['underline'] as MarkStyle[]);
            walk(i + run, closer, [...styles, ...added]);
            for (const style of added) if (out.length > from) marks.push({ start: from, end: out.length, style });
            i = closer + run;
            continue;
          }
        }
        out += delim;
        i += run;
        continue;
      }
      out += c;
      i++;
    }
  };

  walk(0, raw.length, []);
  return { text: out, marks: normaliseMarks(marks) };
}

/** Sorted, merged (touching same-style marks join), empty marks removed. */
export function normaliseMarks(marks: readonly Mark[]): Mark[] {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => a.style.localeCompare(b.style) || a.start - b.start);
  const merged: Mark[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.style === m.style && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged.sort((a, b) => a.start - b.start || a.style.localeCompare(b.style));
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
