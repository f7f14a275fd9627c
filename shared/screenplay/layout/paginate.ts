/**
 * Pagination: the screenplay as pages of positioned lines, following Final Draft's rules (rules.ts):
 * a speech or a paragraph breaks at a sentence end anywhere in its text, keeping two lines on each
 * side, with "(MORE)" and "NAME (CONT'D)" around a split speech; a speech longer than a page splits
 * as often as it needs; a scene heading keeps the lines that follow it; a parenthetical never ends
 * a page; a transition never opens one alone; dual dialogue breaks in both columns or moves whole;
 * no page is left more than a third empty when a break at a word boundary could fill it; a character
 * who speaks again after only action prints an automatic (CONT'D). Pure and linear;
 * repaginateFrom() redoes only the pages from an edit.
 */
import type { ElementType, Mark, Screenplay, ScriptElement } from '../model.ts';
import { breakFlow, contentLines, cutFlow, flowHeight, flowRows, geometryOf, headCost, makePart, marksFor, alignedX, type Flow, type FlowBreak, type Geometry, type Part, type Piece } from './flow.ts';
import { styleOf, type PaperProfile } from './profiles.ts';
import { isDualLead, keepsSpeaker, keepsWithNext, MIN_LINES_EACH_SIDE, opensPageAlone, printsAutoContd, speakerBefore, tooEmptyToMove, type Speaker } from './rules.ts';
import { parseCue } from '../rules/cue.ts';
import { wrapText } from './wrap.ts';

export interface LayoutLine {
  /** Line index on the page's body (0 = first body line; -1 and linesPerPage: the margins, where Final Draft prints CONT'D and MORE). */
  y: number;
  /** Left edge in inches from the page's left edge (already aligned). */
  x: number;
  text: string;
  type: ElementType;
  elementIndex: number;
  /** Offset of `text` in the element's text, for its marks; -1 for lines the layout adds. */
  start: number;
  marks?: Mark[];
  /** Set on lines the layout adds around a split speech: "(MORE)" at a page's foot, "NAME (CONT'D)" atop the next. */
  added?: 'more' | 'contd';
}

export interface LayoutPage {
  number: number;
  lines: LayoutLine[];
  /** Index of the element whose block starts this page (a continued one counts). */
  firstElement: number;
  /** True when the page starts with the rest of an element split on the page before. */
  continued: boolean;
}

export interface LayoutResult {
  profile: PaperProfile;
  pages: LayoutPage[];
  /** Page number on which each element starts (unprinted ones: where they stand). */
  elementPage: number[];
  /** Cues that print an automatic "(CONT'D)" (the same character again after only action), by element index, ascending. */
  autoContd: number[];
}

// Lyrics sung under a cue belong to the speech (the Fountain reader puts them there).
const SPEECH: ReadonlySet<ElementType> = new Set(['parenthetical', 'dialogue', 'lyrics']);

type Block =
  | { kind: 'flow'; first: number; last: number; type: ElementType; spaceBefore: number; flow: Flow; startsNewPage?: boolean }
  | { kind: 'dual'; first: number; last: number; type: ElementType; spaceBefore: number; left: Flow | null; right: Flow | null }
  | { kind: 'break'; first: number; last: number; type: ElementType; spaceBefore: 0 }
  | { kind: 'unprinted'; first: number; last: number; type: ElementType; spaceBefore: 0 };

/** Where the speech's lines stand: the profile's own columns, or one column of dual dialogue. */
interface SpeechColumns {
  cue: Geometry;
  of(type: ElementType): Geometry;
}

function singleColumn(profile: PaperProfile): SpeechColumns {
  return { cue: geometryOf(profile.elements.character), of: (t) => geometryOf(profile.elements[t]) };
}

