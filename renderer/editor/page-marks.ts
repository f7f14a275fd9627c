/**
 * What the page view draws around the writer's text, read off the layout the PDF prints from:
 * where each sheet of paper ends and the next begins, page numbers, (MORE) and "NAME (CONT'D)"
 * at a split speech, the automatic (CONT'D) beside a cue, scene numbers, the left column of dual
 * dialogue. None of it is text of the script: the page store (page-store.ts) and the editor's
 * decorations (page-turns.ts) draw it as non-editable marks.
 *
 * A sheet is as tall as the paper because the screen sets the same lines the layout does: each
 * page-start mark fills the rest of the page before it with the blank lines the layout left
 * there (`rest`), then the bottom margin, the gap between sheets and the next top margin. The
 * writer's own elements that never print (notes, sections, synopses, page breaks) stand on the
 * sheet too, in the page's font and line (editor.css): the blank lines they take are not left
 * to fill, and a sheet grows only where they need more than the page had left.
 */
import type { LayoutPage, LayoutResult } from '../../shared/screenplay/layout/paginate.ts';
import { pageNumberText, sceneNumberTexts } from '../../shared/screenplay/layout/printed-numbers.ts';
import { isDualLead } from '../../shared/screenplay/layout/rules.ts';
import { wrapText } from '../../shared/screenplay/layout/wrap.ts';
import type { Screenplay, ScriptElement } from '../../shared/screenplay/model.ts';
import type { PaperProfile } from '../../shared/screenplay/layout/profiles.ts';

/** Marks drawn on a whole block (attributes the page store paints; CSS draws them). */
export interface BlockMarks {
  /** The block starts this page (contract 4's `data-page`). */
  page?: number;
  /** Draw the end of the sheet before and the top of this page above the block: the page number and the blank lines left on the page before. */
  sheet?: { label: string; rest: number };
  /** The automatic " (CONT'D)" printed after this cue. */
  autoContd?: string;
  /** The scene number printed in both margins of this heading (scene numbers on). */
  sceneNumber?: string;
  /** The column of dual dialogue this block stands in. */
  dual?: 'left' | 'right';
  /** The first block after dual dialogue: it goes below both columns. */
  clear?: true;
  /** Printed with no blank line before it although its type has one (lyrics sung inside a speech). */
  flush?: true;
}

/** A line the layout adds at a page turn ("(MORE)", "SARI (CONT'D)"), placed as the PDF places it. */
export interface TurnLine {
  text: string;
  /** Left edge, inches from the page's left edge. */
  x: number;
  /** (MORE): lines below the last line of text before the turn. (CONT'D): body line on the new page (-1: in the top margin). */
  y: number;
}

/** A page that starts inside a block: the rest of a split speech or paragraph. */
export interface PageTurn {
  page: number;
  /** Where the new page starts in the element's text (0: with the element, which then carries `data-page` itself). */
  offset: number;
  label: string;
  /** Blank body lines left on the page before, below its last line of text. */
  rest: number;
  /** Body lines atop the new page before its first line of text (a CONT'D inside the body). */
  head: number;
  more?: TurnLine;
  contd: TurnLine[];
}

export interface PageMarks {
  blocks: Map<string, BlockMarks>;
  turns: Map<string, PageTurn[]>;
  /** Blank body lines left on the last page: the last sheet is filled out with them. */
  lastRest: number;
  /** Page 1's number, for a script numbered from its first page ('' when page 1 prints none, as usual). */
  firstLabel: string;
}

const SPEECH = new Set(['parenthetical', 'dialogue', 'lyrics']);

/** Lines an element that never prints takes on screen: its text wrapped at its width, after the prefix editor.css draws. */
function screenLines(el: ScriptElement, profile: PaperProfile): number {
  if (el.type === 'page_break') return 1;
  const prefix = el.type === 'section' || el.type === 'synopsis' ? '# ' : '';
  return Math.max(1, wrapText(prefix + el.text, profile.elements[el.type].width).length);
}

/** The last body line holding the script's own text on a page (-1 when none). */
function lastTextLine(page: LayoutPage, linesPerPage: number): number {
  let y = -1;
  for (const l of page.lines) if (!l.added && l.y >= 0 && l.y < linesPerPage && l.y > y) y = l.y;
  return y;
}

