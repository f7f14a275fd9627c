/**
 * A flow is what moves between pages as one unit and may break across them: a speech (cue and its
 * lines) or a paragraph. It knows where the rules let it break — at a sentence end anywhere in its
 * text (the rest re-wraps on the next page), between wrapped lines as a last resort — and what a
 * speech prints around a break: "(MORE)" below, "NAME (CONT'D)" above.
 */
import type { ElementType, Mark, ScriptElement } from '../model.ts';
import { textCells } from './cells.ts';
import { inkWidthPt, type ElementStyle, type PaperProfile } from './profiles.ts';
import { breaksAtSentences, breaksBetweenLines, continuedCue, endsSentence, leavesEnoughAfter, mayEndPageAfter, MIN_LINES_EACH_SIDE, sentenceEnds } from './rules.ts';
import { wrapText, type WrappedLine } from './wrap.ts';
import { Lines } from './lines.ts';

/** One positioned line before it is placed on a page. */
export interface Piece {
  text: string;
  start: number;
  x: number;
  type: ElementType;
  elementIndex: number;
  marks?: Mark[];
  added?: 'more' | 'contd';
}

/** Where one element's lines stand: left edge, width in cells, alignment. */
export interface Geometry {
  left: number;
  width: number;
  align: ElementStyle['align'];
  /** The style's `hyphenHangs`: a hyphen the line breaks after may stand one cell past the width. */
  hyphenHangs?: boolean;
  /** The style's `firstIndent`: the element's first line starts this far (inches) from `left`. */
  firstIndent?: number;
}

/** An element's text (or what is left of it after a break), wrapped. */
export interface Part {
  elementIndex: number;
  type: ElementType;
  /** Offset of `text` in the element's text (0: the whole display text; lines say where each starts in it). */
  offset: number;
  text: string;
  geometry: Geometry;
  lines: Lines;
}

export interface Flow {
  /** Lines above the parts: a cue, or atop a continued speech its "NAME (CONT'D)" line. */
  head: Piece[];
  parts: Part[];
  /** Speeches only: what a break prints, and the cue text the continuation repeats. */
  /** `contd`: the CONT'D mark as this cue prints it (in capitals where the cue's style is). */
  speech?: { cueText: string; contd: string; cueGeometry: Geometry; moreElement: number };
  /** The head is a "NAME (CONT'D)" printed in the top margin: it takes no body line. */
  headInMargin?: boolean;
}

/** What a flow puts on the page before a break, and the flow that goes on on the next page. */
export interface FlowBreak {
  rows: Piece[];
  rest: Flow;
}

export function marksFor(marks: readonly Mark[] | undefined, start: number, length: number): Mark[] | undefined {
  if (!marks?.length || start < 0) return undefined;
  const out: Mark[] = [];
  for (const m of marks) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, start + length);
    if (e > s) out.push({ start: s - start, end: e - start, style: m.style });
  }
  return out.length ? out : undefined;
}

export function alignedX(profile: PaperProfile, g: Geometry, text: string): number {
  const cpi = profile.charsPerInch;
  if (g.align === 'left') return g.left;
  // At a pitch of its own (Final Draft's 7 pt) the text ends or centres by what it prints as.
  if (profile.charAdvancePt !== undefined) {
    const ink = inkWidthPt(profile, textCells(text)) / 72;
    return g.align === 'right' ? g.left + g.width / cpi - ink : g.left + (g.width / cpi - ink) / 2;
  }
  if (g.align === 'right') return g.left + g.width / cpi - textCells(text) / cpi;
  if (g.align === 'center') return g.left + (g.width - textCells(text)) / 2 / cpi;
  return g.left;
}

/** Right-aligned text (transitions) ends at its column's right edge: left + width. */
export function geometryOf(style: ElementStyle): Geometry {
  const g: Geometry = { left: style.left, width: style.width, align: style.align };
  if (style.hyphenHangs) g.hyphenHangs = true;
  if (style.firstIndent && style.align === 'left') g.firstIndent = style.firstIndent;
  return g;
}

export function makePart(el: ScriptElement, elementIndex: number, text: string, offset: number, geometry: Geometry): Part {
  return { elementIndex, type: el.type, offset, text, geometry, lines: Lines.of(wrapText(text, geometry.width, geometry.hyphenHangs)) };
}

/** Body lines the head takes. */
export function headCost(f: Flow): number {
  return f.headInMargin ? 0 : f.head.length;
}