function dualColumn(profile: PaperProfile, side: 0 | 1): SpeechColumns {
  const d = profile.dual;
  const left = d.lefts[side];
  return {
    cue: { left: left + d.cueIndentIn, width: d.width, align: 'left' },
    of: (t) => (t === 'parenthetical' ? { left: left + d.parentheticalIndentIn, width: d.width - d.parentheticalNarrower, align: 'left' } : { left, width: d.width, align: 'left' }),
  };
}

function displayText(el: ScriptElement, profile: PaperProfile): string {
  return styleOf(profile, el).upper ? el.text.toUpperCase() : el.text;
}

/** A cue and its speech lines as one flow; the cue prints an automatic CONT'D when `autoContd`. */
function speechFlow(els: readonly ScriptElement[], i: number, profile: PaperProfile, cols: SpeechColumns, autoContd: boolean): { flow: Flow; next: number } {
  const cue = els[i];
  // The mark is part of the printed line: a cue style in capitals (Final Draft's AllCaps) prints a
  // script's own "(cont'd)" as "(CONT'D)", as it does the name.
  const contd = styleOf(profile, cue).upper ? profile.marks.contd.toUpperCase() : profile.marks.contd;
  const cueText = displayText(cue, profile) + (autoContd ? ` ${contd}` : '');
  const head: Piece[] = wrapText(cueText, cols.cue.width).map((w) => ({
    text: w.text,
    start: w.start,
    x: alignedX(profile, cols.cue, w.text),
    type: 'character',
    elementIndex: i,
    marks: marksFor(cue.marks, w.start, Math.min(w.text.length, Math.max(0, cue.text.length - w.start))),
  }));
  const parts: Part[] = [];
  let j = i + 1;
  while (j < els.length && SPEECH.has(els[j].type) && !!els[j].dual === !!cue.dual) {
    parts.push(makePart(els[j], j, displayText(els[j], profile), 0, cols.of(els[j].type)));
    j++;
  }
  return { flow: { head, parts, speech: { cueText, contd, cueGeometry: cols.cue, moreElement: i } }, next: j };
}

function singleFlow(el: ScriptElement, i: number, profile: PaperProfile): Flow {
  return { head: [], parts: [makePart(el, i, displayText(el, profile), 0, geometryOf(styleOf(profile, el)))] };
}

interface BuildResult {
  blocks: Block[];
  autoContd: number[];
}

function buildBlocks(els: readonly ScriptElement[], profile: PaperProfile, from: number, speaker: Speaker): BuildResult {
  const blocks: Block[] = [];
  const autoContd: number[] = [];
  const auto = profile.marks.automatic;
  const columns = singleColumn(profile);
  let i = from;
  while (i < els.length) {
    const el = els[i];
    const style = styleOf(profile, el);
    if (el.type === 'page_break') {
      blocks.push({ kind: 'break', first: i, last: i, type: el.type, spaceBefore: 0 });
      i++;
      continue;
    }
    if (!style.printed) {
      blocks.push({ kind: 'unprinted', first: i, last: i, type: el.type, spaceBefore: 0 });
      i++;
      continue;
    }
    if (el.type === 'character') {
      if (isDualLead(els, i)) {
        // Dual dialogue: the next cue marked `dual` goes in the right column beside this one.
        const a = speechFlow(els, i, profile, dualColumn(profile, 0), false);
        const b = speechFlow(els, a.next, profile, dualColumn(profile, 1), false);
        blocks.push({ kind: 'dual', first: i, last: b.next - 1, type: 'character', spaceBefore: style.spaceBefore, left: a.flow, right: b.flow });
        speaker = null;
        i = b.next;
        continue;
      }
      // The cue read once, for both the CONT'D rule and the speaker it carries on.
      const cue = parseCue(el.text);
      const contd = auto && printsAutoContd(cue, speaker);
      if (contd) autoContd.push(i);
      const s = speechFlow(els, i, profile, columns, contd);
      blocks.push({ kind: 'flow', first: i, last: s.next - 1, type: 'character', spaceBefore: style.spaceBefore, flow: s.flow, startsNewPage: style.startsNewPage });
      speaker = el.dual ? null : cue.name || null;
      i = s.next;
      continue;
    }
    if (!keepsSpeaker(el.type)) speaker = null;
    blocks.push({ kind: 'flow', first: i, last: i, type: el.type, spaceBefore: style.spaceBefore, flow: singleFlow(el, i, profile), startsNewPage: style.startsNewPage });
    i++;
  }
  return { blocks, autoContd };
}