export function pageMarks(script: Screenplay, layout: LayoutResult, options: { sceneNumbers: boolean }): PageMarks {
  const els = script.elements;
  const lpp = layout.profile.linesPerPage;
  // The last line of text on each page, counting the screen lines of unprinted elements standing on it.
  const last = layout.pages.map((p) => lastTextLine(p, lpp));
  els.forEach((el, i) => {
    if (layout.profile.elements[el.type].printed) return;
    const p = (layout.elementPage[i] ?? 1) - 1;
    if (p >= 0 && p < last.length) last[p] = Math.min(lpp - 1, last[p] + screenLines(el, layout.profile));
  });
  const blocks = new Map<string, BlockMarks>();
  const turns = new Map<string, PageTurn[]>();
  const marksOf = (i: number): BlockMarks | null => {
    const id = els[i]?.id;
    if (!id) return null;
    let m = blocks.get(id);
    if (!m) blocks.set(id, (m = {}));
    return m;
  };

  layout.pages.forEach((page, p) => {
    if (!page.continued || p === 0) {
      // A page that starts with a whole block: the block carries the page start and draws the sheet edge.
      const m = marksOf(page.firstElement);
      if (!m) return;
      m.page = page.number;
      // A page without a printed number (the first, or all of a script that hides them) still starts a sheet.
      if (p > 0) m.sheet = { label: pageNumberText(page.number, layout.profile.pageNumbers) ?? '', rest: lpp - (last[p - 1] + 1) };
      return;
    }
    // The rest of a split speech or paragraph: a turn inside the block, where the new page's text starts.
    const first = page.lines.find((l) => !l.added && l.start >= 0);
    const id = first && els[first.elementIndex]?.id;
    if (!first || !id) return;
    const foot = layout.pages[p - 1].lines.at(-1);
    const contd = page.lines.filter((l) => l.added === 'contd');
    const turn: PageTurn = {
      page: page.number,
      offset: first.start,
      label: pageNumberText(page.number, layout.profile.pageNumbers) ?? '',
      rest: lpp - (last[p - 1] + 1),
      head: contd.filter((l) => l.y >= 0).length,
      contd: contd.map((l) => ({ text: l.text, x: l.x, y: l.y })),
    };
    if (foot?.added === 'more') turn.more = { text: foot.text, x: foot.x, y: foot.y - last[p - 1] - 1 };
    const list = turns.get(id);
    if (list) list.push(turn);
    else turns.set(id, [turn]);
    // A speech continued from the start of one of its elements: that block starts the page (the turn draws the edge).
    if (first.start === 0) marksOf(first.elementIndex)!.page = page.number;
  });

  for (const i of layout.autoContd) {
    const m = marksOf(i);
    if (m) m.autoContd = ` ${layout.profile.marks.contd}`;
  }
  // As the PDF: a locked script shows its numbers whatever the export option says.
  const locked = script.lockedSceneNumbers === true;
  if (options.sceneNumbers || locked) for (const [i, text] of sceneNumberTexts(els, locked)) {
    const m = marksOf(i);
    if (m) m.sceneNumber = text;
  }
  // Speeches: lyrics sung in one print without a blank line; the two speeches of dual dialogue
  // (a cue whose next speech is marked `dual`, then that speech) stand in columns, as the layout puts them.
  let inSpeech = false;
  let column: 'left' | 'right' | undefined;
  els.forEach((el, i) => {
    const before = column;
    if (el.type === 'character') {
      inSpeech = true;
      column = isDualLead(els, i) ? 'left' : el.dual && column === 'left' ? 'right' : undefined;
    } else if (!SPEECH.has(el.type) || !!el.dual !== (column === 'right')) {
      inSpeech = false;
      column = undefined;
    } else if (el.type === 'lyrics' && inSpeech && layout.profile.elements.lyrics.spaceBefore > 0) {
      const m = marksOf(i);
      if (m) m.flush = true;
    }
    if (column) {
      const m = marksOf(i);
      if (m) m.dual = column;
    } else if (before === 'right') {
      const m = marksOf(i);
      if (m) m.clear = true;
    }
  });

  const lastRest = lpp - (last[last.length - 1] + 1);
  return { blocks, turns, lastRest: Math.max(0, lastRest), firstLabel: pageNumberText(1, layout.profile.pageNumbers) ?? '' };
}

export function sameBlockMarks(a: BlockMarks | undefined, b: BlockMarks | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.page === b.page &&
    a.sheet?.label === b.sheet?.label &&
    a.sheet?.rest === b.sheet?.rest &&
    a.autoContd === b.autoContd &&
    a.sceneNumber === b.sceneNumber &&
    a.dual === b.dual &&
    a.clear === b.clear &&
    a.flush === b.flush
  );
}

function sameLine(a: TurnLine | undefined, b: TurnLine | undefined): boolean {
  return a === b || (!!a && !!b && a.text === b.text && a.x === b.x && a.y === b.y);
}

function sameTurn(a: PageTurn, b: PageTurn): boolean {
  return (
    a.page === b.page &&
    a.offset === b.offset &&
    a.label === b.label &&
    a.rest === b.rest &&
    a.head === b.head &&
    sameLine(a.more, b.more) &&
    a.contd.length === b.contd.length &&
    a.contd.every((l, i) => sameLine(l, b.contd[i]))
  );
}

/** True when two layouts turn pages inside the same blocks at the same places with the same marks. */
export function sameTurns(a: Map<string, PageTurn[]>, b: Map<string, PageTurn[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, list] of a) {
    const other = b.get(id);
    if (!other || other.length !== list.length || !list.every((t, i) => sameTurn(t, other[i]))) return false;
  }
  return true;
}