export function contentLines(f: Flow): number {
  let n = 0;
  const parts = f.parts;
  for (let i = 0; i < parts.length; i++) n += parts[i].lines.length;
  return n;
}

/** Body lines the flow takes placed whole. */
export function flowHeight(f: Flow): number {
  return headCost(f) + contentLines(f);
}

/** The pieces of a part's lines [from, to), the last one cut at `cutAt` (an offset in the part's text) when given. */
function partPieces(profile: PaperProfile, els: readonly ScriptElement[], p: Part, from = 0, to = p.lines.length, cutAt?: number): Piece[] {
  const out: Piece[] = [];
  const el = els[p.elementIndex];
  for (let k = from; k < to; k++) {
    const w = p.lines.at(k);
    let text = w.text;
    if (cutAt !== undefined && k === to - 1 && cutAt < w.start + w.text.length) text = p.text.slice(w.start, cutAt).replace(/\s+$/, '');
    const start = p.offset + w.start;
    // Only the element's own first line moves (Final Draft's hanging "(" of a parenthetical); the width stays the column's.
    const x = alignedX(profile, p.geometry, text) + (start === 0 && p.geometry.firstIndent ? p.geometry.firstIndent : 0);
    out.push({ text, start, x, type: p.type, elementIndex: p.elementIndex, marks: marksFor(el.marks, start, text.length) });
  }
  return out;
}

/** All the rows of a flow placed whole. */
export function flowRows(profile: PaperProfile, els: readonly ScriptElement[], f: Flow): Piece[] {
  const rows = [...f.head];
  for (const p of f.parts) rows.push(...partPieces(profile, els, p));
  return rows;
}

interface Candidate {
  /** Part index and where its text breaks: a line index with an optional cut offset inside it. */
  part: number;
  /** Lines of the part that stay (the last one cut at `cut` when set). */
  keep: number;
  /** Offset in the part's text where the rest begins. */
  restAt: number;
  cut?: number;
  /** Content lines before the break. */
  before: number;
}

/**
 * The latest break that leaves at most `room` lines on this page (the "(MORE)" line included when
 * it takes a body line) and at least two content lines on each side; never right after a
 * parenthetical. `anyWord` also allows breaks between wrapped lines that end no sentence.
 */
export function breakFlow(profile: PaperProfile, els: readonly ScriptElement[], f: Flow, room: number, anyWord: boolean): FlowBreak | null {
  const marks = f.speech ? profile.marks : null;
  const moreCost = marks && !marks.inMargins ? 1 : 0;
  const budget = room - headCost(f) - moreCost;
  if (budget < MIN_LINES_EACH_SIDE) return null;
  const candidates: Candidate[] = [];
  let before = 0;
  for (let pi = 0; pi < f.parts.length && before < budget; pi++) {
    const p = f.parts[pi];
    const n = p.lines.length;
    if (breaksAtSentences(p.type)) {
      // Only the lines that can still fit are scanned: a speech pages long costs a page per break.
      const last = p.lines.at(Math.max(0, Math.min(n, budget - before) - 1));
      for (const o of sentenceEnds(p.text, p.lines.at(0).start, last.start + last.text.length + 1)) {
        const k = p.lines.indexBefore(o);
        if (before + k + 1 > budget) break;
        candidates.push({ part: pi, keep: k + 1, restAt: skipSpaces(p.text, o), cut: o, before: before + k + 1 });
      }
    }
    if (anyWord && breaksBetweenLines(p.type)) {
      for (let k = 0; k + 1 < n && before + k + 1 <= budget; k++) candidates.push({ part: pi, keep: k + 1, restAt: p.lines.at(k + 1).start, before: before + k + 1 });
    }
    before += n;
    // Between this part and the next: after a line that may end a page and ends a sentence (or any, as a last resort).
    if (pi + 1 < f.parts.length && before <= budget && mayEndPageAfter(p.type) && (anyWord || endsSentence(p.text))) {
      candidates.push({ part: pi, keep: n, restAt: p.text.length, before });
    }
  }
  candidates.sort((a, b) => b.before - a.before || b.part - a.part || b.restAt - a.restAt);
  for (const c of candidates) {
    if (c.before < MIN_LINES_EACH_SIDE) continue;
    if (!leavesEnoughAfter(linesAfter(f, c))) continue;
    const rest = restOf(profile, els, f, c);
    if (contentLines(rest) < MIN_LINES_EACH_SIDE) continue;
    const rows = [...f.head];
    for (let pi = 0; pi < c.part; pi++) rows.push(...partPieces(profile, els, f.parts[pi]));
    rows.push(...partPieces(profile, els, f.parts[c.part], 0, c.keep, c.cut));
    if (f.speech && marks) {
      const last = rows[rows.length - 1];
      rows.push({ text: marks.more, start: -1, x: f.speech.cueGeometry.left, type: 'character', elementIndex: last.elementIndex, added: 'more' });
    }
    return { rows, rest };
  }
  return null;
}