function blockHeight(b: Block): number {
  if (b.kind === 'flow') return flowHeight(b.flow);
  if (b.kind === 'dual') return Math.max(b.left ? flowHeight(b.left) : 0, b.right ? flowHeight(b.right) : 0);
  return 0;
}

function flowMinHead(profile: PaperProfile, f: Flow): number {
  const content = contentLines(f);
  // Unbreakable or too short to leave two lines on each side: all of it.
  if (content < 2 * MIN_LINES_EACH_SIDE || !f.parts.some((p) => p.type === 'action' || p.type === 'dialogue' || p.type === 'lyrics' || p.type === 'centered')) return flowHeight(f);
  return headCost(f) + MIN_LINES_EACH_SIDE + (f.speech && !profile.marks.inMargins ? 1 : 0);
}

/** The fewest lines a block needs on a page to start there (what a heading keeps with it). */
function minHead(profile: PaperProfile, blocks: readonly Block[], b: number, depth = 0): number {
  const block = blocks[b];
  if (!block) return 0;
  if (block.kind === 'flow') {
    if (keepsWithNext(block.type) && depth < 2) {
      const n = nextPrinted(blocks, b);
      return flowHeight(block.flow) + (n >= 0 ? blocks[n].spaceBefore + minHead(profile, blocks, n, depth + 1) : 0);
    }
    return flowMinHead(profile, block.flow);
  }
  if (block.kind === 'dual') return Math.max(block.left ? flowMinHead(profile, block.left) : 0, block.right ? flowMinHead(profile, block.right) : 0);
  return 0;
}

/** The next block that prints, or -1 (a forced page break ends the search). */
function nextPrinted(blocks: readonly Block[], b: number): number {
  for (let n = b + 1; n < blocks.length; n++) {
    if (blocks[n].kind === 'unprinted') continue;
    return blocks[n].kind === 'break' ? -1 : n;
  }
  return -1;
}

interface Placement {
  block: number;
  /** Index in the page's lines where the block's lines start, and the cursor before its gap. */
  lineIndex: number;
  y: number;
}

interface Cursor {
  profile: PaperProfile;
  pages: LayoutPage[];
  page: LayoutPage;
  y: number;
  elementPage: number[];
  /** Headings placed last on this page, which must move along if what follows cannot start here. */
  held: Placement[];
}

function newPage(c: Cursor, firstElement: number, continued: boolean): void {
  c.page = { number: c.page ? c.page.number + 1 : 1, lines: [], firstElement, continued };
  c.pages.push(c.page);
  c.y = 0;
  c.held = [];
}

function toLine(p: Piece, y: number): LayoutLine {
  const line: LayoutLine = { y, x: p.x, text: p.text, type: p.type, elementIndex: p.elementIndex, start: p.start };
  if (p.marks) line.marks = p.marks;
  if (p.added) line.added = p.added;
  return line;
}

/** Places a flow's rows from the cursor: a CONT'D head in the top margin, the rest line by line. */
function placeRows(c: Cursor, rows: readonly Piece[], headInMargin: boolean): void {
  let k = 0;
  if (headInMargin) {
    let n = 0;
    while (n < rows.length && rows[n].added === 'contd') n++;
    for (; k < n; k++) c.page.lines.push(toLine(rows[k], k - n));
  }
  for (; k < rows.length; k++) {
    const p = rows[k];
    c.page.lines.push(toLine(p, c.y));
    c.y++;
  }
}

