/**
 * Pagination: the screenplay as pages of positioned lines, following the industry's rules —
 * no page ends on a scene heading, a character cue or a parenthetical; speeches split at a
 * sentence with "(MORE)" and "NAME (CONT'D)"; action splits only with ≥ 2 lines on each side;
 * dual dialogue side by side. Pure and linear; repaginateFrom() redoes only the pages from an edit.
 */
import type { ElementType, Mark, Screenplay, ScriptElement } from '../model.ts';
import { actionRightIn, type ElementStyle, type PaperProfile } from './profiles.ts';
import { textCells } from './cells.ts';
import { endsSentence, wrapText } from './wrap.ts';

export interface LayoutLine {
  /** Line index on the page's body (0 = first body line). */
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

interface Piece {
  text: string;
  start: number;
  x: number;
  type: ElementType;
  elementIndex: number;
  marks?: Mark[];
  added?: 'more' | 'contd';
}

/** A unit that moves between pages as a whole or splits at allowed points. */
interface Block {
  first: number;
  last: number;
  spaceBefore: number;
  /** Rows of pieces (dual dialogue puts two pieces on a row). */
  rows: Piece[][];
  /** Row counts after which a page may break, with what to add around the break. */
  splits: { after: number; more?: Piece; contd?: Piece }[];
  /** Keep on the same page as the first lines of the next block (headings). */
  keepWithNext: boolean;
  /** A forced page break (===): no rows, starts a new page. */
  pageBreak?: boolean;
}

function marksFor(el: ScriptElement, start: number, length: number): Mark[] | undefined {
  if (!el.marks?.length || start < 0) return undefined;
  const out: Mark[] = [];
  for (const m of el.marks) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, start + length);
    if (e > s) out.push({ start: s - start, end: e - start, style: m.style });
  }
  return out.length ? out : undefined;
}

function linesOf(el: ScriptElement, index: number, style: ElementStyle, profile: PaperProfile, left = style.left, width = style.width): Piece[] {
  const text = style.upper ? el.text.toUpperCase() : el.text;
  return wrapText(text, width).map((w) => {
    let x = left;
    const cpi = profile.charsPerInch;
    if (style.align === 'right') x = actionRightIn(profile) - textCells(w.text) / cpi;
    else if (style.align === 'center') x = left + (width - textCells(w.text)) / 2 / cpi;
    return { text: w.text, start: w.start, x, type: el.type, elementIndex: index, marks: marksFor(el, w.start, w.text.length) };
  });
}

// Lyrics sung under a cue belong to the speech (the Fountain reader puts them there).
const SPEECH: ReadonlySet<ElementType> = new Set(['parenthetical', 'dialogue', 'lyrics']);

