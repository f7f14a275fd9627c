/**
 * Fountain emphasis writer: visible text + marks → *italic*, **bold**, ***bold italic***,
 * _underline_, escaping literal markers, so that fountain/emphasis-read.ts gives the same text
 * and marks back for any overlap of the three styles (tests/shared/screenplay/fountain/
 * emphasis.test.ts holds the property).
 *
 * Styles that nest are written nested, as every Fountain tool reads them (`*ab **cd** ef*`).
 * Styles that overlap without nesting cannot be: one is closed where the other ends and opened
 * again right after, and the closing and opening stars meet in one run that the reader splits
 * (italic "abcd" over bold "cdef" is `*ab**cd*****ef**`). Underline is kept whole where it
 * crosses bold or italic, which are cut instead (a cut of bold or italic is invisible on paper).
 * Emphasis cannot open before or close after white space, nor cross a line break: a mark's white
 * space at its ends is left unstyled, which only shows for underline at an underline's very ends.
 */
import type { Mark } from '../model.ts';
import { isEmphasisSpace } from './emphasis-read.ts';

type Style = 'u' | 'b' | 'i';
const MARKER: Record<Style, string> = { u: '_', b: '**', i: '*' };

const escape = (c: string) => (c === '*' || c === '_' || c === '\\' ? `\\${c}` : c);

/** Per character, for each style, whether it is on. Difference arrays: O(text + marks). */
function styleArrays(length: number, marks: readonly Mark[]): Record<Style, Uint8Array> {
  const delta = { u: new Int32Array(length + 1), b: new Int32Array(length + 1), i: new Int32Array(length + 1) };
  for (const m of marks) {
    const a = Math.max(0, Math.min(m.start, length));
    const b = Math.max(a, Math.min(m.end, length));
    const d = delta[m.style === 'underline' ? 'u' : m.style === 'bold' ? 'b' : 'i'];
    d[a]++;
    d[b]--;
  }
  const out = { u: new Uint8Array(length), b: new Uint8Array(length), i: new Uint8Array(length) };
  for (const s of ['u', 'b', 'i'] as const) {
    let level = 0;
    for (let k = 0; k < length; k++) {
      level += delta[s][k];
      out[s][k] = level > 0 ? 1 : 0;
    }
  }
  return out;
}

/**
 * Where `inner` must be cut so that it nests with `outer`: at each boundary of an `outer` run that
 * falls inside an `inner` run when that `outer` run reaches outside it.
 */
function cutsAgainst(outer: Uint8Array, inner: Uint8Array): Uint8Array {
  const n = inner.length;
  const cut = new Uint8Array(n + 1);
  // Start and end of the outer run around each position (only read where outer is on).
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let k = 0; k < n; k++) runStart[k] = outer[k] ? (k > 0 && outer[k - 1] ? runStart[k - 1] : k) : -1;
  for (let k = n - 1; k >= 0; k--) runEnd[k] = outer[k] ? (k + 1 < n && outer[k + 1] ? runEnd[k + 1] : k + 1) : -1;
  let k = 0;
  while (k < n) {
    if (!inner[k]) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < n && inner[end]) end++;
    for (let p = k + 1; p < end; p++) {
      if (outer[p] === outer[p - 1]) continue;
      // An outer run starting at p that ends after this inner run, or ending at p that began before it.
      if (outer[p] ? runEnd[p] > end : runStart[p - 1] < k) cut[p] = 1;
    }
    k = end;
  }
  return cut;
}

/**
 * Pieces of one style: its runs, cut where `cut` says, each with its white-space ends left
 * unstyled (emphasis cannot open or close there). Piece ids per character (0: none) and each
 * piece's end.
 */
function pieces(line: string, on: Uint8Array, cut: Uint8Array | null): { id: Int32Array; end: number[] } {
  const n = line.length;
  const id = new Int32Array(n);
  const end: number[] = [0];
  let k = 0;
  while (k < n) {
    if (!on[k]) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < n && on[j] && !cut?.[j]) j++;
    let a = k;
    let b = j;
    while (a < b && isEmphasisSpace(line[a])) a++;
    while (b > a && isEmphasisSpace(line[b - 1])) b--;
    if (b > a) {
      end.push(b);
      id.fill(end.length - 1, a, b);
    }
    k = j;
  }
  return { id, end };
}

/** A style's runs with their white-space ends switched off. */
function trimmed(line: string, on: Uint8Array): Uint8Array {
  const { id } = pieces(line, on, null);
  return Uint8Array.from(id, (v) => (v ? 1 : 0));
}

function writeLine(line: string, on: Record<Style, Uint8Array>): string {
  const n = line.length;
  // Compare trimmed runs, so that what prints alone decides the form (writing what was read
  // gives the same Fountain again).
  const u = trimmed(line, on.u);
  const b = trimmed(line, on.b);
  const i = trimmed(line, on.i);
  const piece: Record<Style, { id: Int32Array; end: number[] }> = {
    u: pieces(line, u, null),
    b: pieces(line, b, cutsAgainst(u, b)),
    i: pieces(line, i, cutsAgainst(u, i)),
  };
  const at = (s: Style, k: number) => (k < n ? piece[s].id[k] : 0);
  let out = '';
  const stack: { s: Style; id: number }[] = [];
  let pending: { s: Style; id: number }[] = [];
  for (let k = 0; k <= n; k++) {
    // Close everything down to the lowest open style whose piece stops here; those above it that go
    // on (bold and italic overlapping without nesting) are opened again.
    const lowest = stack.findIndex((o) => o.id !== at(o.s, k));
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const o = stack.pop()!;
        out += MARKER[o.s];
        if (o.id === at(o.s, k)) pending.push(o);
      }
    }
    if (k === n) break;
    const opening: { s: Style; id: number }[] = [];
    for (const s of ['u', 'b', 'i'] as const) {
      const id = at(s, k);
      if (id && !stack.some((o) => o.s === s) && !pending.some((o) => o.s === s)) opening.push({ s, id });
    }
    // An emphasis opened again waits for a non-space: it cannot open before white space.
    if (!isEmphasisSpace(line[k])) {
      opening.push(...pending);
      pending = [];
    }
    // The style that lasts longer is the outer one; at equal length underline, then bold, then
    // italic. What opens here goes inside what is open, so it lasts at most until that closes: it
    // is cut there, and a piece read back from the cut must compare the same way (stable form).
    const inside = stack.reduce((min, o) => Math.min(min, piece[o.s].end[o.id]), n);
    const lasts = (o: { s: Style; id: number }) => Math.min(piece[o.s].end[o.id], inside);
    opening.sort((a, b) => lasts(b) - lasts(a) || 'ubi'.indexOf(a.s) - 'ubi'.indexOf(b.s));
    for (const o of opening) {
      out += MARKER[o.s];
      stack.push(o);
    }
    out += escape(line[k]);
  }
  return out;
}

/** Writes visible text + marks as Fountain emphasis that reads back to the same text and marks. */
export function writeEmphasis(text: string, marks: readonly Mark[] = []): string {
  if (marks.length === 0) return text.replace(/[\\*_]/g, (m) => `\\${m}`);
  const on = styleArrays(text.length, marks);
  const out: string[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    out.push(writeLine(line, { u: on.u.subarray(start, end), b: on.b.subarray(start, end), i: on.i.subarray(start, end) }));
    start = end + 1;
  }
  return out.join('\n');
}