/** Two columns side by side, row by row. */
function placeColumns(c: Cursor, left: readonly Piece[], right: readonly Piece[], headInMargin: boolean): void {
  const y0 = c.y;
  const sub = (rows: readonly Piece[]): number => {
    c.y = y0;
    placeRows(c, rows, headInMargin);
    return c.y;
  };
  const end = Math.max(sub(left), sub(right));
  c.y = end;
}

/** Every element of a block gets the page where the block starts (the page view marks block starts; innerBreaks() the rest). */
function markBlock(c: Cursor, b: Block): void {
  for (let e = b.first; e <= b.last; e++) c.elementPage[e] = c.page.number;
}

function placeWhole(c: Cursor, b: Block, profile: PaperProfile, els: readonly ScriptElement[]): void {
  if (b.kind === 'flow') placeRows(c, flowRows(profile, els, b.flow), !!b.flow.headInMargin);
  else if (b.kind === 'dual') placeColumns(c, b.left ? flowRows(profile, els, b.left) : [], b.right ? flowRows(profile, els, b.right) : [], !!(b.left?.headInMargin || b.right?.headInMargin));
}

type BlockBreak = { place(c: Cursor): void; rest: Block };

/** Breaks a block to leave at most `room` lines on this page, or null where the rules allow no break. */
function breakBlock(profile: PaperProfile, els: readonly ScriptElement[], b: Block, space: number, anyWord: boolean): BlockBreak | null {
  // Whole lines only: blank lines of a script with its own line spacing may leave a fraction of one.
  const room = Math.floor(space);
  if (b.kind === 'flow') {
    const br = breakFlow(profile, els, b.flow, room, anyWord);
    return br && { place: (c) => placeRows(c, br.rows, !!b.flow.headInMargin), rest: { ...b, flow: br.rest, spaceBefore: 0 } };
  }
  if (b.kind !== 'dual') return null;
  // Dual dialogue breaks in both columns (each with its own marks), or in the one that does not fit.
  const side = (f: Flow | null): FlowBreak | 'whole' | null => (!f ? 'whole' : flowHeight(f) <= room ? 'whole' : breakFlow(profile, els, f, room, anyWord));
  const l = side(b.left);
  const r = side(b.right);
  if (!l || !r || (l === 'whole' && r === 'whole')) return null;
  const rowsOf = (f: Flow | null, s: FlowBreak | 'whole'): Piece[] => (s === 'whole' ? (f ? flowRows(profile, els, f) : []) : s.rows);
  return {
    place: (c) => placeColumns(c, rowsOf(b.left, l), rowsOf(b.right, r), !!(b.left?.headInMargin || b.right?.headInMargin)),
    rest: { ...b, spaceBefore: 0, left: l === 'whole' ? null : l.rest, right: r === 'whole' ? null : r.rest },
  };
}

/** The last resort for a block taller than a page with no legal break: cut where the page ends (marks still printed). */
function cutBlock(profile: PaperProfile, els: readonly ScriptElement[], b: Block, space: number): BlockBreak {
  const room = Math.floor(space);
  if (b.kind === 'flow') {
    const br = cutFlow(profile, els, b.flow, room);
    return { place: (c) => placeRows(c, br.rows, !!b.flow.headInMargin), rest: { ...b, flow: br.rest, spaceBefore: 0 } };
  }
  const d = b as Extract<Block, { kind: 'dual' }>;
  const cut = (f: Flow | null) => (!f || flowHeight(f) <= room ? null : cutFlow(profile, els, f, room));
  const l = cut(d.left);
  const r = cut(d.right);
  return {
    place: (c) => placeColumns(c, l ? l.rows : d.left ? flowRows(profile, els, d.left) : [], r ? r.rows : d.right ? flowRows(profile, els, d.right) : [], false),
    rest: { ...d, spaceBefore: 0, left: l ? l.rest : null, right: r ? r.rest : null },
  };
}