function cueName(text: string): string {
  return text.replace(/\s*\((?:CONT'D|CONT’D|MORE)\)\s*$/i, '').trim();
}

/** A cue and its speech lines as one block, with the places it may split. */
function speechBlock(els: readonly ScriptElement[], i: number, profile: PaperProfile, col?: { left: number; width: number; shift: number }): { block: Block; next: number } {
  const cue = els[i];
  const cueStyle = profile.elements.character;
  const rows: Piece[][] = [];
  const splits: Block['splits'] = [];
  const shift = col?.shift ?? 0;
  for (const p of linesOf(cue, i, cueStyle, profile, cueStyle.left + shift - (col ? 1.2 : 0), col ? col.width : cueStyle.width)) rows.push([p]);
  let j = i + 1;
  const name = cueName(cue.text.toUpperCase());
  while (j < els.length && SPEECH.has(els[j].type) && !!els[j].dual === !!cue.dual) {
    const el = els[j];
    const st = profile.elements[el.type];
    const pieces = linesOf(el, j, st, profile, col ? col.left + (el.type === 'parenthetical' ? 0.3 : 0) : st.left, col ? col.width - (el.type === 'parenthetical' ? 3 : 0) : st.width);
    pieces.forEach((p, k) => {
      rows.push([p]);
      // A speech may break after a dialogue line that ends a sentence, never after a parenthetical.
      if (el.type === 'dialogue' && endsSentence(p.text) && !(k === pieces.length - 1 && els[j + 1]?.type !== 'dialogue' && els[j + 1]?.type !== 'parenthetical')) {
        splits.push({
          after: rows.length,
          more: { text: '(MORE)', start: -1, x: cueStyle.left, type: 'character', elementIndex: j, marks: undefined, added: 'more' },
          contd: { text: `${name} (CONT'D)`, start: -1, x: cueStyle.left, type: 'character', elementIndex: j, marks: undefined, added: 'contd' },
        });
      }
    });
    j++;
  }
  return { block: { first: i, last: j - 1, spaceBefore: cueStyle.spaceBefore, rows, splits, keepWithNext: false }, next: j };
}

function buildBlocks(script: Screenplay, profile: PaperProfile, from = 0): Block[] {
  const els = script.elements;
  const blocks: Block[] = [];
  let i = from;
  while (i < els.length) {
    const el = els[i];
    const style = profile.elements[el.type];
    if (el.type === 'page_break') {
      blocks.push({ first: i, last: i, spaceBefore: 0, rows: [], splits: [], keepWithNext: false, pageBreak: true });
      i++;
      continue;
    }
    if (!style.printed) {
      blocks.push({ first: i, last: i, spaceBefore: 0, rows: [], splits: [], keepWithNext: false });
      i++;
      continue;
    }
    if (el.type === 'character') {
      const left = speechBlock(els, i, profile);
      // Dual dialogue: the next cue marked `dual` goes in the right column beside this one.
      if (els[left.next]?.type === 'character' && els[left.next].dual) {
        const d = profile.dual;
        const a = speechBlock(els, i, profile, { left: d.lefts[0], width: d.width, shift: d.lefts[0] - 2.5 + 1.2 });
        const b = speechBlock(els, left.next, profile, { left: d.lefts[1], width: d.width, shift: d.lefts[1] - 2.5 + 1.2 });
        const rows: Piece[][] = [];
        for (let r = 0; r < Math.max(a.block.rows.length, b.block.rows.length); r++) rows.push([...(a.block.rows[r] ?? []), ...(b.block.rows[r] ?? [])]);
        blocks.push({ first: i, last: b.next - 1, spaceBefore: 1, rows, splits: [], keepWithNext: false });
        i = b.next;
        continue;
      }
      blocks.push(left.block);
      i = left.next;
      continue;
    }
    const pieces = linesOf(el, i, style, profile);
    const splits: Block['splits'] = [];
    if (el.type === 'action' || el.type === 'lyrics' || el.type === 'centered') {
      // Action splits only with at least two lines on each side of the break.
      for (let k = 2; k <= pieces.length - 2; k++) splits.push({ after: k });
    }
    blocks.push({
      first: i,
      last: i,
      spaceBefore: style.spaceBefore,
      rows: pieces.map((p) => [p]),
      splits,
      keepWithNext: el.type === 'scene_heading' || el.type === 'shot',
    });
    i++;
  }
  return blocks;
}

interface Cursor {
  pages: LayoutPage[];
  page: LayoutPage;
  y: number;
}

function newPage(c: Cursor, firstElement: number, continued: boolean): void {
  c.page = { number: c.pages.length + 1, lines: [], firstElement, continued };
  c.pages.push(c.page);
  c.y = 0;
}

function place(c: Cursor, rows: Piece[][]): void {
  for (const row of rows) {
    for (const p of row) {
      const line: LayoutLine = { y: c.y, x: p.x, text: p.text, type: p.type, elementIndex: p.elementIndex, start: p.start, marks: p.marks };
      if (p.added) line.added = p.added;
      c.page.lines.push(line);
    }
    c.y++;
  }
}

/** Lays blocks out from `start` onto pages appended to `pages`; fills elementPage. */
function layBlocks(blocks: Block[], profile: PaperProfile, pages: LayoutPage[], elementPage: number[]): void {
  const max = profile.linesPerPage;
  const c: Cursor = { pages, page: pages[pages.length - 1], y: 0 };
  if (!c.page) newPage(c, blocks[0]?.first ?? 0, false);
  else c.y = c.page.lines.length ? c.page.lines[c.page.lines.length - 1].y + 1 : 0;

  // The last block placed if it must stay with what follows (a heading), and where its lines start.
  let held: { block: Block; from: number } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const el0 = block.first;
    if (block.rows.length === 0) {
      for (let e = block.first; e <= block.last; e++) elementPage[e] = c.page.number;
      // A forced page break starts a new page unless the page is still empty.
      if (block.pageBreak && c.y > 0) newPage(c, el0 + 1, false);
      continue;
    }
    const gap = c.y === 0 ? 0 : block.spaceBefore;
    let need = block.rows.length;
    // Keep a heading with the first two lines of what follows (or all of it when shorter).
    if (block.keepWithNext) {
      const next = blocks.slice(b + 1).find((x) => x.rows.length > 0);
      if (next) need += next.spaceBefore + Math.min(2, next.rows.length);
    }
    if (c.y + gap + need <= max) {
      c.y += gap;
      for (let e = block.first; e <= block.last; e++) elementPage[e] = c.page.number;
      held = block.keepWithNext ? { block, from: c.page.lines.length } : null;
      place(c, block.rows);
      continue;
    }
    // Try to split: the latest allowed point that fits (leaving a line for "(MORE)").
    const room = max - c.y - gap;
    const split = [...block.splits].reverse().find((s) => s.after + (s.more ? 1 : 0) <= room && block.rows.length - s.after >= 1);
    if (split && c.y > 0 && !block.keepWithNext) {
      held = null;
      c.y += gap;
      for (let e = block.first; e <= block.last; e++) elementPage[e] = c.page.number;
      place(c, block.rows.slice(0, split.after));
      if (split.more) place(c, [[split.more]]);
      newPage(c, block.rows[split.after][0].elementIndex, true);
      if (split.contd) place(c, [[split.contd]]);
      // The rest may itself be longer than a page: lay it out as a new block.
      const rest: Block = { ...block, rows: block.rows.slice(split.after), splits: [], spaceBefore: 0 };
      if (c.y + rest.rows.length <= max) place(c, rest.rows);
      else placeOverflowing(c, rest.rows, max, block.first);
      continue;
    }
    if (c.y > 0) {
      // The heading just placed must not stay behind alone: it moves with this block.
      const carried = held && held.from > 0 ? held : null;
      if (carried) c.page.lines.length = carried.from;
      newPage(c, carried ? carried.block.first : el0, false);
      if (carried) {
        for (let e = carried.block.first; e <= carried.block.last; e++) elementPage[e] = c.page.number;
        place(c, carried.block.rows);
        c.y += block.spaceBefore;
      }
    }
    held = null;
    for (let e = block.first; e <= block.last; e++) elementPage[e] = c.page.number;
    if (block.rows.length <= max) place(c, block.rows);
    else placeOverflowing(c, block.rows, max, block.first);
  }
}

/** A block taller than a page (a very long action) is cut wherever the page ends. */
function placeOverflowing(c: Cursor, rows: Piece[][], max: number, firstElement: number): void {
  for (const row of rows) {
    if (c.y >= max) newPage(c, row[0]?.elementIndex ?? firstElement, true);
    place(c, [row]);
  }
}

export function paginate(script: Screenplay, profile: PaperProfile): LayoutResult {
  const pages: LayoutPage[] = [];
  const elementPage = new Array<number>(script.elements.length).fill(1);
  const blocks = buildBlocks(script, profile);
  if (blocks.length === 0) return { profile, pages: [{ number: 1, lines: [], firstElement: 0, continued: false }], elementPage, autoContd: [] };
  layBlocks(blocks, profile, pages, elementPage);
  return { profile, pages, elementPage, autoContd: [] };
}

/**
 * Re-lays out only from the page holding the first changed element: pages before it are reused
 * as they are (same objects), which keeps a keystroke's layout cost proportional to what follows.
 */
export function repaginateFrom(previous: LayoutResult, script: Screenplay, firstChanged: number): LayoutResult {
  const profile = previous.profile;
  let pageIdx = Math.max(0, (previous.elementPage[Math.min(firstChanged, previous.elementPage.length - 1)] ?? 1) - 1);
  // Restart at a page that begins cleanly with a whole block (not the rest of a split one).
  while (pageIdx > 0 && (previous.pages[pageIdx]?.continued ?? false)) pageIdx--;
  const startPage = previous.pages[pageIdx];
  if (!startPage || pageIdx === 0 || startPage.firstElement > firstChanged) return paginate(script, profile);
  // The block that opens this page must start a block in the new script too: start from a cue or a non-speech element.
  let from = startPage.firstElement;
  while (from > 0 && SPEECH.has(script.elements[from]?.type)) from--;
  if (from !== startPage.firstElement) return paginate(script, profile);
  const pages = previous.pages.slice(0, pageIdx);
  const elementPage = previous.elementPage.slice(0, from);
  elementPage.length = script.elements.length;
  elementPage.fill(pageIdx + 1, from);
  const tail: LayoutPage[] = [{ number: pageIdx + 1, lines: [], firstElement: from, continued: false }];
  layBlocks(buildBlocks(script, profile, from), profile, tail, elementPage);
  return { profile, pages: pages.concat(tail), elementPage, autoContd: [] };
}