/** The flow's lines after the one a break ends the page in, as wrapped before the break. */
function linesAfter(f: Flow, c: Candidate): number {
  let n = f.parts[c.part].lines.length - c.keep;
  for (let pi = c.part + 1; pi < f.parts.length && n < MIN_LINES_EACH_SIDE; pi++) n += f.parts[pi].lines.length;
  return n;
}

/** A cut that honours nothing but the page: only for a flow taller than a page with no legal break at all. */
export function cutFlow(profile: PaperProfile, els: readonly ScriptElement[], f: Flow, room: number): FlowBreak {
  const marks = f.speech ? profile.marks : null;
  const budget = Math.max(1, room - headCost(f) - (marks && !marks.inMargins ? 1 : 0));
  let before = 0;
  let c: Candidate | null = null;
  for (let pi = 0; pi < f.parts.length; pi++) {
    const n = f.parts[pi].lines.length;
    if (before + n >= budget) {
      const keep = Math.max(1, budget - before);
      c = keep >= n ? { part: pi, keep: n, restAt: f.parts[pi].text.length, before: before + n } : { part: pi, keep, restAt: f.parts[pi].lines.at(keep).start, before: before + keep };
      break;
    }
    before += n;
  }
  c ??= { part: f.parts.length - 1, keep: f.parts[f.parts.length - 1].lines.length, restAt: f.parts[f.parts.length - 1].text.length, before };
  const rest = restOf(profile, els, f, c);
  const rows = [...f.head];
  for (let pi = 0; pi < c.part; pi++) rows.push(...partPieces(profile, els, f.parts[pi]));
  rows.push(...partPieces(profile, els, f.parts[c.part], 0, c.keep));
  if (f.speech && marks && contentLines(rest) > 0) rows.push({ text: marks.more, start: -1, x: f.speech.cueGeometry.left, type: 'character', elementIndex: rows[rows.length - 1].elementIndex, added: 'more' });
  return { rows, rest };
}

/** The flow that continues on the next page after a break. */
function restOf(profile: PaperProfile, els: readonly ScriptElement[], f: Flow, c: Candidate): Flow {
  const parts: Part[] = [];
  const p = f.parts[c.part];
  if (c.restAt < p.text.length) {
    parts.push({ ...p, lines: c.cut === undefined ? p.lines.drop(c.keep) : rewrapFrom(p, c.restAt, c.keep) });
  }
  parts.push(...f.parts.slice(c.part + 1));
  if (!f.speech) return { head: [], parts };
  const contdText = continuedCue(f.speech.cueText, f.speech.contd);
  const g = f.speech.cueGeometry;
  const first = parts[0]?.elementIndex ?? f.speech.moreElement;
  const head: Piece[] = wrapText(contdText, g.width).map((w) => ({ text: w.text, start: -1, x: alignedX(profile, g, w.text), type: 'character', elementIndex: first, added: 'contd' }));
  return { head, parts, speech: f.speech, headInMargin: profile.marks.inMargins };
}

/**
 * The part's lines from offset `at` on, re-wrapped: the text after a break re-wraps, but only until
 * a line starts where one already started — from there the wrapping is the same (it is greedy), so
 * the old lines are reused and a break costs about a page, not the rest of the speech.
 */
function rewrapFrom(p: Part, at: number, keep: number): Lines {
  const width = p.geometry.width;
  const old = p.lines;
  let m = keep;
  while (m < old.length && old.at(m).start <= at) m++;
  for (let span = width * 16; ; span *= 4) {
    const end = Math.min(p.text.length, at + span);
    const lines: WrappedLine[] = wrapText(p.text.slice(at, end), width, p.geometry.hyphenHangs).map((l) => ({ start: l.start + at, text: l.text }));
    if (end >= p.text.length) return Lines.of(lines);
    // A line is certain once the window reaches a full width past it.
    const certain = end - width - 2;
    let j = m;
    for (let k = 1; k < lines.length && lines[k].start < certain; k++) {
      while (j < old.length && old.at(j).start < lines[k].start) j++;
      if (j < old.length && old.at(j).start === lines[k].start) return old.after(lines.slice(0, k), j);
    }
  }
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