function firstElementOf(b: Block): number {
  if (b.kind === 'flow') return b.flow.parts[0]?.elementIndex ?? b.first;
  if (b.kind === 'dual') return (b.left ?? b.right)?.parts[0]?.elementIndex ?? b.first;
  return b.first;
}

/** Moves to a new page, taking along the headings that must stay with what comes next. */
function turnPage(c: Cursor, b: Block, blocks: readonly Block[], profile: PaperProfile, els: readonly ScriptElement[]): void {
  const carried = c.held.length && c.held[0].lineIndex > 0 ? c.held : [];
  if (carried.length) c.page.lines.length = carried[0].lineIndex;
  newPage(c, carried.length ? blocks[carried[0].block].first : b.first, false);
  for (const h of carried) {
    const hb = blocks[h.block];
    if (c.y > 0) c.y += hb.spaceBefore;
    c.held.push({ block: h.block, lineIndex: c.page.lines.length, y: c.y });
    markBlock(c, hb);
    placeWhole(c, hb, profile, els);
  }
  // Notes and other unprinted elements between the carried headings and the block move with them.
  if (carried.length) for (let e = blocks[carried[0].block].first; e < b.first; e++) c.elementPage[e] = c.page.number;
}

/** Places a block from the cursor on, breaking it as often as a page ends inside it. */
function placeFromHere(c: Cursor, b: Block, profile: PaperProfile, els: readonly ScriptElement[], mark: boolean): void {
  const max = profile.linesPerPage;
  let rest = b;
  if (mark) markBlock(c, b);
  while (c.y + blockHeight(rest) > max) {
    const room = max - c.y;
    const br = breakBlock(profile, els, rest, room, false) ?? breakBlock(profile, els, rest, room, true) ?? (c.y === 0 ? cutBlock(profile, els, rest, room) : null);
    if (!br) {
      // Nothing may break below the headings carried here: start the block on a page of its own.
      newPage(c, firstElementOf(rest), false);
      if (rest === b && mark) markBlock(c, b);
      continue;
    }
    br.place(c);
    newPage(c, firstElementOf(br.rest), true);
    rest = br.rest;
  }
  placeWhole(c, rest, profile, els);
}

/** Lays blocks out onto pages appended to `pages`; fills elementPage. */
function layBlocks(blocks: Block[], profile: PaperProfile, els: readonly ScriptElement[], pages: LayoutPage[], elementPage: number[]): void {
  const max = profile.linesPerPage;
  const c: Cursor = { profile, pages, page: pages[pages.length - 1], y: 0, elementPage, held: [] };
  if (!c.page) {
    c.page = { number: 1, lines: [], firstElement: blocks[0]?.first ?? 0, continued: false };
    pages.push(c.page);
  }

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.kind === 'unprinted') {
      markBlock(c, b);
      continue;
    }
    if (b.kind === 'break') {
      markBlock(c, b);
      // A forced page break starts a new page unless the page is still empty.
      if (c.y > 0) newPage(c, b.first + 1, false);
      continue;
    }
    if (b.kind === 'flow' && b.startsNewPage && c.y > 0) newPage(c, b.first, false);
    const gap = c.y === 0 ? 0 : b.spaceBefore;
    const h = blockHeight(b);
    const n = nextPrinted(blocks, bi);
    const keeps = b.kind === 'flow' && keepsWithNext(b.type);
    // A heading keeps at least two lines of what follows; a block before a transition keeps it company.
    const followers = n < 0 ? 0 : keeps ? blocks[n].spaceBefore + minHead(profile, blocks, n) : !opensPageAlone(blocks[n].type) ? blocks[n].spaceBefore + blockHeight(blocks[n]) : 0;
    if (c.y + gap + h + followers <= max || (c.y === 0 && c.y + h <= max)) {
      c.y += gap;
      const at: Placement = { block: bi, lineIndex: c.page.lines.length, y: c.y };
      markBlock(c, b);
      placeWhole(c, b, profile, els);
      c.held = keeps ? [...c.held, at] : [];
      continue;
    }
    if (keeps) {
      // What follows cannot start here: the heading moves to the next page (with any heading before it).
      turnPage(c, b, blocks, profile, els);
      const y0 = c.y;
      if (c.y > 0) c.y += b.spaceBefore;
      c.held.push({ block: bi, lineIndex: c.page.lines.length, y: y0 });
      markBlock(c, b);
      placeWhole(c, b, profile, els);
      continue;
    }
    if (c.y > 0) {
      // Break here at a sentence; at a word boundary if moving would leave the page too empty.
      const room = max - c.y - gap;
      const br = breakBlock(profile, els, b, room, false) ?? (tooEmptyToMove(max - c.y, max) || h > max ? breakBlock(profile, els, b, room, true) : null);
      if (br) {
        c.y += gap;
        c.held = [];
        markBlock(c, b);
        br.place(c);
        newPage(c, firstElementOf(br.rest), true);
        placeFromHere(c, br.rest, profile, els, false);
        continue;
      }
      turnPage(c, b, blocks, profile, els);
      if (c.y > 0) c.y += b.spaceBefore;
    }
    c.held = [];
    placeFromHere(c, b, profile, els, true);
  }
}

