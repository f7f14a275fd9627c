/**
 * The page view's marks on whole blocks (page-marks.ts): which block starts which page, the sheet
 * edge above it with the page number, the automatic (CONT'D), scene numbers, the dual-dialogue
 * column, drawn by CSS from attributes this store writes straight onto the blocks.
 *
 * Why not a React prop or hook per block: only about one block in 30 starts a page, and a
 * subscription in each of the 3,427 blocks of a 120-page script cost about 28 ms of opening it
 * (bench:open, 327 → 299 ms without them); an empty marker element per block costs as much again
 * in DOM. Here a layout touches only the blocks whose marks changed, and re-renders none.
 * Generated content is not part of the text, so Slate's mapping between DOM and document never
 * sees the marks, and nothing of them can be selected, typed into or saved.
 *
 * On the block: `data-page` (contract 4), `data-sheet` (the page number) with `--rest` (blank
 * lines left on the page before), `data-dual` (left, right), `data-clear`, `data-flush`. On its text (pseudo-elements of
 * the text read only its own attributes): `data-auto-contd`, `data-scene-number`.
 */
import { sameBlockMarks, type BlockMarks } from './page-marks.ts';

/** The parts of an element the store writes; a real HTMLElement in the browser. */
export interface Paintable {
  dataset: DOMStringMap;
  style: { getPropertyValue(name: string): string; setProperty(name: string, value: string): void; removeProperty(name: string): string };
  firstElementChild: Element | null;
}

const NONE: BlockMarks = {};

export class PageStore {
  private marks = new Map<string, BlockMarks>();
  private blocks = new Map<string, Paintable>();
  private paper: Paintable | null = null;
  private lastRest = 0;
  private firstLabel = '';

  /** A block's element is on screen; the returned function is called when it leaves. */
  attach(id: string, block: Paintable): () => void {
    this.blocks.set(id, block);
    paint(block, NONE, this.marks.get(id) ?? NONE);
    return () => {
      if (this.blocks.get(id) === block) this.blocks.delete(id);
    };
  }

  /** The page container: the last sheet is filled out to a whole page. */
  attachPaper(paper: Paintable | null): void {
    this.paper = paper;
    paper?.style.setProperty('--last-rest', String(this.lastRest));
    if (paper) set(paper.dataset, 'firstLabel', this.firstLabel || undefined);
  }

  /** Replaces the marks; repaints only the blocks whose marks changed. */
  update(next: Map<string, BlockMarks>, lastRest = 0, firstLabel = ''): void {
    const prev = this.marks;
    this.marks = next;
    for (const [id, m] of next) {
      const old = prev.get(id);
      if (!sameBlockMarks(old, m)) this.repaint(id, old ?? NONE, m);
    }
    for (const [id, old] of prev) if (!next.has(id)) this.repaint(id, old, NONE);
    if (lastRest !== this.lastRest) {
      this.lastRest = lastRest;
      this.paper?.style.setProperty('--last-rest', String(lastRest));
    }
    // Page 1's number, on the page container: page 1 has no sheet mark of its own (editor.css).
    if (firstLabel !== this.firstLabel) {
      this.firstLabel = firstLabel;
      if (this.paper) set(this.paper.dataset, 'firstLabel', firstLabel || undefined);
    }
  }

  /** The block's marks as the page view shows them now (tests, and code that needs them). */
  marksOf(id: string): BlockMarks {
    return this.marks.get(id) ?? NONE;
  }

  private repaint(id: string, old: BlockMarks, m: BlockMarks): void {
    const block = this.blocks.get(id);
    if (block) paint(block, old, m);
  }
}

function set(data: DOMStringMap, key: string, value: string | undefined): void {
  if (value === undefined) delete data[key];
  else if (data[key] !== value) data[key] = value;
}

/** Writes `m` onto a block; `old` says what may need clearing (a block that mounts has nothing). */
function paint(block: Paintable, old: BlockMarks, m: BlockMarks): void {
  const data = block.dataset;
  set(data, 'page', m.page === undefined ? undefined : String(m.page));
  set(data, 'sheet', m.sheet?.label);
  // Written only when it changed: a block re-rendered by a keystroke is painted again, and a write would restyle it.
  if (m.sheet) {
    if (block.style.getPropertyValue('--rest') !== String(m.sheet.rest)) block.style.setProperty('--rest', String(m.sheet.rest));
  }
  else if (old.sheet) block.style.removeProperty('--rest');
  set(data, 'dual', m.dual);
  set(data, 'clear', m.clear ? '' : undefined);
  set(data, 'flush', m.flush ? '' : undefined);
  const text = block.firstElementChild as unknown as Paintable | null;
  if (text && (m.autoContd || m.sceneNumber || old.autoContd || old.sceneNumber)) {
    set(text.dataset, 'autoContd', m.autoContd);
    set(text.dataset, 'sceneNumber', m.sceneNumber);
  }
}