function emptyResult(profile: PaperProfile, n: number): LayoutResult {
  return { profile, pages: [{ number: 1, lines: [], firstElement: 0, continued: false }], elementPage: new Array<number>(n).fill(1), autoContd: [] };
}

export function paginate(script: Screenplay, profile: PaperProfile): LayoutResult {
  const els = script.elements;
  const pages: LayoutPage[] = [];
  const elementPage = new Array<number>(els.length).fill(1);
  const { blocks, autoContd } = buildBlocks(els, profile, 0, null);
  if (blocks.length === 0) return emptyResult(profile, els.length);
  layBlocks(blocks, profile, els, pages, elementPage);
  return { profile, pages, elementPage, autoContd };
}

/**
 * Re-lays out only from a page safely before the first changed element: pages before it are
 * reused as they are (same objects), which keeps a keystroke's layout cost proportional to what
 * follows. The restart carries what the rules need from before it — the speaker for the automatic
 * CONT'D (speakerBefore) — so the result equals paginate() from scratch.
 */
export function repaginateFrom(previous: LayoutResult, script: Screenplay, firstChanged: number): LayoutResult {
  const profile = previous.profile;
  const els = script.elements;
  if (firstChanged <= 0 || previous.pages.length < 3) return paginate(script, profile);
  // The speech (or run of speeches) holding the change starts at or before it: its page's
  // predecessor may have broken differently because of it, so restart one page earlier still.
  let bs = Math.min(firstChanged, previous.elementPage.length);
  while (bs > 0 && (SPEECH.has(els[bs - 1].type) || els[bs - 1].type === 'character')) bs--;
  let pageIdx = (previous.elementPage[Math.min(bs, previous.elementPage.length - 1)] ?? 1) - 2;
  while (pageIdx > 0 && previous.pages[pageIdx].continued) pageIdx--;
  if (pageIdx <= 0) return paginate(script, profile);
  const from = previous.pages[pageIdx].firstElement;
  if (from >= bs || from <= 0) return paginate(script, profile);
  const pages = previous.pages.slice(0, pageIdx);
  const elementPage = previous.elementPage.slice(0, from);
  elementPage.length = els.length;
  elementPage.fill(pageIdx + 1, from);
  const { blocks, autoContd } = buildBlocks(els, profile, from, speakerBefore(els, from));
  const tail: LayoutPage[] = [{ number: pageIdx + 1, lines: [], firstElement: from, continued: false }];
  layBlocks(blocks, profile, els, tail, elementPage);
  const kept = previous.autoContd.filter((i) => i < from);
  return { profile, pages: pages.concat(tail), elementPage, autoContd: kept.concat(autoContd) };
}
